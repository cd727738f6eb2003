/**
 * For tests only: run one of Monaco's language workers (monaco-yaml's, or Monaco's own JSON
 * worker) in Node, speaking Monaco's worker protocol as the page's editor does — requests in
 * through `onmessage`, replies out through `postMessage` — so a test sees the markers,
 * completions and hovers a student would see, without a browser. One worker per test file:
 * Monaco's worker server starts once per module graph.
 */
export interface Position {
  line: number;
  character: number;
}

export interface LanguageWorker {
  /** Markers as `line: message`, lines 1-based. */
  markers(text: string): Promise<string[]>;
  /** Completion labels at the `|` in `text`. */
  completions(text: string): Promise<string[]>;
  /** The hover's markdown at the `|` in `text`. */
  hover(text: string): Promise<string>;
}

interface Reply {
  type: number;
  seq: string;
  res?: unknown;
  err?: unknown;
}

/**
 * @param load imports the worker module (it registers itself on `self.onmessage`)
 * @param createData what the page passes when it creates the worker (the language settings)
 */
export async function startWorker(
  load: () => Promise<unknown>,
  createData: unknown,
  extension: 'yaml' | 'json',
): Promise<LanguageWorker> {
  const g = globalThis as unknown as Record<string, unknown>;
  const pending = new Map<string, (reply: Reply) => void>();
  let seq = 0;
  const request = (method: string, args: unknown[]): Promise<unknown> => {
    const req = String(++seq);
    const reply = new Promise<unknown>((resolve, reject) =>
      pending.set(req, (r) => (r.err ? reject(new Error(JSON.stringify(r.err))) : resolve(r.res))),
    );
    (g['onmessage'] as (e: unknown) => void)({
      data: { vsWorker: 1, req, channel: 'default', method, args, type: 0 },
    });
    return reply;
  };

  g['self'] = globalThis;
  await load();
  // Only now: at import time Monaco would take a global postMessage for a browser's.
  g['postMessage'] = (msg: Reply) => {
    if (msg.type === 1) pending.get(msg.seq)?.(msg);
  };
  // The first message starts Monaco's worker server.
  (g['onmessage'] as (e: unknown) => void)({ data: null });
  await request('$initialize', [1, null, null]);
  // Cloned as postMessage would: the language servers rewrite the schemas they are given.
  await request('$loadForeignModule', ['worker', structuredClone(createData), []]);

  let count = 0;
  /** Open a document; `|` marks the cursor. */
  const open = (text: string): { uri: string; at: Position } => {
    const uri = `file:///doc${++count}.${extension}`;
    const offset = text.indexOf('|');
    const clean = offset < 0 ? text : text.slice(0, offset) + text.slice(offset + 1);
    void request('$acceptNewModel', [
      { url: uri, versionId: 1, lines: clean.split('\n'), EOL: '\n' },
    ]);
    const before = clean.slice(0, Math.max(offset, 0)).split('\n');
    const last = before[before.length - 1] ?? '';
    return { uri, at: { line: before.length - 1, character: last.length } };
  };
  const call = (method: string, args: unknown[]): Promise<unknown> =>
    request('$fmr', [method, args]);

  return {
    async markers(text) {
      const found = (await call('doValidation', [open(text).uri])) as {
        message: string;
        range: { start: Position };
      }[];
      return found.map((d) => `${d.range.start.line + 1}: ${d.message}`);
    },
    async completions(text) {
      const { uri, at } = open(text);
      const list = (await call('doComplete', [uri, at])) as { items: { label: string }[] } | null;
      return (list?.items ?? []).map((i) => i.label);
    },
    async hover(text) {
      const { uri, at } = open(text);
      const h = (await call('doHover', [uri, at])) as {
        contents: { value: string } | { value: string }[] | string[];
      } | null;
      if (!h) return '';
      const parts = Array.isArray(h.contents) ? h.contents : [h.contents];
      return parts.map((p) => (typeof p === 'string' ? p : p.value)).join('\n\n');
    },
  };
}
