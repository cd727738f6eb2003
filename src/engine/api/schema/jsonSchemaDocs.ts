/**
 * Words for the editor's hover where the structs have none: the API versions, and the fields of
 * the 2015 versions (v1beta1, and v1beta3's few fields v1 renamed). The descriptions are
 * kubesim's own, written from the 2015 `types.go` comments and the v1 fields they became.
 */

export const VERSION_DOCS: Readonly<Record<string, string>> = {
  v1: 'The core API: Pod, ReplicationController, Service, Node, Namespace, Endpoints, Event, PersistentVolume, PersistentVolumeClaim.',
  'apps/v1': 'The apps group: ReplicaSet and Deployment.',
  v1beta3:
    'The API of spring 2015, v1 with a few older names. kubesim converts it to v1 and warns about fields a 2015 server ignored.',
  v1beta1:
    'The API of early 2015, the seeds’ manifests: flat objects with id, desiredState and labels. kubesim converts it to v1 and warns about fields a 2015 server ignored.',
};

/** `<family>.<Struct>.<field>` → description. */
export const LEGACY_FIELD_DOCS: Readonly<Record<string, string>> = {
  // v1beta3: the fields v1 renamed or moved.
  'v1beta3.PodSpec.host':
    'The node the pod is bound to: v1beta3’s name for v1’s spec.nodeName. The scheduler sets it.',
  'v1beta3.Container.privileged':
    'Run the container privileged. v1 moved it to securityContext.privileged.',
  'v1beta3.Container.capabilities':
    'Linux capabilities to add and drop. v1 moved them to securityContext.capabilities.',
  'v1beta3.ServiceSpec.portalIP':
    'The service’s virtual IP: v1beta3’s name for v1’s spec.clusterIP. Usually left to the system.',
  'v1beta3.ServiceSpec.createExternalLoadBalancer':
    'Ask the cloud for an external load balancer. v1 writes it as type: LoadBalancer.',
  'v1beta3.ServiceSpec.publicIPs':
    'Node IPs the service is also reachable on: v1beta3’s name for v1’s spec.externalIPs.',
  'v1beta3.NodeSpec.capacity':
    'The resources of the node (cpu, memory). v1 moved them to status.capacity.',

  // v1beta1: TypeMeta, inlined in every object.
  ...typeMeta('Pod'),
  ...typeMeta('ReplicationController'),
  ...typeMeta('Service'),
  ...typeMeta('Minion'),

  'v1beta1.Pod.labels':
    'Key/value pairs that organize the pod. Selectors of replication controllers and services match them.',
  'v1beta1.Pod.desiredState':
    'What the pod should be: its manifest (containers, volumes). v1 calls it spec.',
  'v1beta1.Pod.currentState': 'What the pod is, written by the system. Read-only. v1: status.',
  'v1beta1.Pod.nodeSelector': 'Labels a node must have for the pod to be scheduled onto it.',
  'v1beta1.PodState.manifest':
    'The containers and volumes of the pod (a container manifest). v1 puts them directly in spec.',
  'v1beta1.PodState.host': 'The node the pod runs on. v1: spec.nodeName.',
  'v1beta1.ContainerManifest.version': 'The manifest schema version; v1beta1.',
  'v1beta1.ContainerManifest.id': 'The pod’s name, repeated. Ignored when the pod has an id.',
  'v1beta1.ContainerManifest.containers': 'The containers of the pod; at least one.',
  'v1beta1.ContainerManifest.volumes':
    'The volumes the containers can mount. Each names its kind under source (source: {emptyDir: {}}).',
  'v1beta1.ContainerManifest.restartPolicy':
    'When containers are restarted: one of always: {}, onFailure: {} or never: {}.',
  'v1beta1.Volume.name': 'The volume’s name; volumeMounts refer to it.',
  'v1beta1.Volume.source':
    'Where the volume comes from: emptyDir, hostDir, persistentDisk, gitRepo, secret, nfs…',
  'v1beta1.Container.name': 'The name of the container, unique within the pod.',
  'v1beta1.Container.image': 'The container image name.',
  'v1beta1.Container.command': 'The command to run instead of the image’s.',
  'v1beta1.Container.ports': 'The ports the container exposes.',
  'v1beta1.Container.env': 'Environment variables to set in the container.',
  'v1beta1.Container.cpu': 'CPU in millicores (1000 is one core). v1: resources.limits.cpu.',
  'v1beta1.Container.memory': 'Memory in bytes. v1: resources.limits.memory.',
  'v1beta1.Container.volumeMounts': 'Volumes of the pod mounted into the container.',
  'v1beta1.ContainerPort.name': 'A name for the port that services can refer to.',
  'v1beta1.ContainerPort.containerPort': 'The port number the container listens on.',
  'v1beta1.ContainerPort.hostPort': 'The port to expose on the node.',
  'v1beta1.ContainerPort.protocol': 'TCP or UDP. Defaults to TCP.',
  'v1beta1.VolumeMount.name': 'The name of a volume of the pod.',
  'v1beta1.VolumeMount.mountPath': 'Where the volume is mounted in the container.',
  'v1beta1.VolumeMount.readOnly': 'Mount read-only.',
  'v1beta1.ReplicationController.desiredState':
    'How many replicas, which pods to select and the template to create them from. v1: spec.',
  'v1beta1.ReplicationController.currentState':
    'The replicas the system last observed. Read-only. v1: status.',
  'v1beta1.ReplicationController.labels': 'Labels of the controller itself.',
  'v1beta1.ReplicationControllerState.replicas': 'The number of pods wanted.',
  'v1beta1.ReplicationControllerState.replicaSelector':
    'Label keys and values a pod must have to be counted by this controller. v1: spec.selector.',
  'v1beta1.ReplicationControllerState.podTemplate':
    'The pod created when there are too few replicas. v1: spec.template.',
  'v1beta1.PodTemplate.desiredState': 'The pods’ desired state: their manifest.',
  'v1beta1.PodTemplate.labels':
    'Labels of the pods created from this template. The replicaSelector must match them.',
  'v1beta1.Service.port': 'The port the service listens on.',
  'v1beta1.Service.containerPort':
    'The port of the selected pods that traffic goes to, by number or by name. v1: targetPort.',
  'v1beta1.Service.selector': 'Traffic goes to the pods whose labels match these key/value pairs.',
  'v1beta1.Service.labels': 'Labels of the service itself.',
  'v1beta1.Service.protocol': 'TCP or UDP. Defaults to TCP.',
  'v1beta1.Service.portalIP':
    'The service’s virtual IP, usually left to the system. v1: clusterIP.',
  'v1beta1.Service.createExternalLoadBalancer':
    'Ask the cloud for an external load balancer. v1: type: LoadBalancer.',
  'v1beta1.Service.publicIPs': 'Node IPs the service is also reachable on. v1: externalIPs.',
  'v1beta1.Service.sessionAffinity': 'None or ClientIP. Defaults to None.',
  'v1beta1.Minion.hostIP': 'The IP address of the node.',
  'v1beta1.Minion.resources': 'The node’s capacity (cpu, memory).',
  'v1beta1.Minion.unschedulable': 'If true, no new pods are scheduled onto the node.',
  'v1beta1.Minion.labels': 'Labels of the node; pods’ nodeSelector matches them.',
};

function typeMeta(kind: string): Record<string, string> {
  const at = `v1beta1.${kind}`;
  return {
    [`${at}.kind`]: `The kind of object: ${kind}.`,
    [`${at}.apiVersion`]: 'The API version the object is written in: v1beta1.',
    [`${at}.id`]:
      'The name of the object, unique among its kind in a namespace. v1: metadata.name.',
    [`${at}.namespace`]:
      'The namespace of the object. Defaults to default. v1: metadata.namespace.',
    [`${at}.annotations`]: 'Non-identifying key/value metadata. v1: metadata.annotations.',
  };
}
