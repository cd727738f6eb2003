/**
 * The v1beta1 API (early 2015) as far as kubesim accepts it: Pod, ReplicationController, Service
 * and Minion, field for field as `pkg/api/v1beta1/types.go` declared them. Used only to decode
 * (case-insensitively, unknown fields dropped); conversion to the internal shape is in
 * `v1beta1.ts`.
 */
import { field, type FieldSchema, type SchemaType, type StructSchema } from '../../schema/model';

const str: SchemaType = { type: 'string' };
const int: SchemaType = { type: 'integer', format: 'int' };
const int64: SchemaType = { type: 'integer', format: 'int64' };
const uint64: SchemaType = { type: 'integer', format: 'uint64' };
const bool: SchemaType = { type: 'boolean' };
const time: SchemaType = { type: 'time', precision: 'second' };
const intOrString: SchemaType = { type: 'intOrString' };
const strings: SchemaType = { type: 'array', items: str };
const labels: SchemaType = { type: 'map', values: str };
const obj = (struct: string): SchemaType => ({ type: 'object', struct });
const arr = (items: SchemaType): SchemaType => ({ type: 'array', items });
/** v1beta1's ResourceList: `map[ResourceName]util.IntOrString` (cpu in millicores, memory in bytes). */
const resourceList: SchemaType = { type: 'map', values: intOrString };

/** Go type names as v1beta1 spelled them (`[]v1beta1.Container`, `int`). */
function goName(t: SchemaType): string {
  switch (t.type) {
    case 'object':
      return `v1beta1.${t.struct}`;
    case 'array':
      return `[]${goName(t.items)}`;
    case 'map':
      return t.values.type === 'intOrString'
        ? 'v1beta1.ResourceList'
        : `map[string]${goName(t.values)}`;
    case 'integer':
      return t.format;
    case 'boolean':
      return 'bool';
    case 'intOrString':
      return 'util.IntOrString';
    case 'time':
      return 'util.Time';
    default:
      return 'string';
  }
}

const f = (name: string, type: SchemaType): FieldSchema =>
  field(name, type, '', { go: goName(type) });
const s = (name: string, fields: FieldSchema[], opaque = false): StructSchema => ({
  name,
  goType: `v1beta1.${name}`,
  description: '',
  fields,
  opaque,
});

/** v1beta1's TypeMeta, inlined in every top-level object. */
const typeMeta = (): FieldSchema[] => [
  f('kind', str),
  f('id', str),
  f('uid', str),
  f('creationTimestamp', time),
  f('selfLink', str),
  f('resourceVersion', uint64),
  f('apiVersion', str),
  f('namespace', str),
  f('deletionTimestamp', time),
  f('generateName', str),
  f('annotations', labels),
];

