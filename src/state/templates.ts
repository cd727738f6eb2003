/**
 * "New…" documents: one short, correct manifest per kind, in the cluster's era, each applying
 * cleanly on a fresh cluster of that era (templates.test.ts checks it against the engine). The
 * first line says the one thing to change. The 2015 ones use the shapes the seeds' cluster
 * read: v1beta1 (`id`, `desiredState.manifest`) where the seeds do, v1beta3 for the kinds
 * v1beta1 did not serve, and v1 for PersistentVolumes, which came with Kubernetes 1.0.
 */
import type { Era } from '../engine/contract';

export type TemplateKind =
  | 'Pod'
  | 'ReplicationController'
  | 'Service'
  | 'ReplicaSet'
  | 'Deployment'
  | 'PersistentVolume'
  | 'PersistentVolumeClaim'
  | 'Namespace'
  | 'Node'
  | 'List';

export interface ManifestTemplate {
  kind: TemplateKind;
  /** What the "New…" menu says. */
  label: string;
  era: Era;
  /** The file name a new document takes (`pod.yaml`, then `pod-2.yaml`…). */
  name: string;
  text: string;
}

const POD = `# A Pod runs its containers together on one node. Change the image to run something else.
apiVersion: v1
kind: Pod
metadata:
  name: hello
  labels:
    app: hello
spec:
  containers:
  - name: hello
    image: nginx:1.27
    ports:
    - containerPort: 80
`;

const RC = `# A ReplicationController keeps \`replicas\` copies of its template running. Change replicas to scale.
apiVersion: v1
kind: ReplicationController
metadata:
  name: hello-rc
spec:
  replicas: 2
  selector:
    app: hello-rc
  template:
    metadata:
      labels:
        app: hello-rc
    spec:
      containers:
      - name: hello
        image: nginx:1.27
`;

const SERVICE = `# A Service gives the pods its selector matches one stable address. Change the selector to your pods' labels.
apiVersion: v1
kind: Service
metadata:
  name: hello
spec:
  selector:
    app: hello
  ports:
  - port: 80
    targetPort: 80
`;

const REPLICA_SET = `# A ReplicaSet keeps \`replicas\` pods that match its selector running. Change replicas to scale.
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: hello-rs
spec:
  replicas: 2
  selector:
    matchLabels:
      app: hello-rs
  template:
    metadata:
      labels:
        app: hello-rs
    spec:
      containers:
      - name: hello
        image: nginx:1.27
`;

const DEPLOYMENT = `# A Deployment rolls out its template through ReplicaSets. Change the image, apply, and watch it roll.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello-deploy
spec:
  replicas: 3
  selector:
    matchLabels:
      app: hello-deploy
  template:
    metadata:
      labels:
        app: hello-deploy
    spec:
      containers:
      - name: hello
        image: nginx:1.27
`;

const PV = `# A PersistentVolume is storage the cluster offers to claims. Change the capacity to what it holds.
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-1
spec:
  capacity:
    storage: 1Gi
  accessModes:
  - ReadWriteOnce
  hostPath:
    path: /data/pv-1
`;

const PVC = `# A PersistentVolumeClaim asks for storage; a big enough volume binds to it. Change the size you ask for.
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes:
  - ReadWriteOnce
  resources:
    requests:
      storage: 1Gi
`;

const NAMESPACE = `# A Namespace keeps names apart: objects in it need not differ from those elsewhere. Change the name.
apiVersion: v1
kind: Namespace
metadata:
  name: team-a
`;

const NODE = `# kubelets register real Nodes; this one has no kubelet behind it, so it never turns Ready. Change the name.
apiVersion: v1
kind: Node
metadata:
  name: node-9
  labels:
    disk: ssd
`;

const LIST = `# A List carries several objects in one document; kubectl handles each item. Add yours under items.
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata:
    name: hello
    labels:
      app: hello
  spec:
    containers:
    - name: hello
      image: nginx:1.27
- apiVersion: v1
  kind: Service
  metadata:
    name: hello
  spec:
    selector:
      app: hello
    ports:
    - port: 80
`;

const POD_2015 = `# A v1beta1 Pod, as the seeds wrote them: \`id\` is its name. Change the image to run something else.
id: hello
kind: Pod
apiVersion: v1beta1
labels:
  name: hello
desiredState:
  manifest:
    version: v1beta1
    id: hello
    containers:
    - name: hello
      image: nginx
      ports:
      - containerPort: 80
`;

const RC_2015 = `# A v1beta1 ReplicationController keeps \`replicas\` copies of its podTemplate running. Change replicas to scale.
id: hello-rc
kind: ReplicationController
apiVersion: v1beta1
labels:
  name: hello-rc
desiredState:
  replicas: 2
  replicaSelector:
    name: hello-rc
  podTemplate:
    labels:
      name: hello-rc
    desiredState:
      manifest:
        version: v1beta1
        id: hello-rc
        containers:
        - name: hello
          image: nginx
`;

