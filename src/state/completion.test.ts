import { describe, expect, it } from 'vitest';
import { vocabularyFor } from '../worker/vocabulary';
import { complete, splitWords, type CompletionNames } from './completion';

const modern = vocabularyFor('modern');
const legacy = vocabularyFor('2015');

const names: CompletionNames = {
  ids: (kind) =>
    ({
      Pod: ['default/web-7x2kq', 'default/web-9abcd', 'default/redis-master', 'kube-system/dns-1'],
      Node: ['node-1', 'node-2', 'node-10'],
      ReplicationController: ['default/redis-slave'],
      Namespace: ['default', 'kube-system'],
    })[kind] ?? [],
  files: ['pod.yaml'],
  containers: (id) => (id === 'default/complexpod' ? ['simplereader', 'simplewriter'] : []),
};

/** Complete with the cursor at the end (`|` marks another place). */
function tab(typed: string, era = modern) {
  const at = typed.indexOf('|');
  const line = typed.replace('|', '');
  return complete(line, at < 0 ? line.length : at, era, names);
}

describe('tab completion in the kubectl console', () => {
  it('completes a command, with a space after it', () => {
    expect(tab('kubectl desc').line).toBe('kubectl describe ');
    expect(tab('desc').line).toBe('describe ');
  });

  it('offers kubectl itself as the first word', () => {
    expect(tab('kub').line).toBe('kubectl ');
  });

  it('knows the 2015 commands in the 2015 era only', () => {
    expect(tab('kubectl run-', legacy).line).toBe('kubectl run-container ');
    expect(tab('kubectl res', legacy).line).toBe('kubectl resize ');
    expect(tab('kubectl lo', legacy).candidates).toContain('log');
    expect(tab('kubectl run-', modern).candidates).toEqual([]);
    expect(tab('kubectl lo', modern).line).toBe('kubectl logs ');
  });

  it('completes a resource type from its short name', () => {
    expect(tab('kubectl get po').line).toBe('kubectl get pods ');
    expect(tab('kubectl get no').line).toBe('kubectl get nodes ');
    expect(tab('kubectl get deploy').line).toBe('kubectl get deployments ');
  });

  it('completes the last type of a comma list', () => {
    expect(tab('kubectl get pods,se').line).toBe('kubectl get pods,services ');
  });

  it('keeps a short name that no plural starts with', () => {
    expect(tab('kubectl get svc').line).toBe('kubectl get svc ');
    expect(tab('kubectl describe rc').line).toBe('kubectl describe rc ');
  });

  it("knows 2015's minions", () => {
    expect(tab('kubectl get mi', legacy).line).toBe('kubectl get minions ');
    expect(tab('kubectl get mi', modern).candidates).toEqual([]);
  });

  it('completes object names from the mirror, in the namespace of the line', () => {
    expect(tab('kubectl describe pod r').line).toBe('kubectl describe pod redis-master ');
    expect(tab('kubectl get pods d').candidates).toEqual([]);
    expect(tab('kubectl get pods -n kube-system d').line).toBe(
      'kubectl get pods -n kube-system dns-1 ',
    );
    expect(tab('kubectl get pods --all-namespaces d').line).toContain('dns-1');
  });

  it('completes the common prefix and shows every candidate when several fit', () => {
    const c = tab('kubectl describe pod w');
    expect(c.line).toBe('kubectl describe pod web-');
    expect(c.candidates).toEqual(['web-7x2kq', 'web-9abcd']);
  });

  it('shows the candidates without changing the line when nothing more is common', () => {
    const c = tab('kubectl logs web-');
    expect(c.line).toBe('kubectl logs web-');
    expect(c.candidates).toHaveLength(2);
  });

  it('completes type/name words', () => {
    expect(tab('kubectl get pod/r').line).toBe('kubectl get pod/redis-master ');
    expect(tab('kubectl describe rc/').line).toBe('kubectl describe rc/redis-slave ');
  });

  it('completes pods for logs and exec -p, nodes for cordon, controllers for rolling-update', () => {
    expect(tab('kubectl logs r').line).toBe('kubectl logs redis-master ');
    expect(tab('kubectl exec -p r', legacy).line).toBe('kubectl exec -p redis-master ');
    expect(tab('kubectl cordon node-1').candidates).toEqual(['node-1', 'node-10']);
    expect(tab('kubectl rolling-update r', legacy).line).toBe(
      'kubectl rolling-update redis-slave ',
    );
  });

  it("completes a command's flags, with = for one that takes a value", () => {
    expect(tab('kubectl get pods --show-l').line).toBe('kubectl get pods --show-labels ');
    expect(tab('kubectl get pods --sel').line).toBe('kubectl get pods --selector=');
    // --output= and --output-watch-events share it
    expect(tab('kubectl get pods --outp').line).toBe('kubectl get pods --output');
    expect(tab('kubectl scale --repl').line).toBe('kubectl scale --replicas=');
    expect(tab('kubectl resize --repl', legacy).line).toBe('kubectl resize --replicas=');
  });

  it('offers global flags too', () => {
    expect(tab('kubectl get pods --namesp').line).toBe('kubectl get pods --namespace=');
  });

  it("completes -f with the editor's document", () => {
    expect(tab('kubectl create -f p').line).toBe('kubectl create -f pod.yaml ');
    expect(tab('kubectl apply --filename=p').line).toBe('kubectl apply --filename=pod.yaml ');
  });

  it("completes a pod's containers for logs, -c and 2015's exec -p", () => {
    expect(tab('kubectl log complexpod simpler', legacy).line).toBe(
      'kubectl log complexpod simplereader ',
    );
    expect(tab('kubectl logs complexpod -c simplew').line).toBe(
      'kubectl logs complexpod -c simplewriter ',
    );
    expect(tab('kubectl exec -p complexpod -c simple', legacy).candidates).toEqual([
      'simplereader',
      'simplewriter',
    ]);
  });

  it('completes the values a flag lists, era by era', () => {
    expect(tab('kubectl get pods -o w').line).toBe('kubectl get pods -o wide ');
    expect(tab('kubectl get pods --output=ya').line).toBe('kubectl get pods --output=yaml ');
    expect(tab('kubectl get pods -o w', legacy).candidates).toEqual([]);
    expect(tab('kubectl get pods -o t', legacy).candidates).toEqual(['template', 'templatefile']);
  });

  it('completes namespaces after -n', () => {
    expect(tab('kubectl get pods -n kube').line).toBe('kubectl get pods -n kube-system ');
  });

  it('completes subcommands', () => {
    expect(tab('kubectl rollout st').line).toBe('kubectl rollout status ');
    expect(tab('kubectl top n').line).toBe('kubectl top node ');
    expect(tab('kubectl top node node-2').line).toBe('kubectl top node node-2 ');
  });

  it('completes at the cursor and keeps what follows it', () => {
    const c = tab('kubectl get po| -o wide');
    expect(c.line).toBe('kubectl get pods  -o wide');
    expect(c.cursor).toBe('kubectl get pods '.length);
  });

  it('offers nothing after an unknown command or after --', () => {
    expect(tab('kubectl frobnicate p').candidates).toEqual([]);
    expect(tab('kubectl exec web-7x2kq -- l').candidates).toEqual([]);
  });
});

describe('splitting a line into words', () => {
  it('follows quotes and backslashes as a shell does', () => {
    expect(splitWords(`get  pods -l 'app=my web' "a\\"b" c\\ d`)).toEqual([
      'get',
      'pods',
      '-l',
      'app=my web',
      'a"b',
      'c d',
    ]);
  });
});
