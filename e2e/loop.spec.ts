/**
 * The control loop made visible: packets between components, and step mode with its caption
 * telling the story of one pod, message by message.
 */
import type { Page } from '@playwright/test';
import { expect, kubectl, openCluster, test } from './fixtures';

const loopSwitch = (page: Page) => page.getByRole('switch', { name: 'Control loop' });
const stepSwitch = (page: Page) => page.getByRole('switch', { name: 'Step mode' });
const caption = (page: Page) => page.locator('[data-loop-caption]');
const packets = (page: Page) => page.locator('[data-picture-overlay] [data-packet]');

// a dev server's first page load compiles the page: do it before the timed scenes
test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL } = testInfo.project.use;
  const page = await browser.newPage(baseURL ? { baseURL } : {});
  await page.goto('/');
  await page.locator('[data-engine-phase="ready"]').waitFor({ timeout: 60_000 });
  await page.close();
});

test('with the control loop on, a kubectl command sends packets between the components', async ({
  page,
}) => {
  await openCluster(page);
  // on by default for a small cluster
  await expect(loopSwitch(page)).toHaveAttribute('aria-checked', 'true');
  await kubectl(page, 'kubectl run web --image=nginx');
  await expect(packets(page).first()).toBeAttached();
  // each packet knows its ends and its kind of step
  const first = packets(page).first();
  await expect(first).toHaveAttribute('data-step', /request|write|watch|decision|runtime/);
  await expect(caption(page)).not.toBeEmpty();

  // off: no more packets, and the host stops sending
  await loopSwitch(page).click();
  await expect(loopSwitch(page)).toHaveAttribute('aria-checked', 'false');
  await kubectl(page, 'kubectl run db --image=redis');
  await expect(packets(page)).toHaveCount(0);
});

test('step mode walks through the control loop for one pod, one message at a time', async ({
  page,
}) => {
  await openCluster(page);
  await stepSwitch(page).click();
  await expect(stepSwitch(page)).toHaveAttribute('aria-checked', 'true');
  // the cluster waits for the student
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await kubectl(page, 'kubectl run web --image=nginx');
  const position = page.locator('[data-loop-position]');
  await expect(position).toHaveText(/\d+ messages? waiting/);

  const next = page.getByRole('button', { name: 'Next message' });
  const story = [
    /^kubectl asked the API server to create pod web\.$/,
    /^The API server stored pod web in etcd/,
    /^The scheduler was told of pod web by its watch \(ADDED\)/,
    /^The scheduler bound web to node-\d/,
    /^The kubelet on node-\d was told of pod web by its watch/,
    /^The kubelet on node-\d asked containerd to pull image nginx/,
    /^The kubelet on node-\d asked containerd to start container web of pod web\.$/,
  ];
  let chapter = 0;
  let shown = '';
  for (let press = 0; press < 150 && chapter < story.length; press++) {
    await (press % 2 ? page.keyboard.press('n') : next.click());
    await expect(caption(page)).not.toHaveAttribute('data-loop-shown', shown);
    shown = (await caption(page).getAttribute('data-loop-shown')) ?? '';
    await expect(position).toHaveText(/^message \d+ of \d+$/);
    const [, n, m] = /message (\d+) of (\d+)/.exec((await position.textContent()) ?? '') ?? [];
    expect(Number(n)).toBeLessThanOrEqual(Number(m));
    const text = (await caption(page).textContent()) ?? '';
    if (story[chapter]?.test(text)) {
      // the binding's caption gives the scheduler's reason once its trace has come
      if (chapter === 3) await expect(caption(page)).toHaveText(/bound web to node-\d: .+/);
      // the step's packet is drawn (both its ends are in the picture)
      await expect(packets(page).first()).toBeAttached();
      chapter++;
    }
  }
  expect(chapter, `the caption reached: ${String(story[chapter])}`).toBe(story.length);
  // the clock stayed paused all along
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('in step mode the picture pans to bring each message’s receiver into view', async ({
  page,
}) => {
  await openCluster(page);
  // step mode first: zoomed in, its switch (in the picture) may be out of view
  await stepSwitch(page).click();
  // zoomed in far: most of the picture is out of view
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(400);
  const view = page.getByRole('main', { name: 'Cluster' });
  const pan = await view.getAttribute('data-pan');
  await kubectl(page, 'kubectl run web --image=nginx');
  // by the time the kubelet starts the container, the picture has moved to show it (the
  // key works wherever the picture has panned the caption's button to)
  await page.getByRole('textbox', { name: 'kubectl' }).press('Escape');
  for (let press = 0; press < 60; press++) {
    await page.keyboard.press('n');
    await page.waitForTimeout(100);
    if ((await view.getAttribute('data-pan')) !== pan) break;
  }
  await expect(view).not.toHaveAttribute('data-pan', pan ?? '');
});

test('with reduced motion, packets do not move: both ends are outlined', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openCluster(page);
  await stepSwitch(page).click();
  await kubectl(page, 'kubectl run web --image=nginx');
  await page.getByRole('button', { name: 'Next message' }).click();
  await expect(caption(page)).toHaveText(/^kubectl asked the API server to create pod web\.$/);
  const packet = packets(page).first();
  await expect(packet).toBeAttached();
  await expect(packet).not.toHaveAttribute('transform', /.*/);
  await expect(packet.locator('[data-loop-outline]')).toHaveCount(2);
});

test('step mode ends when the student presses Play; the loop is off by default on a big cluster', async ({
  page,
}) => {
  await openCluster(page);
  await stepSwitch(page).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(stepSwitch(page)).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  await openCluster(page, '?nodes=11');
  await expect(loopSwitch(page)).toHaveAttribute('aria-checked', 'false');
  await expect(stepSwitch(page)).toHaveCount(0);
});
