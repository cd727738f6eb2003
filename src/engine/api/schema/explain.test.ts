import { describe, expect, it } from 'vitest';
import { explain } from './explain';
import { wrapWords } from './wordwrap';

const text = (path: string, opts: Parameters<typeof explain>[1] = {}): string => {
  const r = explain(path, opts);
  if (!r.ok) throw new Error(r.error);
  return r.text;
};

// Golden outputs in kubectl's modern layout (explain/v2/templates/plaintext.tmpl): two blank
// lines after FIELD, a line of four spaces closing DESCRIPTION, a tab between a field and its
// type, and two blank lines at the end.
describe('kubectl explain, golden outputs', () => {
  it('pods', () => {
    expect(text('pods')).toBe(
      [
        'KIND:       Pod',
        'VERSION:    v1',
        '',
        'DESCRIPTION:',
        '    Pod is a group of one or more containers that share network and storage and',
        '    are scheduled together onto one node. Users create pods directly or, more',
        '    often, through a controller.',
        '    ',
        'FIELDS:',
        '  apiVersion\t<string>',
        '    The versioned schema this representation of the object follows (for example',
        '    v1 or apps/v1). Servers convert recognized versions to their internal one',
        '    and may reject unknown values.',
        '',
        '  kind\t<string>',
        '    The REST resource this object represents, in CamelCase (for example Pod).',
        '    Servers may infer it from the endpoint the request was sent to. Cannot be',
        '    updated.',
        '',
        '  metadata\t<ObjectMeta>',
        '    Standard object metadata: name, namespace, labels, annotations and the',
        '    fields the system maintains.',
        '',
        '  spec\t<PodSpec>',
        '    The desired behavior of the pod: its containers, volumes and scheduling',
        '    constraints.',
        '',
        '  status\t<PodStatus>',
        '    The most recently observed state of the pod, written by the system. It may',
        '    lag behind reality. Read-only.',
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('pods.spec.containers', () => {
    expect(text('pods.spec.containers')).toBe(
      [
        'KIND:       Pod',
        'VERSION:    v1',
        '',
        'FIELD: containers <[]Container>',
        '',
        '',
        'DESCRIPTION:',
        '    The containers of the pod. There must be at least one; containers cannot be',
        '    added or removed later.',
        '    A single application container to run within a pod.',
        '    ',
        'FIELDS:',
        '  args\t<[]string>',
        "    Arguments to the entrypoint. The image's CMD is used if this is not given.",
        "    $(VAR) references are expanded from the container's environment. Cannot be",
        '    updated.',
        '',
        '  command\t<[]string>',
        "    The entrypoint array, not run in a shell. The image's ENTRYPOINT is used if",
        "    this is not given. $(VAR) references are expanded from the container's",
        '    environment. Cannot be updated.',
        '',
        '  env\t<[]EnvVar>',
        '    Environment variables to set in the container. Cannot be updated.',
        '',
        '  envFrom\t<[]EnvFromSource>',
        '    Sources whose keys become environment variables. Keys defined in env take',
        '    precedence. Cannot be updated.',
        '',
        '  image\t<string>',
        '    The container image name. Optional so that controllers may fill it in, but a',
        '    pod needs it to run.',
        '',
        '  imagePullPolicy\t<string>',
        '  enum: Always, IfNotPresent, Never',
        '    When the image is pulled: Always, Never or IfNotPresent. Defaults to Always',
        '    for a :latest tag or no tag, IfNotPresent otherwise. Cannot be updated.',
        '',
        '  lifecycle\t<Lifecycle>',
        '    Actions the system runs right after the container starts and right before it',
        '    stops. Cannot be updated.',
        '',
        '  livenessProbe\t<Probe>',
        '    Periodic check that the container is alive. The container is restarted if it',
        '    fails. Cannot be updated.',
        '',
        '  name\t<string> -required-',
        '    The name of the container, a DNS label unique within the pod. Cannot be',
        '    updated.',
        '',
        '  ports\t<[]ContainerPort>',
        '    The ports the container exposes. Listing a port is informational: a',
        '    container listening on 0.0.0.0 is reachable on any port. Cannot be updated.',
        '',
        '  readinessProbe\t<Probe>',
        '    Periodic check that the container is ready for traffic. The pod is removed',
        '    from service endpoints while it fails. Cannot be updated.',
        '',
        '  resizePolicy\t<[]ContainerResizePolicy>',
        '    How the container reacts when its resources are resized.',
        '',
        '  resources\t<ResourceRequirements>',
        '    The compute resources the container requests and is limited to.',
        '',
        '  restartPolicy\t<string>',
        '    Restart behavior of this one container; only allowed for init containers,',
        '    where Always makes a sidecar.',
        '',
        '  restartPolicyRules\t<[]ContainerRestartRule>',
        '    Rules that decide, from the exit code, whether this container is restarted.',
        '',
        '  securityContext\t<SecurityContext>',
        '    Security options the container runs with.',
        '',
        '  startupProbe\t<Probe>',
        '    A check that the container has started. Other probes wait until it succeeds;',
        '    the container is restarted if it fails. Cannot be updated.',
        '',
        '  stdin\t<boolean>',
        '    Whether the container has a stdin buffer. Otherwise reads from stdin get',
        '    EOF. Defaults to false.',
        '',
        '  stdinOnce\t<boolean>',
        '    Whether stdin is closed after the first attach session ends. Defaults to',
        '    false.',
        '',
        '  terminationMessagePath\t<string>',
        '    The file the container writes its termination message to. Defaults to',
        '    /dev/termination-log. Cannot be updated.',
        '',
        '  terminationMessagePolicy\t<string>',
        '  enum: FallbackToLogsOnError, File',
        '    Where the termination message comes from: File, or FallbackToLogsOnError to',
        '    use the end of the log when the file is empty. Defaults to File. Cannot be',
        '    updated.',
        '',
        '  tty\t<boolean>',
        '    Whether the container has a TTY; also needs stdin. Defaults to false.',
        '',
        '  volumeDevices\t<[]VolumeDevice>',
        '    Block devices the container uses.',
        '',
        '  volumeMounts\t<[]VolumeMount>',
        "    Pod volumes to mount into the container's filesystem. Cannot be updated.",
        '',
        '  workingDir\t<string>',
        "    The container's working directory. Defaults to the image's. Cannot be",
        '    updated.',
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('rc.spec', () => {
    expect(text('rc.spec')).toBe(
      [
        'KIND:       ReplicationController',
        'VERSION:    v1',
        '',
        'FIELD: spec <ReplicationControllerSpec>',
        '',
        '',
        'DESCRIPTION:',
        '    The desired behavior: how many replicas, which pods to select and the',
        '    template to create them from.',
        '    ReplicationControllerSpec is the desired state of a replication controller.',
        '    ',
        'FIELDS:',
        '  minReadySeconds\t<integer>',
        '    How long, in seconds, a new pod must be ready with no container crashing',
        '    before it counts as available. Defaults to 0.',
        '',
        '  replicas\t<integer>',
        '    The number of pods wanted. This is a pointer to tell an explicit zero from',
        '    unset. Defaults to 1.',
        '',
        '  selector\t<map[string]string>',
        '    Label keys and values a pod must have to be counted by this controller. If',
        '    empty, it defaults to the labels of the pod template.',
        '',
        '  template\t<PodTemplateSpec>',
        '    The pod created when there are too few replicas.',
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('svc.spec.ports', () => {
    expect(text('svc.spec.ports')).toBe(
      [
        'KIND:       Service',
        'VERSION:    v1',
        '',
        'FIELD: ports <[]ServicePort>',
        '',
        '',
        'DESCRIPTION:',
        '    The ports the service exposes.',
        '    ServicePort is one port a service exposes.',
        '    ',
        'FIELDS:',
        '  appProtocol\t<string>',
        '    The application protocol of the port, as a hint to implementations.',
        '',
        '  name\t<string>',
        '    The name of the port, a DNS label. Required and unique when the service has',
        '    more than one port; it matches the name of an EndpointPort.',
        '',
        '  nodePort\t<integer>',
        '    The port opened on every node for a NodePort or LoadBalancer service.',
        '    Usually allocated by the system.',
        '',
        '  port\t<integer> -required-',
        '    The port the service exposes on its cluster IP.',
        '',
        '  protocol\t<string>',
        '  enum: SCTP, TCP, UDP',
        '    The protocol of the port: TCP, UDP or SCTP. Defaults to TCP.',
        '',
        '  targetPort\t<IntOrString>',
        '    The number or name of the port to reach on the selected pods. A name is',
        "    looked up among the pods' container ports. Defaults to the value of port.",
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('svc.spec.ports --recursive lists names and types only', () => {
    expect(text('svc.spec.ports', { recursive: true })).toBe(
      [
        'KIND:       Service',
        'VERSION:    v1',
        '',
        'FIELD: ports <[]ServicePort>',
        '',
        '',
        'DESCRIPTION:',
        '    The ports the service exposes.',
        '    ServicePort is one port a service exposes.',
        '    ',
        'FIELDS:',
        '  appProtocol\t<string>',
        '  name\t<string>',
        '  nodePort\t<integer>',
        '  port\t<integer> -required-',
        '  protocol\t<string>',
        '  enum: SCTP, TCP, UDP',
        '  targetPort\t<IntOrString>',
        '',
        '',
      ].join('\n'),
    );
  });

  it('a leaf field of an apps/v1 kind: GROUP header, no FIELDS', () => {
    expect(text('deploy.spec.replicas')).toBe(
      [
        'GROUP:      apps',
        'KIND:       Deployment',
        'VERSION:    v1',
        '',
        'FIELD: replicas <integer>',
        '',
        '',
        'DESCRIPTION:',
        '    The number of pods wanted. This is a pointer to tell an explicit zero from',
        '    unset. Defaults to 1.',
        '    ',
        '',
        '',
      ].join('\n'),
    );
  });

  it('an enum field lists every value under FIELD', () => {
    expect(text('po.spec.restartPolicy').split('\n').slice(3, 10)).toEqual([
      'FIELD: restartPolicy <string>',
      'ENUM:',
      '    Always',
      '    Never',
      '    OnFailure',
      '',
      'DESCRIPTION:',
    ]);
  });

  it('nested recursion indents by two per level and follows lists', () => {
    const lines = text('pods.spec.containers.livenessProbe', { recursive: true }).split('\n');
    expect(lines).toContain('  httpGet\t<HTTPGetAction>');
    expect(lines).toContain('    httpHeaders\t<[]HTTPHeader>');
    expect(lines).toContain('      name\t<string> -required-');
    expect(lines).toContain('    scheme\t<string>');
    expect(lines).toContain('    enum: HTTP, HTTPS');
  });

  it('long enums are cut after four values', () => {
    expect(text('pods.status.containerStatuses')).toContain(
      '  stopSignal\t<string>\n  enum: SIGABRT, SIGALRM, SIGBUS, SIGCHLD, ....\n',
    );
  });

  it('maps of quantities and times explain their special types', () => {
    expect(text('pods.spec.containers.resources.limits')).toContain(
      'FIELD: limits <map[string]Quantity>',
    );
    expect(text('pods.spec.containers.resources.limits')).toContain(
      '    Quantity is a fixed-point number',
    );
    expect(text('pods.metadata')).toContain('  creationTimestamp\t<string>\n');
  });
});

describe('kubectl explain, resource names and errors', () => {
  it.each(['pods', 'pod', 'po', 'Pod', 'PODS'])('%s names pods', (name) => {
    expect(text(name)).toMatch(/^KIND: {7}Pod\n/);
  });

  it.each([
    ['rc', 'ReplicationController'],
    ['svc', 'Service'],
    ['deploy', 'Deployment'],
    ['rs', 'ReplicaSet'],
    ['no', 'Node'],
    ['ns', 'Namespace'],
    ['ep', 'Endpoints'],
    ['ev', 'Event'],
  ])('%s names %s', (name, kind) => {
    expect(text(name)).toContain(`KIND:       ${kind}\n`);
  });

  it('deployments.apps.spec: the group may follow the full resource name', () => {
    expect(text('deployments.apps.spec')).toContain('FIELD: spec <DeploymentSpec>');
  });

  it.each([
    ['foo', {}, 'error: the server doesn\'t have a resource type "foo"'],
    ['pods.spec.foo', {}, 'error: field "foo" does not exist'],
    ['pods.foo.bar', {}, 'error: field "bar" does not exist'],
    ['pods.spec.nodeName.x', {}, 'error: field "x" does not exist'],
    [
      'deploy',
      { apiVersion: 'apps/v2' },
      'error: couldn\'t find resource for "apps/v2, Resource=deployments"',
    ],
    [
      'deploy',
      { apiVersion: 'v1' },
      'error: GVR (/v1, Resource=deployments) not found in OpenAPI schema',
    ],
    ['deploy', { apiVersion: 'a/b/c' }, 'error: unexpected GroupVersion string: a/b/c'],
  ])('%s %j', (path, opts, error) => {
    expect(explain(path, opts)).toEqual({ ok: false, error });
  });

  it('--api-version that matches', () => {
    expect(text('deployments', { apiVersion: 'apps/v1' })).toMatch(
      /^GROUP: {6}apps\nKIND: {7}Deployment\n/,
    );
  });
});

describe("go-wordwrap's wrapping", () => {
  it.each([
    ['one two three', 7, 'one two\nthree'],
    ['a verylongwordindeed b', 5, 'a\nverylongwordindeed\nb'],
    ['keeps\nnewlines here', 20, 'keeps\nnewlines here'],
    ['trailing  ', 20, 'trailing  '],
    ['exactly ten', 11, 'exactly ten'],
  ])('%j at %i', (input, limit, output) => {
    expect(wrapWords(input, limit)).toBe(output);
  });
});
