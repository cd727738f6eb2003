import { describe, expect, it } from 'vitest';
import { DEAD_AFTER_MS, PING_EVERY_MS, connectEngine, type WorkerLike } from './connection';
import type { EngineLink, HostMessage, LinkHandlers, PageMessage } from './protocol';

class FakeWorker implements WorkerLike {
  sent: PageMessage[] = [];
  terminated = false;
  /** Answer pings as a live host does. */
  alive = false;
  onmessage: ((event: MessageEvent<HostMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent | Event) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  postMessage(message: PageMessage): void {
    this.sent.push(message);
    if (this.alive && message.type === 'ping') this.say({ type: 'pong', id: message.id });
  }
  terminate(): void {
    this.terminated = true;
  }
  say(data: HostMessage): void {
    this.onmessage?.({ data } as MessageEvent<HostMessage>);
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as unknown as ErrorEvent);
  }
}

const clock: HostMessage = { type: 'clock', now: 16, paused: false, speed: 1 };
const init: PageMessage = { type: 'init', protocol: 2, options: {} };

function setup(createWorker: () => WorkerLike | undefined) {
  const heard: HostMessage[] = [];
  const exits: string[] = [];
  const inlineSent: PageMessage[] = [];
  let inlineStarts = 0;
  let now = 0;
  let tick: (() => void) | undefined;
  const link = connectEngine(
    { onMessage: (m) => heard.push(m), onExit: (r) => exits.push(r) },
    {
      createWorker,
      startInline: async (_handlers: LinkHandlers): Promise<EngineLink> => {
        inlineStarts++;
        return { send: (m) => inlineSent.push(m), close() {} };
      },
      now: () => now,
      every: (run, ms) => {
        expect(ms).toBe(PING_EVERY_MS);
        tick = run;
        return () => (tick = undefined);
      },
    },
  );
  const passTicks = (count: number) => {
    for (let i = 0; i < count; i++) {
      now += PING_EVERY_MS;
      tick?.();
    }
  };
  return { link, heard, exits, inlineSent, inlineStarts: () => inlineStarts, passTicks };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('connecting to a cluster host', () => {
  it('uses the worker and passes its messages on', () => {
    const worker = new FakeWorker();
    const { link, heard, inlineStarts } = setup(() => worker);
    link.send(init);
    worker.say(clock);
    expect(worker.sent).toEqual([init]);
    expect(heard).toEqual([clock]);
    expect(inlineStarts()).toBe(0);
  });

  it('runs on the page when there is no Worker, with nothing sent lost', async () => {
    const { link, inlineSent } = setup(() => undefined);
    link.send(init);
    await settle();
    link.send({ type: 'play' });
    expect(inlineSent).toEqual([init, { type: 'play' }]);
  });

  it('runs on the page when the Worker refuses to start', async () => {
    const { link, inlineSent } = setup(() => {
      throw new Error('SecurityError');
    });
    link.send(init);
    await settle();
    expect(inlineSent).toEqual([init]);
  });

  it('falls back to the page when the worker fails before saying anything', async () => {
    const worker = new FakeWorker();
    const { link, exits, inlineSent } = setup(() => worker);
    link.send(init);
    link.send({ type: 'kubectl', id: 1, line: 'get nodes' });
    worker.crash('failed to fetch module');
    await settle();
    expect(worker.terminated).toBe(true);
    expect(exits).toEqual([]);
    expect(inlineSent).toEqual([init, { type: 'kubectl', id: 1, line: 'get nodes' }]);
  });

  it('reports a worker that crashes after it started', () => {
    const worker = new FakeWorker();
    const { exits, heard } = setup(() => worker);
    worker.say(clock);
    worker.crash('out of memory');
    worker.say(clock);
    expect(exits).toEqual(['the cluster worker crashed: out of memory']);
    expect(worker.terminated).toBe(true);
    expect(heard).toEqual([clock]);
  });

  it('pings a running worker and keeps the pongs to itself', () => {
    const worker = new FakeWorker();
    const { heard, exits, passTicks } = setup(() => worker);
    worker.say(clock);
    worker.alive = true;
    passTicks(20);
    expect(worker.sent.filter((m) => m.type === 'ping').length).toBeGreaterThanOrEqual(10);
    expect(heard).toEqual([clock]);
    expect(exits).toEqual([]);
  });

  it(`declares a worker dead after ${DEAD_AFTER_MS / 1000} s without an answer`, () => {
    const worker = new FakeWorker();
    const { exits, passTicks } = setup(() => worker);
    worker.say(clock);
    passTicks(DEAD_AFTER_MS / PING_EVERY_MS);
    expect(exits).toEqual([]);
    passTicks(1);
    expect(exits).toEqual([`the cluster worker stopped answering for ${DEAD_AFTER_MS / 1000} s`]);
    expect(worker.terminated).toBe(true);
  });

  it('terminates the worker when closed, and reports no exit', () => {
    const worker = new FakeWorker();
    const { link, exits } = setup(() => worker);
    link.close();
    worker.crash('late');
    expect(worker.terminated).toBe(true);
    expect(exits).toEqual([]);
  });
});
