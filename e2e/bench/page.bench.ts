/**
 * The page under churn: 50 nodes, 1,000 pods, 10% of them replaced every simulated second.
 * Prints frame-time percentiles and dropped frames while the picture follows, and the time
 * from pressing Enter on a kubectl command to the picture drawing its result.
 */
import { test, type Page } from '@playwright/test';

const NODES = 50;
const DEPLOYMENTS = 10;
const REPLICAS = 100;
const CHURN_SECONDS = 20;
const FRAME_MS = 1000 / 60;

async function kubectl(page: Page, line: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'kubectl' });
  await input.fill(line);
  await input.press('Enter');
  await page.waitForFunction(
    () =>
      document.querySelector('[role="log"] .entry:last-child')?.getAttribute('data-state') !==
      'running',
  );
}

const running = (page: Page): Promise<number> =>
  page.evaluate(() => document.querySelectorAll('[data-kind="Pod"][data-status="Running"]').length);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

test('bench: 50 nodes and 1,000 pods churning, and command-to-picture time', async ({ page }) => {
  const t0 = Date.now();
  await page.setViewportSize({ width: 1600, height: 1000 });
  // BENCH_REDUCED_MOTION=1: the same load with motion off, to see what the motion costs
  if (process.env.BENCH_REDUCED_MOTION) await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/?nodes=${NODES}&seed=1`);
  await page.waitForSelector('[data-engine-phase="ready"]');
  await page.getByRole('radio', { name: '60×' }).click();
  for (let i = 1; i <= DEPLOYMENTS; i++)
    await kubectl(
      page,
      `kubectl create deployment churn-${i} --image=nginx --replicas=${REPLICAS}`,
    );
  while ((await running(page)) < DEPLOYMENTS * REPLICAS) await page.waitForTimeout(500);
  const upMs = Date.now() - t0;
  await page.getByRole('radio', { name: '1×' }).click();

  // frame times while 10% of the pods are replaced each simulated second
  await page.evaluate(() => {
    const w = window as unknown as { frameDeltas: number[]; frameStop: boolean };
    w.frameDeltas = [];
    w.frameStop = false;
    let last = performance.now();
    const tick = (now: number): void => {
      w.frameDeltas.push(now - last);
      last = now;
      if (!w.frameStop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const churnStart = Date.now();
  for (let s = 0; s < CHURN_SECONDS; s++) {
    const names = await page.evaluate(
      (count) =>
        [...document.querySelectorAll('[data-kind="Pod"][data-status="Running"]')]
          .slice(0, count)
          .map((e) => e.getAttribute('data-name')),
      (DEPLOYMENTS * REPLICAS) / 10,
    );
    await kubectl(page, `kubectl delete pod ${names.join(' ')} --wait=false`);
    const wait = churnStart + (s + 1) * 1000 - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
  }
  const deltas = await page.evaluate(() => {
    const w = window as unknown as { frameDeltas: number[]; frameStop: boolean };
    w.frameStop = true;
    return w.frameDeltas.slice(1);
  });
  const sorted = [...deltas].sort((a, b) => a - b);
  const dropped = deltas.reduce((n, d) => n + Math.max(0, Math.round(d / FRAME_MS) - 1), 0);

  // command to picture: Enter pressed → the new pod's element is in the picture
  const latencies: number[] = [];
  for (let i = 1; i <= 10; i++) {
    const name = `probe-${i}`;
    const input = page.getByRole('textbox', { name: 'kubectl' });
    await input.fill(`kubectl run ${name} --image=nginx`);
    const waited = page.evaluate(
      (podName) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const input = document.querySelector('input[aria-label="kubectl"]');
          let pressed = start;
          input?.addEventListener('keydown', () => (pressed = performance.now()), { once: true });
          const found = (): boolean =>
            document.querySelector(`[data-kind="Pod"][data-name="${podName}"]`) !== null;
          const observer = new MutationObserver(() => {
            if (found()) {
              observer.disconnect();
              resolve(performance.now() - pressed);
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
        }),
      name,
    );
    await input.press('Enter');
    latencies.push(await waited);
    await page.waitForTimeout(300);
  }
  latencies.sort((a, b) => a - b);

  const f = (n: number): string => n.toFixed(1);
  console.log(
    [
      `bench:page — ${NODES} nodes, ${DEPLOYMENTS * REPLICAS} pods, headless Chromium${process.env.BENCH_REDUCED_MOTION ? ', reduced motion' : ''}`,
      `  all ${DEPLOYMENTS * REPLICAS} pods Running (at 60×) after ${(upMs / 1000).toFixed(1)} s wall`,
      `  churn: ${(DEPLOYMENTS * REPLICAS) / 10} pods deleted and replaced each simulated second for ${CHURN_SECONDS} s at 1× (${deltas.length} frames)`,
      `  frame time ms: p50 ${f(percentile(sorted, 50))}  p90 ${f(percentile(sorted, 90))}  p99 ${f(percentile(sorted, 99))}  max ${f(sorted.at(-1) ?? NaN)}`,
      `  dropped frames: ${dropped} (${f((100 * dropped) / (deltas.length + dropped))}% of ${deltas.length + dropped} vsyncs)`,
      `  kubectl run → pod drawn, ms: median ${f(percentile(latencies, 50))}  max ${f(latencies.at(-1) ?? NaN)}`,
    ].join('\n'),
  );
});