const STRUCTS: StructSchema[] = [
  s('Pod', [
    ...typeMeta(),
    f('labels', labels),
    f('desiredState', obj('PodState')),
    f('currentState', obj('PodState')),
    f('serviceAccount', str),
    f('nodeSelector', labels),
  ]),
  s('PodState', [
    f('manifest', obj('ContainerManifest')),
    f('status', str),
    f('Condition', arr(obj('PodCondition'))),
    f('message', str),
    f('host', str),
    f('hostIP', str),
    f('podIP', str),
    f('info', { type: 'map', values: obj('ContainerStatus') }),
  ]),
  s('PodCondition', [f('kind', str), f('status', str)]),
  s('ContainerStatus', [], true),
  s('ContainerManifest', [
    f('version', str),
    f('id', str),
    f('uuid', str),
    f('volumes', arr(obj('Volume'))),
    f('containers', arr(obj('Container'))),
    f('restartPolicy', obj('RestartPolicy')),
    f('terminationGracePeriodSeconds', int64),
    f('activeDeadlineSeconds', int64),
    f('dnsPolicy', str),
    f('hostNetwork', bool),
    f('imagePullSecrets', arr(obj('LocalObjectReference'))),
  ]),
  s('LocalObjectReference', [f('name', str)]),
  s('RestartPolicy', [
    f('always', obj('RestartPolicyAlways')),
    f('onFailure', obj('RestartPolicyOnFailure')),
    f('never', obj('RestartPolicyNever')),
  ]),
  s('RestartPolicyAlways', []),
  s('RestartPolicyOnFailure', []),
  s('RestartPolicyNever', []),
  s('Volume', [f('name', str), f('source', obj('VolumeSource'))]),
  s('VolumeSource', [
    f('hostDir', obj('HostPathVolumeSource')),
    f('emptyDir', obj('EmptyDirVolumeSource')),
    f('persistentDisk', obj('GCEPersistentDiskVolumeSource')),
    f('awsElasticBlockStore', obj('AWSElasticBlockStoreVolumeSource')),
    f('gitRepo', obj('GitRepoVolumeSource')),
    f('secret', obj('SecretVolumeSource')),
    f('nfs', obj('NFSVolumeSource')),
    f('iscsi', obj('ISCSIVolumeSource')),
    f('glusterfs', obj('GlusterfsVolumeSource')),
    f('persistentVolumeClaim', obj('PersistentVolumeClaimVolumeSource')),
    f('rbd', obj('RBDVolumeSource')),
  ]),
  s('HostPathVolumeSource', [f('path', str)]),
  s('EmptyDirVolumeSource', [f('medium', str)]),
  s('GCEPersistentDiskVolumeSource', [
    f('pdName', str),
    f('fsType', str),
    f('partition', int),
    f('readOnly', bool),
  ]),
  s('AWSElasticBlockStoreVolumeSource', [
    f('volumeID', str),
    f('fsType', str),
    f('partition', int),
    f('readOnly', bool),
  ]),
  s('GitRepoVolumeSource', [f('repository', str), f('revision', str)]),
  s('SecretVolumeSource', [f('secretName', str)]),
  s('NFSVolumeSource', [f('server', str), f('path', str), f('readOnly', bool)]),
  s('ISCSIVolumeSource', [], true),
  s('GlusterfsVolumeSource', [], true),
  s('RBDVolumeSource', [], true),
  s('PersistentVolumeClaimVolumeSource', [f('claimName', str), f('readOnly', bool)]),
  s('Container', [
    f('name', str),
    f('image', str),
    f('entrypoint', strings),
    f('command', strings),
    f('workingDir', str),
    f('ports', arr(obj('ContainerPort'))),
    f('env', arr(obj('EnvVar'))),
    f('resources', obj('ResourceRequirements')),
    f('cpu', int),
    f('memory', int64),
    f('volumeMounts', arr(obj('VolumeMount'))),
    f('livenessProbe', obj('LivenessProbe')),
    f('readinessProbe', obj('LivenessProbe')),
    f('lifecycle', obj('Lifecycle')),
    f('terminationMessagePath', str),
    f('privileged', bool),
    f('imagePullPolicy', str),
    f('capabilities', obj('Capabilities')),
    f('securityContext', obj('SecurityContext')),
  ]),
  s('ContainerPort', [
    f('name', str),
    f('hostPort', int),
    f('containerPort', int),
    f('protocol', str),
    f('hostIP', str),
  ]),
  s('VolumeMount', [
    f('name', str),
    f('readOnly', bool),
    f('mountPath', str),
    f('path', str),
    f('mountType', str),
  ]),
  s('EnvVar', [
    f('name', str),
    f('key', str),
    f('value', str),
    f('valueFrom', obj('EnvVarSource')),
  ]),
  s('EnvVarSource', [f('fieldRef', obj('ObjectFieldSelector'))]),
  s('ObjectFieldSelector', [f('apiVersion', str), f('fieldPath', str)]),
  s('ResourceRequirements', [f('limits', resourceList), f('requests', resourceList)]),
  s('LivenessProbe', [
    f('httpGet', obj('HTTPGetAction')),
    f('tcpSocket', obj('TCPSocketAction')),
    f('exec', obj('ExecAction')),
    f('initialDelaySeconds', int64),
    f('timeoutSeconds', int64),
  ]),
  s('HTTPGetAction', [f('path', str), f('port', intOrString), f('host', str)]),
  s('TCPSocketAction', [f('port', intOrString)]),
  s('ExecAction', [f('command', strings)]),
  s('Capabilities', [f('add', strings), f('drop', strings)]),
  s('Lifecycle', [], true),
  s('SecurityContext', [], true),
  s('ReplicationController', [
    ...typeMeta(),
    f('desiredState', obj('ReplicationControllerState')),
    f('currentState', obj('ReplicationControllerState')),
    f('labels', labels),
  ]),
  s('ReplicationControllerState', [
    f('replicas', int),
    f('replicaSelector', labels),
    f('podTemplate', obj('PodTemplate')),
  ]),
  s('PodTemplate', [
    f('desiredState', obj('PodState')),
    f('serviceAccount', str),
    f('nodeSelector', labels),
    f('labels', labels),
    f('annotations', labels),
  ]),
  s('Service', [
    ...typeMeta(),
    f('port', int),
    f('portName', str),
    f('protocol', str),
    f('containerPort', intOrString),
    f('labels', labels),
    f('selector', labels),
    f('createExternalLoadBalancer', bool),
    f('publicIPs', strings),
    f('portalIP', str),
    f('proxyPort', int),
    f('sessionAffinity', str),
    f('ports', arr(obj('ServicePort'))),
  ]),
  s('ServicePort', [
    f('name', str),
    f('protocol', str),
    f('port', int),
    f('containerPort', intOrString),
  ]),
  s('Minion', [
    ...typeMeta(),
    f('hostIP', str),
    f('resources', obj('NodeResources')),
    f('podCIDR', str),
    f('unschedulable', bool),
    f('status', obj('NodeStatus')),
    f('labels', labels),
    f('externalID', str),
  ]),
  s('NodeResources', [f('capacity', resourceList)]),
  s('NodeStatus', [], true),
];

const BY_NAME = new Map(STRUCTS.map((x) => [x.name, x]));

export function v1beta1Struct(name: string): StructSchema | undefined {
  return BY_NAME.get(name);
}
