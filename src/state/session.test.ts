import { describe, expect, it } from 'vitest';
import type { HostMessage, LinkHandlers, PageMessage, ReadyMessage } from '../worker/protocol';
import { MAX_FAILED_STARTS, startSession } from './session';
import { createClusterStore } from './store';
import { change, node, pod } from './testObjects';

/** A pretend host: records what the page sent, and lets the test answer as the host. */
class FakeLinks {
  readonly links: { handlers: LinkHandlers; sent: PageMessage[]; closed: boolean }[] = [];
  readonly connect = (handlers: LinkHandlers) => {
    const link = { handlers, sent: [] as PageMessage[], closed: false };
    this.links.push(link);
    return { send: (m: PageMessage) => link.sent.push(m), close: () => (link.closed = true) };
  };
  get current() {
    const link = this.links.at(-1);
    if (!link) throw new Error('no link');
    return link;
  }
  say(message: HostMessage) {
    this.current.handlers.onMessage(message);
  }
}

const ready: ReadyMessage = {
  type: 'ready',
  protocol: 2,
  host: 'worker',
  era: 'modern',
  seed: 1,
  epochMs: 0,
  resourceVersion: 1,
  objects: [{ kind: 'Node', object: node('node-1'), status: 'Ready' }],
  clock: { now: 0, paused: false, speed: 1 },
};

function setup() {
  const store = createClusterStore();
  const links = new FakeLinks();
  const frames: (() => void)[] = [];
  const session = startSession(
    store,
    { nodes: 1, seed: 1 },
    {
      connect: links.connect,
      scheduleFrame: (run) => {
        frames.push(run);
        return () => frames.splice(frames.indexOf(run), 1);
      },
    },
  );
  const paint = () => frames.splice(0).forEach((run) => run());
  return { store, links, session, paint };
}

