import { describe, expect, it } from 'vitest';
import { applyFix, covered, lint, liveObjects } from './testKit';

const deployment = (ports: string): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx
        ports: ${ports}
`;

const service = (port: string): string => `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports:
  - ${port}
`;

describe("a Service's named targetPort", () => {
  it('that no selected container port carries is warned at the targetPort, with the one name there is', () => {
    const text = `${service('{port: 80, targetPort: htp}')}---\n${deployment('[{name: http, containerPort: 80}]')}`;
    const [warning, ...rest] = lint(text);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      document: 0,
      field: 'spec.ports[0].targetPort',
      message:
        'targetPort htp names no TCP container port of the pods it selects (they declare "http"): ' +
        'those pods get no endpoint for port 80 of Service web',
    });
    expect(covered(text, warning!.range)).toBe('htp');
    const fix = warning!.fixes![0]!;
    expect(fix.title).toBe('Use port name "http"');
    expect(lint(applyFix(text, fix))).toEqual([]);
  });

  it('names the pods that lack it when only some do, and offers no fix among several names', () => {
    const live =
      liveObjects(`{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "old", "labels": {"app": "web"}},
 "spec": {"containers": [{"name": "c", "image": "nginx", "ports": [{"name": "web", "containerPort": 8080}]}]}}`);
    const text = `${service('{port: 80, targetPort: http}')}---\n${deployment('[{name: http, containerPort: 80}]')}`;
    const [warning] = lint(text, live);
    expect(warning?.message).toBe(
      'targetPort http names no TCP container port of Pod old (ports declared there: "web"): ' +
        'those pods get no endpoint for port 80 of Service web',
    );
    expect(warning?.fixes).toBeUndefined();
  });

  it('says when the name is there with another protocol', () => {
    const text = `${service('{port: 53, targetPort: dns}')}---\n${deployment('[{name: dns, containerPort: 53, protocol: UDP}]')}`;
    expect(lint(text)[0]?.message).toContain(
      'names no TCP container port of the pods it selects (a port of that name is not TCP)',
    );
  });
});

describe("a Service's numeric targetPort (a softer hint: declaring ports is optional)", () => {
  it('is hinted at when every selected pod declares ports and none this one, with the one there is', () => {
    const text = `${service('{port: 80, targetPort: 8080}')}---\n${deployment('[{containerPort: 80}]')}`;
    const [warning] = lint(text);
    expect(warning?.message).toBe(
      'targetPort 8080 is not a containerPort of the pods it selects (they declare 80). ' +
        'Declaring ports is optional, so this works if the container listens on 8080 anyway; ' +
        'if not, connections to port 80 of Service web are refused',
    );
    expect(covered(text, warning!.range)).toBe('8080');
    const fix = warning!.fixes![0]!;
    expect(fix.title).toBe('Use containerPort 80');
    expect(lint(applyFix(text, fix))).toEqual([]);
  });

  it('when left out it is the port itself: hinted at the port, with no fix to write', () => {
    const text = `${service('{port: 8888}')}---\n${deployment('[{containerPort: 6379}]')}`;
    const [warning] = lint(text);
    expect(warning?.field).toBe('spec.ports[0].port');
    expect(warning?.message).toMatch(
      /^targetPort is left out, so it is the port itself, 8888, which is not/,
    );
    expect(covered(text, warning!.range)).toBe('8888');
    expect(warning?.fixes).toBeUndefined();
  });

  it('is not hinted at when the pods declare no ports at all', () => {
    expect(lint(`${service('{port: 80, targetPort: 8080}')}---\n${deployment('[]')}`)).toEqual([]);
  });

  it('in a v1beta1 Service, containerPort is the target; without it, no fix overwrites port', () => {
    const pod = `{"id": "redis", "kind": "Pod", "apiVersion": "v1beta1", "labels": {"name": "redis"},
 "desiredState": {"manifest": {"version": "v1beta1", "id": "redis",
   "containers": [{"name": "redis", "image": "redis", "ports": [{"name": "redis-server", "containerPort": 6379}]}]}}}`;
    const svc = (extra: string): string =>
      `{"id": "redis", "kind": "Service", "apiVersion": "v1beta1", "port": 8888,${extra} "selector": {"name": "redis"}}`;
    const named = lint(`${svc(' "containerPort": "redis",')}\n${pod}`);
    expect(named[0]?.fixes?.[0]?.title).toBe('Use port name "redis-server"');
    const text = `${svc(' "containerPort": "redis",')}\n${pod}`;
    expect(lint(applyFix(text, named[0]!.fixes![0]!))).toEqual([]);

    const [leftOut] = lint(`${svc('')}\n${pod}`);
    expect(leftOut?.field).toBe('spec.ports[0].port');
    expect(leftOut?.fixes).toBeUndefined();
  });
});
