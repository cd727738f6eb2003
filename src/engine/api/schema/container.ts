/**
 * Container and the structs a container holds: ports, env, resources, mounts, probes (core/v1).
 * Fields, their order, types, required-ness and enum values come from the Go types of
 * Kubernetes v1.36 (k8s.io/api v0.36.3); the descriptions are kubesim's own words.
 */
import {
  arr,
  bool,
  field,
  i32,
  i64,
  intOrString,
  map,
  obj,
  opaque,
  quantity,
  str,
  struct,
} from './model';
import type { StructSchema } from './model';

export const containerStructs: readonly StructSchema[] = [
  struct('Container', 'A single application container to run within a pod.', [
    field(
      'name',
      str,
      'The name of the container, a DNS label unique within the pod. Cannot be updated.',
      { required: true },
    ),
    field(
      'image',
      str,
      'The container image name. Optional so that controllers may fill it in, but a pod needs it to run.',
    ),
    field(
      'command',
      arr(str),
      "The entrypoint array, not run in a shell. The image's ENTRYPOINT is used if this is not given. $(VAR) references are expanded from the container's environment. Cannot be updated.",
    ),
    field(
      'args',
      arr(str),
      "Arguments to the entrypoint. The image's CMD is used if this is not given. $(VAR) references are expanded from the container's environment. Cannot be updated.",
    ),
    field(
      'workingDir',
      str,
      "The container's working directory. Defaults to the image's. Cannot be updated.",
    ),
    field(
      'ports',
      arr(obj('ContainerPort')),
      'The ports the container exposes. Listing a port is informational: a container listening on 0.0.0.0 is reachable on any port. Cannot be updated.',
    ),
    field(
      'envFrom',
      arr(obj('EnvFromSource')),
      'Sources whose keys become environment variables. Keys defined in env take precedence. Cannot be updated.',
    ),
    field(
      'env',
      arr(obj('EnvVar')),
      'Environment variables to set in the container. Cannot be updated.',
    ),
    field(
      'resources',
      obj('ResourceRequirements'),
      'The compute resources the container requests and is limited to.',
    ),
    field(
      'resizePolicy',
      arr(obj('ContainerResizePolicy')),
      'How the container reacts when its resources are resized.',
    ),
    field(
      'restartPolicy',
      str,
      'Restart behavior of this one container; only allowed for init containers, where Always makes a sidecar.',
      { go: 'v1.ContainerRestartPolicy' },
    ),
    field(
      'restartPolicyRules',
      arr(obj('ContainerRestartRule')),
      'Rules that decide, from the exit code, whether this container is restarted.',
    ),
    field(
      'volumeMounts',
      arr(obj('VolumeMount')),
      "Pod volumes to mount into the container's filesystem. Cannot be updated.",
    ),
    field('volumeDevices', arr(obj('VolumeDevice')), 'Block devices the container uses.'),
    field(
      'livenessProbe',
      obj('Probe'),
      'Periodic check that the container is alive. The container is restarted if it fails. Cannot be updated.',
    ),
    field(
      'readinessProbe',
      obj('Probe'),
      'Periodic check that the container is ready for traffic. The pod is removed from service endpoints while it fails. Cannot be updated.',
    ),
    field(
      'startupProbe',
      obj('Probe'),
      'A check that the container has started. Other probes wait until it succeeds; the container is restarted if it fails. Cannot be updated.',
    ),
    field(
      'lifecycle',
      obj('Lifecycle'),
      'Actions the system runs right after the container starts and right before it stops. Cannot be updated.',
    ),
    field(
      'terminationMessagePath',
      str,
      'The file the container writes its termination message to. Defaults to /dev/termination-log. Cannot be updated.',
    ),
    field(
      'terminationMessagePolicy',
      str,
      'Where the termination message comes from: File, or FallbackToLogsOnError to use the end of the log when the file is empty. Defaults to File. Cannot be updated.',
      { go: 'v1.TerminationMessagePolicy', enum: ['FallbackToLogsOnError', 'File'] },
    ),
    field(
      'imagePullPolicy',
      str,
      'When the image is pulled: Always, Never or IfNotPresent. Defaults to Always for a :latest tag or no tag, IfNotPresent otherwise. Cannot be updated.',
      { go: 'v1.PullPolicy', enum: ['Always', 'IfNotPresent', 'Never'] },
    ),
    field('securityContext', obj('SecurityContext'), 'Security options the container runs with.'),
    field(
      'stdin',
      bool,
      'Whether the container has a stdin buffer. Otherwise reads from stdin get EOF. Defaults to false.',
    ),
    field(
      'stdinOnce',
      bool,
      'Whether stdin is closed after the first attach session ends. Defaults to false.',
    ),
    field('tty', bool, 'Whether the container has a TTY; also needs stdin. Defaults to false.'),
  ]),
  struct('ContainerPort', 'ContainerPort is a network port of a single container.', [
    field(
      'name',
      str,
      'A name for the port, an IANA service name unique within the pod, that services can refer to.',
    ),
    field(
      'hostPort',
      i32,
      'The port to expose on the node. Most containers do not need it; it limits how many such pods fit on a node.',
    ),
    field(
      'containerPort',
      i32,
      "The port number to expose on the pod's IP address, between 1 and 65535.",
      { required: true },
    ),
    field('protocol', str, 'The protocol of the port: TCP, UDP or SCTP. Defaults to TCP.', {
      go: 'v1.Protocol',
      enum: ['SCTP', 'TCP', 'UDP'],
    }),
    field('hostIP', str, 'The node IP to bind the host port to.'),
  ]),
  struct('EnvVar', 'EnvVar is an environment variable set in a container.', [
    field('name', str, 'The name of the variable.', { required: true }),
    field(
      'value',
      str,
      'The value. $(VAR) references to earlier variables are expanded. Defaults to an empty string.',
    ),
    field(
      'valueFrom',
      obj('EnvVarSource'),
      'Where the value comes from instead, such as a field of the pod or a key of a ConfigMap. Cannot be used if value is set.',
    ),
  ]),
  struct('EnvVarSource', 'EnvVarSource is a source for the value of an environment variable.', [
    field(
      'fieldRef',
      obj('ObjectFieldSelector'),
      'A field of the pod, such as metadata.name, status.podIP or spec.nodeName.',
    ),
    field(
      'resourceFieldRef',
      obj('ResourceFieldSelector'),
      'A resource limit or request of the container, such as limits.cpu.',
    ),
    field(
      'configMapKeyRef',
      obj('ConfigMapKeySelector'),
      "A key of a ConfigMap in the pod's namespace.",
    ),
    field('secretKeyRef', obj('SecretKeySelector'), "A key of a secret in the pod's namespace."),
    field('fileKeyRef', obj('FileKeySelector'), 'A key in an env file on a volume of the pod.'),
  ]),
  struct('ObjectFieldSelector', 'ObjectFieldSelector selects a field of an object by path.', [
    field('apiVersion', str, 'The version the fieldPath is written in. Defaults to v1.'),
    field('fieldPath', str, 'The path of the field to select.', { required: true }),
  ]),
  struct(
    'ResourceFieldSelector',
    'ResourceFieldSelector selects a resource of a container, such as its CPU limit.',
    [
      field(
        'containerName',
        str,
        'The container to read from; required for volumes, optional for environment variables.',
      ),
      field('resource', str, 'The resource to select, such as limits.memory.', { required: true }),
      field('divisor', quantity, 'The unit the value is expressed in. Defaults to 1.'),
    ],
  ),
  struct('ConfigMapKeySelector', 'ConfigMapKeySelector selects a key of a ConfigMap.', [
    field('name', str, 'The name of the ConfigMap.'),
    field('key', str, 'The key to select.', { required: true }),
    field('optional', bool, 'Whether the ConfigMap or its key may be missing.'),
  ]),
  struct('SecretKeySelector', 'SecretKeySelector selects a key of a secret.', [
    field('name', str, 'The name of the secret.'),
    field('key', str, 'The key of the secret to select.', { required: true }),
    field('optional', bool, 'Whether the secret or its key may be missing.'),
  ]),
  opaque('FileKeySelector', 'FileKeySelector selects a key of an env file on a volume.'),
  struct(
    'EnvFromSource',
    'EnvFromSource names a ConfigMap or secret whose keys all become environment variables.',
    [
      field('prefix', str, 'A string prepended to every key.'),
      field('configMapRef', obj('ConfigMapEnvSource'), 'The ConfigMap to take variables from.'),
      field('secretRef', obj('SecretEnvSource'), 'The secret to take variables from.'),
    ],
  ),
  struct(
    'ConfigMapEnvSource',
    'ConfigMapEnvSource selects a ConfigMap whose keys become environment variables.',
    [
      field('name', str, 'The name of the ConfigMap.'),
      field('optional', bool, 'Whether the ConfigMap may be missing.'),
    ],
  ),
  struct(
    'SecretEnvSource',
    'SecretEnvSource selects a secret whose keys become environment variables.',
    [
      field('name', str, 'The name of the secret.'),
      field('optional', bool, 'Whether the secret may be missing.'),
    ],
  ),
  struct(
    'ResourceRequirements',
    'ResourceRequirements describes the compute resources a container needs.',
    [
      field(
        'limits',
        map(quantity),
        'The most of each resource the container may use, such as cpu: 500m or memory: 128Mi.',
        { go: 'v1.ResourceList' },
      ),
      field(
        'requests',
        map(quantity),
        'The amount of each resource the container needs; the scheduler places the pod by it. Defaults to limits when only limits are given.',
        { go: 'v1.ResourceList' },
      ),
      field(
        'claims',
        arr(obj('ResourceClaim')),
        'Names of pod resource claims this container uses.',
      ),
    ],
  ),
  struct('ResourceClaim', "ResourceClaim refers to one entry of the pod's resourceClaims.", [
    field('name', str, "The name of the entry in the pod's resourceClaims.", { required: true }),
    field('request', str, 'One request of that claim to use, when the claim has several.'),
  ]),
  struct(
    'ContainerResizePolicy',
    'ContainerResizePolicy says how a container reacts when one of its resources is resized.',
    [
      field('resourceName', str, 'The resource the policy applies to: cpu or memory.', {
        required: true,
        go: 'v1.ResourceName',
      }),
      field('restartPolicy', str, 'What happens on resize: NotRequired, or RestartContainer.', {
        required: true,
        go: 'v1.ResourceResizeRestartPolicy',
      }),
    ],
  ),
  opaque(
    'ContainerRestartRule',
    "ContainerRestartRule decides from a container's exit whether to restart it.",
  ),
  struct('VolumeMount', 'VolumeMount mounts a volume of the pod into a container.', [
    field('name', str, 'The name of the volume; it must match a volume of the pod.', {
      required: true,
    }),
    field('readOnly', bool, 'Mount read-only if true, read-write otherwise. Defaults to false.'),
    field('recursiveReadOnly', str, 'Whether a read-only mount is made recursively read-only.', {
      go: 'v1.RecursiveReadOnlyMode',
    }),
    field(
      'mountPath',
      str,
      "The path in the container where the volume is mounted. Must not contain ':'.",
      { required: true },
    ),
    field('subPath', str, 'A path within the volume to mount instead of its root.'),
    field(
      'mountPropagation',
      str,
      'How mounts propagate between the node and the container: None, HostToContainer or Bidirectional.',
      { go: 'v1.MountPropagationMode', enum: ['Bidirectional', 'HostToContainer', 'None'] },
    ),
    field(
      'subPathExpr',
      str,
      "Like subPath, but $(VAR) references are expanded from the container's environment.",
    ),
  ]),
  struct('VolumeDevice', 'VolumeDevice maps a raw block volume into a container.', [
    field('name', str, 'The name of a persistentVolumeClaim volume of the pod.', {
      required: true,
    }),
    field('devicePath', str, 'The path in the container the device is mapped to.', {
      required: true,
    }),
  ]),
  struct(
    'Probe',
    'Probe describes a check the kubelet runs against a container to see whether it is alive or ready.',
    [
      field(
        'exec',
        obj('ExecAction'),
        'Run a command in the container; exit status 0 means healthy.',
      ),
      field(
        'httpGet',
        obj('HTTPGetAction'),
        'Send an HTTP GET request; a status from 200 to 399 means healthy.',
      ),
      field('tcpSocket', obj('TCPSocketAction'), 'Open a TCP connection; success means healthy.'),
      field('grpc', obj('GRPCAction'), 'Call the gRPC health check service.'),
      field(
        'initialDelaySeconds',
        i32,
        'Seconds after the container starts before the first probe.',
      ),
      field('timeoutSeconds', i32, 'Seconds after which a probe times out. Defaults to 1.'),
      field('periodSeconds', i32, 'How often, in seconds, the probe runs. Defaults to 10.'),
      field(
        'successThreshold',
        i32,
        'Consecutive successes needed after a failure to count as healthy. Defaults to 1; must be 1 for liveness and startup probes.',
      ),
      field(
        'failureThreshold',
        i32,
        'Consecutive failures after which the probe counts as failed. Defaults to 3.',
      ),
      field(
        'terminationGracePeriodSeconds',
        i64,
        "A grace period for the pod to stop after this probe fails, overriding the pod's.",
      ),
    ],
  ),
  struct('ExecAction', 'ExecAction runs a command inside the container.', [
    field(
      'command',
      arr(str),
      "The command line, run directly and not in a shell, in the container's root directory. Exit status 0 means healthy.",
    ),
  ]),
  struct('HTTPGetAction', 'HTTPGetAction sends an HTTP GET request.', [
    field('path', str, 'The path to request.'),
    field('port', intOrString, 'The number or name of the container port to connect to.', {
      required: true,
    }),
    field('host', str, 'The host to connect to. Defaults to the pod IP.'),
    field('scheme', str, 'The scheme to use: HTTP or HTTPS. Defaults to HTTP.', {
      go: 'v1.URIScheme',
      enum: ['HTTP', 'HTTPS'],
    }),
    field('httpHeaders', arr(obj('HTTPHeader')), 'Extra headers to send with the request.'),
  ]),
  struct('HTTPHeader', 'HTTPHeader is one header of an HTTP request.', [
    field('name', str, 'The header field name.', { required: true }),
    field('value', str, 'The header field value.', { required: true }),
  ]),
  struct('TCPSocketAction', 'TCPSocketAction opens a TCP connection.', [
    field('port', intOrString, 'The number or name of the container port to connect to.', {
      required: true,
    }),
    field('host', str, 'The host to connect to. Defaults to the pod IP.'),
  ]),
  struct('GRPCAction', 'GRPCAction calls the standard gRPC health check.', [
    field('port', i32, 'The port number of the gRPC service.', { required: true }),
    field('service', str, 'The service name to send in the health check request.'),
  ]),
  opaque(
    'Lifecycle',
    'Lifecycle holds handlers the system runs after a container starts (postStart) and before it stops (preStop).',
  ),
  opaque(
    'SecurityContext',
    'SecurityContext holds security settings of a container, such as the user it runs as and its Linux capabilities.',
  ),
];
