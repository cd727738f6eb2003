import type { ControlPlaneComponent } from '../../engine/contract';
import type { Pod } from '../../engine/types';
import { useCluster } from '../../state/context';
import { sharedVolumeKind, type InspectorSubject } from '../../state/inspector';
import type { ClusterState } from '../../state/store';

/** What each control-plane component does, and what stops when it does. */
const COMPONENTS: Record<ControlPlaneComponent, { what: string; whenStopped: string }> = {
  apiserver: {
    what: 'kube-apiserver is the front door of the control plane: kubectl and every component read and write the cluster only through it. It validates each object, fills in defaults and stores it in etcd; the others learn about changes through its watches.',
    whenStopped:
      'kubectl gets "connection refused"; the scheduler, the controllers and the kubelets cannot see or report anything, though running containers go on running.',
  },
  etcd: {
    what: 'etcd is the consistent key-value store that holds every object. Only the API server talks to it; each write gets the next resourceVersion, which is how watches know what they have seen.',
    whenStopped:
      'the API server cannot read or write anything, so nothing in the cluster can change.',
  },
  scheduler: {
    what: 'kube-scheduler watches for pods that have no node, and binds each one: filter plugins drop the nodes that cannot run it, score plugins rank the rest, and the best wins.',
    whenStopped: 'new pods stay Pending with no node; pods already bound are not affected.',
  },
  'controller-manager': {
    what: "kube-controller-manager runs the reconcile loops: replication (ReplicationControllers, ReplicaSets, Deployments) creates and deletes pods to match the desired count, the endpoints controller keeps each Service's Endpoints, and the node lifecycle controller marks silent nodes NotReady and evicts their pods.",
    whenStopped:
      'a deleted pod is not replaced, scaling does nothing, and Endpoints stop following the pods.',
  },
};

const isComponent = (name: string): name is ControlPlaneComponent => name in COMPONENTS;

const selectComponents = (s: ClusterState) => s.stats.components;
const selectResourceVersion = (s: ClusterState) => s.mirror.resourceVersion;
const selectEra = (s: ClusterState) => s.cluster?.era ?? 'modern';
const selectPods = (s: ClusterState) => s.mirror.objects.Pod;

/** For what is drawn but not stored as one object: master components, proxies, kubelets, volumes. */
export function AboutPanel(props: { subject: InspectorSubject }) {
  const { subject } = props;
  if (subject.kind === 'Component') return <ComponentAbout name={subject.name} />;
  if (subject.kind === 'Proxy') return <ProxyAbout node={subject.name} />;
  if (subject.kind === 'Kubelet')
    return (
      <p>
        The kubelet on {subject.name} watches the pods bound to its node: it mounts their volumes,
        pulls their images, starts their containers, runs their probes and restarts them with
        back-off, and reports their status and its node&apos;s heartbeat to the API server.
      </p>
    );
  return <VolumeAbout subject={subject} />;
}

function ComponentAbout(props: { name: string }) {
  const components = useCluster(selectComponents);
  const resourceVersion = useCluster(selectResourceVersion);
  if (!isComponent(props.name))
    return <p>kubesim does not draw a component called {props.name}.</p>;
  const running = components[props.name];
  const about = COMPONENTS[props.name];
  return (
    <div className="inspector-about">
      <p className="inspector-health" data-running={running ? 'true' : 'false'}>
        {running ? '● Running' : '✕ Stopped'}
      </p>
      <p>{about.what}</p>
      {!running && <p>While it is stopped, {about.whenStopped}</p>}
      {props.name === 'etcd' && (
        <p>
          Latest resourceVersion: <code>{resourceVersion}</code>
        </p>
      )}
    </div>
  );
}

function ProxyAbout(props: { node: string }) {
  const era = useCluster(selectEra);
  return (
    <p>
      kube-proxy on {props.node} watches Services and Endpoints, and makes every ClusterIP:port
      reachable from this node by forwarding each connection to one of the Service&apos;s pods —
      {era === '2015'
        ? ' in 2015 through a userspace proxy that picked pods round-robin.'
        : ' today through iptables rules that pick a pod at random.'}
    </p>
  );
}

function VolumeAbout(props: { subject: InspectorSubject }) {
  const pods = useCluster(selectPods);
  const { subject } = props;
  const podName = subject.object?.kind === 'Pod' ? subject.object.name : undefined;
  const pod = podName ? (pods?.[`${subject.namespace}/${podName}`]?.object as Pod) : undefined;
  if (!pod) {
    const kind = sharedVolumeKind(subject.ref.id);
    return (
      <p>
        {subject.name} is {kind ?? 'persistent storage'}: it lives outside any one pod, keeps its
        data when the pods that use it go, and is drawn once in the storage band with a line to each
        pod that mounts it.
        {subject.ref.id.startsWith('gce:') || subject.ref.id.startsWith('aws:')
          ? ' A disk like this attaches read-write to one node at a time.'
          : ''}
      </p>
    );
  }
  const volume = pod.spec.volumes?.find((v) => v.name === subject.name);
  const mounts = pod.spec.containers.flatMap((c) =>
    (c.volumeMounts ?? [])
      .filter((m) => m.name === subject.name)
      .map((m) => ({ container: c.name, path: m.mountPath, readOnly: m.readOnly === true })),
  );
  const { name: _name, ...source } = volume ?? { name: '' };
  return (
    <div className="inspector-about">
      <p>
        Volume {subject.name} of pod {pod.metadata.name}:
      </p>
      <pre className="inspector-output">{JSON.stringify(source, null, 2)}</pre>
      {mounts.length === 0 ? (
        <p>No container mounts it.</p>
      ) : (
        <ul>
          {mounts.map((m) => (
            <li key={`${m.container} ${m.path}`}>
              Container {m.container} mounts it at <code>{m.path}</code>
              {m.readOnly ? ' (read-only)' : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
