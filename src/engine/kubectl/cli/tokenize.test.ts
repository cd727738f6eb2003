import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize splits a command line like a POSIX shell', () => {
  it.each([
    ['kubectl get pods', ['get', 'pods']],
    ['get pods', ['get', 'pods']],
    ['  kubectl   get\tpods  ', ['get', 'pods']],
    ['', []],
    ['kubectl', []],
    [`kubectl label pod web 'tier=front end'`, ['label', 'pod', 'web', 'tier=front end']],
    [`kubectl label pod web "tier=front end"`, ['label', 'pod', 'web', 'tier=front end']],
    [`kubectl get pods -l 'env in (prod,qa)'`, ['get', 'pods', '-l', 'env in (prod,qa)']],
    [
      `kubectl get pod web -o jsonpath='{.status.phase}'`,
      ['get', 'pod', 'web', '-o', 'jsonpath={.status.phase}'],
    ],
    [`kubectl annotate pod web note=it\\'s`, ['annotate', 'pod', 'web', "note=it's"]],
    ['kubectl label pod web a\\ b=c', ['label', 'pod', 'web', 'a b=c']],
    [`echo "say \\"hi\\" \\$HOME \\n"`, ['echo', 'say "hi" $HOME \\n']],
    [`echo 'no \\escapes "here"'`, ['echo', 'no \\escapes "here"']],
    [`kubectl run x --image=y -- ""`, ['run', 'x', '--image=y', '--', '']],
    [`a"b"'c'd`, ['abcd']],
    [
      'kubectl exec -p 123456-7890 -c ruby-container -i -t -- bash -il',
      ['exec', '-p', '123456-7890', '-c', 'ruby-container', '-i', '-t', '--', 'bash', '-il'],
    ],
    ['kubectl get pods # every pod', ['get', 'pods']],
    ['kubectl get pods#not-a-comment', ['get', 'pods#not-a-comment']],
    ['kubectl kubectl get', ['kubectl', 'get']],
    ["'kubectl' get", ['get']],
  ])('%s', (line, argv) => {
    expect(tokenize(line)).toEqual({ ok: true, argv });
  });
});

describe('tokenize refuses what needs a real shell', () => {
  const oneCommand =
    "kubesim's console runs one kubectl command: shell pipes (|), redirects (>, <) and command lists (;, &&, ||, &) are not supported";
  it.each([
    ['kubectl get pods | grep todo', oneCommand],
    ['kubectl get pods|services|rc', oneCommand],
    ['kubectl get pods > pods.txt', oneCommand],
    ['kubectl create -f - < pod.json', oneCommand],
    ['kubectl get pods; kubectl get rc', oneCommand],
    ['kubectl get pods && kubectl get rc', oneCommand],
    ['kubectl get pods || true', oneCommand],
    ['kubectl get pods &', oneCommand],
    ["kubectl label pod web 'tier=fe", "unexpected EOF while looking for matching `''"],
    ['kubectl label pod web "tier=fe', 'unexpected EOF while looking for matching `"\''],
    ['kubectl get pods \\', 'unexpected EOF after a trailing backslash'],
    ['kubectl get pods -l env in (prod)', "syntax error near unexpected token `('"],
  ])('%s', (line, error) => {
    expect(tokenize(line)).toEqual({ ok: false, error });
  });

  it('leaves quoted shell characters alone', () => {
    expect(tokenize(`kubectl exec web -- sh -c 'ls | wc -l > /tmp/n; echo "a && b"'`)).toEqual({
      ok: true,
      argv: ['exec', 'web', '--', 'sh', '-c', 'ls | wc -l > /tmp/n; echo "a && b"'],
    });
  });
});
