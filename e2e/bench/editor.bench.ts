/**
 * `npm run bench:editor`: the manifest editor in headless Chromium, against the built page.
 *
 * 1. Page load: when the cluster is drawn and when Monaco is ready (it loads lazily, after),
 *    in fresh browser contexts so nothing comes from the HTTP cache.
 * 2. Keystroke → markers: rounds of one real keystroke that breaks a label value (`web` →
 *    `web-`, which the API server refuses) and one that mends it (Backspace), each timed from
 *    the key event to the Problems list showing the new verdict. The page's worker is watched
 *    (its `validate` query posted, its answer received) to split that time into the wait
 *    before the dry run is sent (the deliberate 300 ms debounce, VALIDATE_DELAY_MS, plus the
 *    keystroke's own handling), the query's round trip through the cluster worker, and the
 *    markers reaching the list.
 *
 * Figures are printed, never asserted (these machines are shared and noisy).
 */
import type { Browser, Page } from '@playwright/test';
import { expect, manifestEditor, monacoReady, setManifest, test } from '../fixtures';

const LOADS = 3;
const WARMUP_ROUNDS = 2;
const ROUNDS = 25;
/** VALIDATE_DELAY_MS in src/ui/editor/monaco/MonacoManifest.tsx (not imported: it is a .tsx). */
const DEBOUNCE_MS = 300;

/** The label value sits last, so after a paste the cursor is just past `web`. */
const MANIFEST = `apiVersion: v1
kind: Pod
spec:
  containers:
  - name: web
    image: nginx
metadata:
  name: bench
  labels:
    app: web`;
const BROKEN = 'Invalid value: "web-"';

/** A file of many documents, the edited label still last: does the dry run grow with it? */
const LARGE_DOCUMENTS = 40;
const LARGE_ROUNDS = 10;
const LARGE_MANIFEST = [
  ...Array.from(
    { length: LARGE_DOCUMENTS - 1 },
    (_, i) => `apiVersion: v1
kind: Pod
metadata:
  name: filler-${i + 1}
  labels:
    app: filler
    tier: backend
spec:
  containers:
  - name: main
    image: nginx:1.27
    ports:
    - containerPort: 80
    resources:
      requests: {cpu: 10m, memory: 16Mi}`,
  ),
  MANIFEST,
].join('\n---\n');

interface Timeline {
  navigation: { drawn?: number; monaco?: number };
  validates: { id: number; posted: number; answered?: number }[];
}

interface Round {
  broke: boolean;
  total: number;
  beforePost: number;
  roundTrip: number;
  afterAnswer: number;
}

/**
 * Runs in the page before its own scripts: notes when the cluster is drawn and Monaco ready,
 * and when each `validate` query goes to the cluster worker and its answer comes back (a
 * listener added as the Worker is made runs before the page's own `onmessage`).
 */
function instrument(): void {
  const timeline: Timeline = { navigation: {}, validates: [] };
  (window as unknown as { benchTimeline: Timeline }).benchTimeline = timeline;

  const NativeWorker = window.Worker;
  const posted = new Map<number, Timeline['validates'][number]>();
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as { type?: unknown; id?: unknown } | null;
        if (data?.type !== 'answer' || typeof data.id !== 'number') return;
        const validate = posted.get(data.id);
        if (validate) validate.answered = performance.now();
      });
    }
    override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
      const m = message as { type?: unknown; id?: unknown; query?: { type?: unknown } } | null;
      if (m?.type === 'query' && m.query?.type === 'validate' && typeof m.id === 'number') {
        const validate = { id: m.id, posted: performance.now() };
        posted.set(m.id, validate);
        timeline.validates.push(validate);
      }
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  };

  const drawn = (): boolean =>
    document.querySelector('[data-engine-phase="ready"]') !== null &&
    document.querySelector('[data-kind="Node"][data-name="node-1"]') !== null;
  const monaco = (): boolean =>
    document.querySelector(
      'section[aria-label="Manifest editor"] [data-testid="monaco"] textarea[aria-label="Manifest pod.yaml"]',
    ) !== null;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (timeline.navigation.drawn === undefined && drawn()) timeline.navigation.drawn = now;
    if (timeline.navigation.monaco === undefined && monaco()) timeline.navigation.monaco = now;
    if (timeline.navigation.drawn !== undefined && timeline.navigation.monaco !== undefined)
      observer.disconnect();
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-engine-phase', 'aria-label', 'data-name'],
  });
}

async function openInstrumented(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1600, height: 1000 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { benchErrors: string[] }).benchErrors = errors;
  await page.goto('/');
  // a loaded machine may take longer than expect's 5 s to bring Monaco in
  await page.waitForFunction(
    () => {
      const { drawn, monaco } = (window as unknown as { benchTimeline: Timeline }).benchTimeline
        .navigation;
      return drawn !== undefined && monaco !== undefined;
    },
    null,
    { timeout: 60_000 },
  );
  await expect(page.getByRole('group', { name: /^Node node-1\b/ })).toBeVisible();
  await monacoReady(page);
  return page;
}

const navigation = (page: Page): Promise<Timeline['navigation']> =>
  page.evaluate(() => (window as unknown as { benchTimeline: Timeline }).benchTimeline.navigation);