describe('a session', () => {
  it('starts a host with the cluster options and the protocol version', () => {
    const { links } = setup();
    expect(links.current.sent).toEqual([
      { type: 'init', protocol: 2, options: { nodes: 1, seed: 1 } },
    ]);
  });

  it('applies what arrives between two paints in one store update', () => {
    const { store, links, paint } = setup();
    let updates = 0;
    store.subscribe(() => updates++);
    links.say(ready);
    links.say({ type: 'changes', batch: [change('ADDED', pod('web'), 2, 'Pending')] });
    links.say({ type: 'clock', now: 16, paused: false, speed: 1 });
    links.say({ type: 'clock', now: 32, paused: false, speed: 1 });
    expect(updates).toBe(0);
    paint();
    expect(updates).toBe(1);
    expect(store.getState().engine.phase).toBe('ready');
    expect(store.getState().mirror.objects.Pod?.['default/web']?.status).toBe('Pending');
    expect(store.getState().clock.now).toBe(32);
  });

  it('numbers kubectl commands and shows them running until the answer comes', () => {
    const { store, links, session, paint } = setup();
    session.kubectl('  get nodes ');
    session.kubectl('   ');
    expect(links.current.sent.at(-1)).toEqual({ type: 'kubectl', id: 1, line: 'get nodes' });
    expect(store.getState().console.entries).toMatchObject([
      { id: 1, line: 'get nodes', state: 'running' },
    ]);
    links.say({
      type: 'kubectlResult',
      id: 1,
      result: { stdout: 'NAME\n', stderr: '', exitCode: 0 },
    });
    paint();
    expect(store.getState().console.entries).toMatchObject([
      { id: 1, state: 'done', stdout: 'NAME\n' },
    ]);
  });

  it('asks to play or pause according to the clock it shows', () => {
    const { links, session, paint } = setup();
    links.say(ready);
    paint();
    session.togglePlay();
    links.say({ type: 'clock', now: 5, paused: true, speed: 1 });
    paint();
    session.togglePlay();
    expect(links.current.sent.slice(-2)).toEqual([{ type: 'pause' }, { type: 'play' }]);
  });

  it('rebuilds the cluster from the journal when the worker dies, keeping history and chosen speed', () => {
    const { store, links, session, paint } = setup();
    links.say(ready);
    links.say({ type: 'clock', now: 4_000, paused: false, speed: 20 });
    links.say({
      type: 'journal',
      entry: { at: 1_000, input: { type: 'kubectl', line: 'run web --image=nginx' } },
    });
    paint();
    session.kubectl('get pods');
    links.current.handlers.onExit('the cluster worker crashed');

    expect(links.links).toHaveLength(2);
    expect(links.links[0]?.closed).toBe(true);
    expect(links.current.sent).toEqual([
      {
        type: 'init',
        protocol: 2,
        options: { nodes: 1, seed: 1 },
        replay: {
          inputs: [{ at: 1_000, input: { type: 'kubectl', line: 'run web --image=nginx' } }],
          until: 4_000,
        },
      },
      { type: 'setSpeed', speed: 20 },
    ]);
    const state = store.getState();
    expect(state.engine.phase).toBe('restarting');
    expect(state.engine.notice).toContain('the cluster worker crashed');
    expect(state.console.history).toEqual(['get pods']);
    expect(state.console.entries[0]).toMatchObject({ state: 'failed' });
  });

  it('treats a fatal host error like a death, after applying what came before it', () => {
    const { store, links, session, paint } = setup();
    links.say(ready);
    session.kubectl('run web --image=nginx');
    session.kubectl('get pods');
    links.say({ type: 'changes', batch: [change('ADDED', pod('web'), 2, 'Pending')] });
    links.say({
      type: 'kubectlResult',
      id: 1,
      result: { stdout: 'pod/web created\n', stderr: '', exitCode: 0 },
    });
    links.say({ type: 'error', fatal: true, message: 'advance() blew up' });
    expect(links.links).toHaveLength(2);
    paint();
    const state = store.getState();
    expect(state.engine.notice).toContain('advance() blew up');
    // the picture keeps what it showed while the cluster is rebuilt
    expect(state.mirror.objects.Pod?.['default/web']).toBeDefined();
    expect(state.console.entries.slice(0, 2)).toMatchObject([
      { state: 'done' },
      { state: 'failed' },
    ]);
  });

  it('ignores a dead host that keeps talking', () => {
    const { store, links, paint } = setup();
    const old = links.current;
    old.handlers.onExit('crashed');
    old.handlers.onMessage(ready);
    paint();
    expect(store.getState().engine.phase).toBe('restarting');
  });

  it(`gives up after ${MAX_FAILED_STARTS} starts in a row that never become ready`, () => {
    const { store, links, session } = setup();
    for (let i = 0; i < MAX_FAILED_STARTS; i++) links.current.handlers.onExit('no worker');
    expect(links.links).toHaveLength(MAX_FAILED_STARTS);
    expect(store.getState().engine.phase).toBe('failed');
    session.kubectl('get pods');
    expect(store.getState().console.entries.at(-1)).toMatchObject({
      state: 'failed',
      failure: 'the simulated cluster is not running',
    });
  });

  it('closes its host when stopped', () => {
    const { links, session } = setup();
    session.stop();
    expect(links.current.closed).toBe(true);
  });

  it('resolves a query with the host’s answer, and rejects with its error', async () => {
    const { links, session } = setup();
    links.say(ready);
    const trace = session.query({ type: 'trace', namespace: 'default', name: 'web' });
    const bad = session.query({ type: 'kubectl', line: 'delete pod web' });
    const [first, second] = links.current.sent.filter((m) => m.type === 'query');
    expect(first).toMatchObject({ query: { type: 'trace', name: 'web' } });
    links.say({ type: 'answer', id: first?.type === 'query' ? first.id : 0, value: null });
    links.say({
      type: 'answer',
      id: second?.type === 'query' ? second.id : 0,
      error: '"delete" is not a read-only command',
    });
    await expect(trace).resolves.toBeNull();
    await expect(bad).rejects.toThrow('"delete" is not a read-only command');
  });

  it('sends faults and requests as journaled inputs', async () => {
    const { links, session } = setup();
    links.say(ready);
    const stopped = session.fault({ action: 'stopNode', node: 'node-1' });
    const served = session.sendRequests('web', { count: 3 });
    const inputs = links.current.sent.filter((m) => m.type === 'input');
    expect(inputs.map((m) => m.type === 'input' && m.input)).toEqual([
      { type: 'fault', fault: { action: 'stopNode', node: 'node-1' } },
      { type: 'request', service: 'web', count: 3 },
    ]);
    for (const m of inputs)
      if (m.type === 'input')
        links.say({ type: 'answer', id: m.id, value: m.input.type === 'fault' ? null : [] });
    await expect(stopped).resolves.toBeUndefined();
    await expect(served).resolves.toEqual([]);
  });

  it('fails what is still waiting when the host dies', async () => {
    const { links, session } = setup();
    links.say(ready);
    const pending = session.query({ type: 'kubectl', line: 'get pods' });
    links.current.handlers.onExit('crashed');
    await expect(pending).rejects.toThrow('the cluster stopped (crashed)');
  });

  it('leaves out the last input when a rebuilt cluster dies again, then starts from scratch', () => {
    const { store, links } = setup();
    links.say(ready);
    const entry = (at: number, line: string) =>
      ({ type: 'journal', entry: { at, input: { type: 'kubectl', line } } }) as const;
    links.say(entry(100, 'run a --image=nginx'));
    links.say(entry(200, 'run b --image=nginx'));
    links.say({ type: 'clock', now: 900, paused: false, speed: 1 });
    links.current.handlers.onExit('crashed');
    const init = (i: number) => links.links[i]?.sent.find((m) => m.type === 'init');
    expect(init(1)).toMatchObject({ replay: { until: 900 } });
    links.say({ ...ready, clock: { now: 900, paused: false, speed: 1 } });
    links.current.handlers.onExit('crashed again');
    expect(init(2)).toMatchObject({
      replay: { inputs: [{ at: 100 }], until: 200 },
    });
    links.say(ready);
    links.current.handlers.onExit('and again');
    expect(init(3)).not.toHaveProperty('replay');
    expect(store.getState().journal).toEqual([]);
    expect(store.getState().engine.notice).toContain('could not be rebuilt');
  });

  it('resets to a new cluster with new options, keeping the console history', () => {
    const { store, links, session, paint } = setup();
    links.say(ready);
    links.say({ type: 'journal', entry: { at: 5, input: { type: 'kubectl', line: 'get pods' } } });
    paint();
    session.kubectl('get nodes');
    session.reset({ nodes: 5, era: '2015', seed: 9 });
    expect(links.links[0]?.closed).toBe(true);
    expect(links.current.sent[0]).toEqual({
      type: 'init',
      protocol: 2,
      options: { nodes: 5, era: '2015', seed: 9 },
    });
    expect(session.options).toEqual({ nodes: 5, era: '2015', seed: 9 });
    const state = store.getState();
    expect(state.journal).toEqual([]);
    expect(state.engine.phase).toBe('starting');
    expect(state.console.history).toEqual(['get nodes']);
  });

  it('keeps what is selected and hovered in the store', () => {
    const { store, session } = setup();
    session.select({ kind: 'Pod', id: 'default/web' });
    session.hover({ type: 'label', key: 'app', value: 'web' });
    expect(store.getState().ui).toEqual({
      selected: { kind: 'Pod', id: 'default/web' },
      hover: { type: 'label', key: 'app', value: 'web' },
    });
  });

  it('stops the streaming command on interrupt (Ctrl-C), echoing ^C', () => {
    const { store, links, session, paint } = setup();
    links.say(ready);
    session.kubectl('logs -f web');
    const sent = links.current.sent.find((m) => m.type === 'kubectl');
    const id = sent?.type === 'kubectl' ? sent.id : 0;
    links.say({ type: 'kubectlResult', id, result: { stdout: 'a\n', stderr: '', exitCode: 0 } });
    links.say({ type: 'kubectlOutput', id, text: 'b\n' });
    paint();
    session.interrupt();
    expect(links.current.sent.at(-1)).toEqual({ type: 'stopStream', id });
    expect(store.getState().console.entries.at(-1)).toMatchObject({
      stdout: 'a\nb\n^C\n',
      streaming: true,
    });
    links.say({ type: 'kubectlOutput', id, text: '', end: true });
    paint();
    expect(store.getState().console.entries.at(-1)).toMatchObject({ streaming: false });
    // nothing streams now: another Ctrl-C sends nothing
    const count = links.current.sent.length;
    session.interrupt();
    expect(links.current.sent).toHaveLength(count);
  });
});
