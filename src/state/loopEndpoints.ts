/**
 * Which drawn object stands for each end of a control-loop message. The engine names
 * components as they name themselves (`kubelet/node-2`, `containerd/node-2`, `default-scheduler`
 * when it writes an Event); the picture draws them under the page's contract names
 * (`Kubelet node-2`, `Runtime node-2`, `Component scheduler`). Undefined: not drawn, no packet.
 */

/** A drawn object's `data-kind`, `data-name` and, for pods, `data-namespace`. */
export interface DrawnPart {
  kind: string;
  name: string;
  namespace?: string;
}

const MASTER = new Set(['apiserver', 'etcd', 'scheduler', 'controller-manager']);

export function drawnPartOf(component: string): DrawnPart | undefined {
  if (component === 'kubectl') return { kind: 'Kubectl', name: 'kubectl' };
  if (MASTER.has(component)) return { kind: 'Component', name: component };
  // Events are written under the name their source gives itself
  if (component === 'default-scheduler') return { kind: 'Component', name: 'scheduler' };
  if (component.endsWith('-controller')) return { kind: 'Component', name: 'controller-manager' };
  const slash = component.indexOf('/');
  if (slash < 0) return undefined;
  const prefix = component.slice(0, slash);
  const rest = component.slice(slash + 1);
  switch (prefix) {
    case 'kubelet':
      return { kind: 'Kubelet', name: rest };
    case 'proxy':
      return { kind: 'Proxy', name: rest };
    case 'containerd':
    case 'docker':
      return { kind: 'Runtime', name: rest };
    case 'pod': {
      // `pod/<namespace>/<name>`: the pod a proxy sent a request to
      const [namespace = '', name = ''] = rest.split('/');
      return name ? { kind: 'Pod', name, namespace } : undefined;
    }
    default:
      return undefined;
  }
}