/** Press one key in Monaco and time it until the Problems list shows `broke`'s verdict. */
async function timedKeystroke(page: Page, key: string, broke: boolean): Promise<Round> {
  await page.evaluate(
    ({ broke, broken }) => {
      const w = window as unknown as { benchRound: Promise<{ pressed: number; shown: number }> };
      w.benchRound = new Promise((resolve) => {
        let pressed: number | undefined;
        document.addEventListener('keydown', (e) => (pressed = e.timeStamp), {
          capture: true,
          once: true,
        });
        const region = document.querySelector('section[aria-label="Manifest editor"]');
        const shows = (): boolean => {
          if (!region) return false;
          const problems = [...region.querySelectorAll('ul[aria-label="Problems"] li')];
          if (broke) return problems.some((li) => li.textContent?.includes(broken));
          return (
            problems.length === 0 &&
            [...region.querySelectorAll('[role="status"]')].some((s) =>
              s.textContent?.includes('No problems'),
            )
          );
        };
        const observer = new MutationObserver(() => {
          if (pressed === undefined || !shows()) return;
          observer.disconnect();
          resolve({ pressed, shown: performance.now() });
        });
        observer.observe(region ?? document, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      });
    },
    { broke, broken: BROKEN },
  );
  await page.keyboard.press(key);
  const { pressed, shown } = await page.evaluate(
    () =>
      (window as unknown as { benchRound: Promise<{ pressed: number; shown: number }> }).benchRound,
  );
  const validates = await page.evaluate(
    () => (window as unknown as { benchTimeline: Timeline }).benchTimeline.validates,
  );
  // the dry run of this keystroke's text: the last one sent before the verdict showed
  const query = validates.filter((v) => v.posted >= pressed && v.posted <= shown).at(-1);
  const posted = query?.posted ?? NaN;
  const answered = query?.answered ?? NaN;
  return {
    broke,
    total: shown - pressed,
    beforePost: posted - pressed,
    roundTrip: answered - posted,
    afterAnswer: shown - answered,
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ms = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '—').padStart(7);

function row(label: string, values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `    ${label.padEnd(52)}${ms(percentile(sorted, 50))}${ms(percentile(sorted, 90))}${ms(sorted.at(-1) ?? NaN)}`;
}

/** Paste `text` (its label value last), then time `rounds` pairs of breaking/mending keys. */
async function keystrokeRounds(page: Page, text: string, rounds: number): Promise<Round[]> {
  await setManifest(page, text);
  await expect(manifestEditor(page).getByText(/No problems/)).toBeVisible({ timeout: 30_000 });
  const timed: Round[] = [];
  for (let i = 0; i < WARMUP_ROUNDS + rounds; i++) {
    const broke = await timedKeystroke(page, '-', true);
    const mended = await timedKeystroke(page, 'Backspace', false);
    if (i >= WARMUP_ROUNDS) timed.push(broke, mended);
  }
  return timed;
}

function roundsTable(title: string, rounds: readonly Round[]): string[] {
  const pick = (rs: readonly Round[], k: keyof Omit<Round, 'broke'>): number[] =>
    rs.map((r) => r[k]);
  const broke = rounds.filter((r) => r.broke);
  const mended = rounds.filter((r) => !r.broke);
  return [
    `  ${title}`,
    `    ${''.padEnd(52)}${'p50'.padStart(7)}${'p90'.padStart(7)}${'max'.padStart(7)}`,
    row(`keystroke → verdict shown (all ${rounds.length})`, pick(rounds, 'total')),
    row(`  breaking keystroke (${broke.length})`, pick(broke, 'total')),
    row(`  mending keystroke (${mended.length})`, pick(mended, 'total')),
    row(
      `keystroke → dry run sent (${DEBOUNCE_MS} ms debounce + handling)`,
      pick(rounds, 'beforePost'),
    ),
    row('dry run sent → answer back (worker round trip)', pick(rounds, 'roundTrip')),
    row('answer back → Problems list updated (markers)', pick(rounds, 'afterAnswer')),
    row(
      `verdict shown minus the ${DEBOUNCE_MS} ms debounce`,
      pick(rounds, 'total').map((t) => t - DEBOUNCE_MS),
    ),
  ];
}

test('bench: page load to Monaco, and keystroke to markers', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const loads: Timeline['navigation'][] = [];
  let page: Page | undefined;
  for (let i = 0; i < LOADS; i++) {
    if (page) await page.context().close();
    page = await openInstrumented(browser, baseURL ?? '');
    loads.push(await navigation(page));
  }
  if (!page) return;

  const small = await keystrokeRounds(page, MANIFEST, ROUNDS);
  const large = await keystrokeRounds(page, LARGE_MANIFEST, LARGE_ROUNDS);
  const errors = (page as Page & { benchErrors: string[] }).benchErrors;
  expect(errors, 'the page logged errors').toEqual([]);
  await page.context().close();

  const nav = (k: keyof Timeline['navigation']): string =>
    loads.map((l) => ms(l[k] ?? NaN).trim()).join(' / ');
  const lines = (text: string): number => text.split('\n').length;
  console.log(
    [
      `bench:editor — headless Chromium, the built page, ${LOADS} cold loads in fresh contexts`,
      `  page load (ms from navigation start; each load):`,
      `    cluster drawn (engine ready + Node node-1)            ${nav('drawn')}`,
      `    Monaco ready (textbox "Manifest pod.yaml")            ${nav('monaco')}`,
      `  keystroke → Problems list shows the new verdict: rounds of '-' (web → web-, the API server's`,
      `  label error) and Backspace (valid again), after ${WARMUP_ROUNDS} warm-up rounds; ms from the key`,
      `  event to the list's DOM update, split by watching the page's validate query to the worker.`,
      ...roundsTable(`a Pod (${lines(MANIFEST)} lines), ${ROUNDS} rounds:`, small),
      ...roundsTable(
        `${LARGE_DOCUMENTS} Pods in one file (${lines(LARGE_MANIFEST)} lines), ${LARGE_ROUNDS} rounds:`,
        large,
      ),
    ].join('\n'),
  );
});
