/**
 * The inspector's env tab asks `kubectl exec POD -- env` as a query. Queries are not journaled,
 * so this one exec must change nothing a rebuilt cluster would miss.
 */
import { describe, expect, it } from 'vitest';
import { isExecEnv } from './queries';
import type { AnswerMessage } from './protocol';
import { startTestHost, type TestHost } from './testHost';

describe('the exec a query may run', () => {
  it.each([
    'exec web -- env',
    'kubectl exec web -c web -- env',
    'exec web -n default -c web -- env',
    'exec --namespace=kube-system --container=dns web -- env',
    'exec -p web -c web -- env',
  ])('allows %j', (line) => expect(isExecEnv(line)).toBe(true));

  it.each([
    'exec web -- sh -c env',
    'exec web -- env FOO=1 touch /tmp/x',
    'exec web -- rm -rf /',
    'exec web env',
    'exec web -i -- env',
    'exec web other -- env',
    'exec -p web rm -- env',
    'exec -- env',
    'exec web -c -- env',
    'get pods -- env',
  ])('refuses %j', (line) => expect(isExecEnv(line)).toBe(false));
});

function answerTo(t: TestHost, id: number): AnswerMessage | undefined {
  t.timers.pass(20);
  return t.posted.find((m): m is AnswerMessage => m.type === 'answer' && m.id === id);
}

function webCluster(): TestHost {
  const t = startTestHost({ nodes: 2, seed: 4 });
  t.host.receive({ type: 'kubectl', id: 1, line: 'create deployment web --image=nginx' });
  t.host.receive({ type: 'kubectl', id: 2, line: 'expose deployment web --port=80' });
  t.timers.pass(2_000);
  t.host.receive({ type: 'kubectl', id: 3, line: 'scale deployment web --replicas=2' });
  t.timers.pass(20_000);
  t.host.receive({ type: 'pause' });
  t.timers.pass(20);
  return t;
}

const podNames = (t: TestHost): string[] =>
  t
    .cluster()
    .snapshot()
    .objects.filter((o) => o.kind === 'Pod')
    .map((o) => o.metadata.name);

describe('exec -- env as a query', () => {
  it('answers with the container’s environment and leaves the cluster and journal as they were', () => {
    const t = webCluster();
    const pod = podNames(t)[0] ?? '';
    const before = JSON.stringify(t.cluster().snapshot());
    const journaled = t.posted.filter((m) => m.type === 'journal').length;

    t.host.receive({
      type: 'query',
      id: 9,
      query: { type: 'kubectl', line: `exec ${pod} -- env` },
    });
    const answer = answerTo(t, 9);

    expect(answer?.error).toBeUndefined();
    const stdout = (answer?.value as { stdout: string }).stdout;
    expect(stdout).toContain(`HOSTNAME=${pod}`);
    expect(stdout).toContain('KUBERNETES_SERVICE_HOST=');
    expect(JSON.stringify(t.cluster().snapshot())).toBe(before);
    expect(t.posted.filter((m) => m.type === 'journal')).toHaveLength(journaled);
  });

  it('leaves the cluster’s future unchanged too: the same inputs give the same cluster', () => {
    const asked = webCluster();
    const plain = webCluster();
    for (const pod of podNames(asked))
      asked.host.receive({
        type: 'query',
        id: 7,
        query: { type: 'kubectl', line: `exec ${pod} -- env` },
      });
    asked.timers.pass(20);
    for (const t of [asked, plain]) {
      t.host.receive({ type: 'kubectl', id: 10, line: 'scale deployment web --replicas=4' });
      t.host.receive({ type: 'play' });
      t.timers.pass(15_000);
    }
    expect(JSON.stringify(asked.cluster().snapshot())).toBe(
      JSON.stringify(plain.cluster().snapshot()),
    );
  });

  it('refuses any other command run in a container', () => {
    const t = webCluster();
    const pod = podNames(t)[0] ?? '';
    t.host.receive({
      type: 'query',
      id: 5,
      query: { type: 'kubectl', line: `exec ${pod} -- touch /tmp/x` },
    });
    expect(answerTo(t, 5)?.error).toBe('"exec" is not a read-only command');
  });
});