const SERVICE_2015 = `# A v1beta1 Service sends \`port\` to the containerPort of the pods its selector matches. Change the selector.
id: hello
kind: Service
apiVersion: v1beta1
port: 80
containerPort: 80
selector:
  name: hello
labels:
  name: hello
`;

const NODE_2015 = `# A v1beta1 Minion (early 2015's Node). It has no kubelet behind it, so it never turns Ready. Change the id.
id: node-9
kind: Minion
apiVersion: v1beta1
labels:
  disk: ssd
`;

const NAMESPACE_2015 = `# A v1beta3 Namespace keeps names apart: objects in it need not differ from those elsewhere. Change the name.
apiVersion: v1beta3
kind: Namespace
metadata:
  name: team-a
`;

const LIST_2015 = `# A v1beta3 List carries several objects in one document; kubectl creates each item. Add yours under items.
apiVersion: v1beta3
kind: List
items:
- apiVersion: v1beta3
  kind: Pod
  metadata:
    name: hello
    labels:
      name: hello
  spec:
    containers:
    - name: hello
      image: nginx
- apiVersion: v1beta3
  kind: Service
  metadata:
    name: hello
  spec:
    selector:
      name: hello
    ports:
    - port: 80
`;

const NAMES: Record<TemplateKind, string> = {
  Pod: 'pod.yaml',
  ReplicationController: 'rc.yaml',
  Service: 'service.yaml',
  ReplicaSet: 'replicaset.yaml',
  Deployment: 'deployment.yaml',
  PersistentVolume: 'pv.yaml',
  PersistentVolumeClaim: 'pvc.yaml',
  Namespace: 'namespace.yaml',
  Node: 'node.yaml',
  List: 'list.yaml',
};

const entry = (kind: TemplateKind, era: Era, label: string, text: string): ManifestTemplate => ({
  kind,
  era,
  label,
  name: NAMES[kind],
  text,
});

/** Every template, for the "New…" menu (`templatesFor(era)` picks the cluster's). */
export const TEMPLATES: readonly ManifestTemplate[] = [
  entry('Pod', 'modern', 'Pod', POD),
  entry('Deployment', 'modern', 'Deployment (apps/v1)', DEPLOYMENT),
  entry('ReplicaSet', 'modern', 'ReplicaSet (apps/v1)', REPLICA_SET),
  entry('ReplicationController', 'modern', 'ReplicationController', RC),
  entry('Service', 'modern', 'Service', SERVICE),
  entry('PersistentVolume', 'modern', 'PersistentVolume', PV),
  entry('PersistentVolumeClaim', 'modern', 'PersistentVolumeClaim', PVC),
  entry('Namespace', 'modern', 'Namespace', NAMESPACE),
  entry('Node', 'modern', 'Node', NODE),
  entry('List', 'modern', 'List (several objects)', LIST),
  entry('Pod', '2015', 'Pod (v1beta1)', POD_2015),
  entry('ReplicationController', '2015', 'ReplicationController (v1beta1)', RC_2015),
  entry('Service', '2015', 'Service (v1beta1)', SERVICE_2015),
  entry('PersistentVolume', '2015', 'PersistentVolume (v1, Kubernetes 1.0)', PV),
  entry('PersistentVolumeClaim', '2015', 'PersistentVolumeClaim (v1, Kubernetes 1.0)', PVC),
  entry('Namespace', '2015', 'Namespace (v1beta3)', NAMESPACE_2015),
  entry('Node', '2015', 'Minion (v1beta1 Node)', NODE_2015),
  entry('List', '2015', 'List (v1beta3, several objects)', LIST_2015),
];

/** The templates of one era, in menu order. */
export const templatesFor = (era: Era): ManifestTemplate[] =>
  TEMPLATES.filter((t) => t.era === era);

/**
 * The template for `kind` in `era`. Deployments and ReplicaSets came in 2016: a 2015 cluster
 * gets the modern one, saying so, since kubesim stores them there but runs no controller.
 */
export function templateFor(kind: TemplateKind, era: Era): ManifestTemplate {
  const own = TEMPLATES.find((t) => t.kind === kind && t.era === era);
  if (own) return own;
  const modern = TEMPLATES.find((t) => t.kind === kind && t.era === 'modern') as ManifestTemplate;
  if (era === 'modern') return modern;
  return {
    ...modern,
    era,
    text: `# ${kind}s came with Kubernetes 1.2 (2016): this 2015 cluster stores one but no controller acts on it.\n${modern.text}`,
  };
}
