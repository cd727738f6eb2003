/**
 * The cluster picture: the master, the minions with their pods, pan/zoom, big clusters, and
 * selection by keyboard. Objects are found by accessible names and the data attributes of the
 * page's contract (DESIGN.md), never by layout or CSS classes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, kubectl, openCluster, setManifest, test } from './fixtures';

const picture = (page: Page) => page.getByRole('main', { name: 'Cluster' });

test('the master draws its four components with their health, and kubectl', async ({ page }) => {
  await openCluster(page);
  for (const name of ['apiserver', 'etcd', 'scheduler', 'controller-manager']) {
    const component = page.getByRole('group', { name: new RegExp(`^Component ${name}\\b`) });
    await expect(component).toHaveAttribute('data-kind', 'Component');
    await expect(component).toHaveAttribute('data-status', 'Running');
  }
  await expect(page.locator('[data-kind="Kubectl"][data-name="kubectl"]')).toBeVisible();
  // etcd tells how many keys it holds and the latest resourceVersion
  const etcd = page.getByRole('group', { name: /^Component etcd\b/ });
  await expect(etcd).toContainText(/\d+ keys · rv \d+/);
});

test('each node shows its agents, its address and cAdvisor figures', async ({ page }) => {
  await openCluster(page);
  const node = page.getByRole('group', { name: /^Node node-2\b/ });
  await expect(node).toHaveAttribute('data-status', 'Ready');
  for (const kind of ['Kubelet', 'Proxy', 'Runtime']) {
    await expect(node.locator(`[data-kind="${kind}"][data-name="node-2"]`)).toHaveCount(1);
  }
  await expect(node.getByRole('group', { name: /^Runtime node-2, containerd\b/ })).toBeVisible();
  await expect(node).toContainText(/CPU \d+m \/ \d/);
  await expect(node).toContainText(/Memory \S+ \/ \S+/);
});

test('a deployment of 6 replicas spreads its pods over the 3 nodes', async ({ page }) => {
  await openCluster(page);
  await kubectl(page, 'kubectl create deployment web --image=nginx --replicas=6');
  const pods = page.locator('[data-kind="Pod"][data-name^="web-"]');
  await expect(pods).toHaveCount(6);
  // every pod ends up inside a Node element, with data-node naming that node
  for (const node of ['node-1', 'node-2', 'node-3']) {
    const nodeBox = page.locator(`[data-kind="Node"][data-name="${node}"]`);
    await expect(nodeBox.locator('[data-kind="Pod"]')).not.toHaveCount(0);
    const inside = nodeBox.locator('[data-kind="Pod"]');
    for (const pod of await inside.all()) await expect(pod).toHaveAttribute('data-node', node);
  }
  // each pod carries its containers, and they reach Running
  const first = pods.first();
  await expect(first.locator('[data-kind="Container"][data-name="nginx"]')).toHaveCount(1);
  await expect(first).toHaveAttribute('data-status', 'Running', { timeout: 20_000 });
  await expect(first.locator('[data-kind="Container"]')).toHaveAttribute('data-status', 'Running');
});

test('2015: a replication controller of 6 spreads over the nodes, each pod keeping its place', async ({
  page,
}) => {
  // without motion, so boxes are measured where they stand, not mid-flight
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openCluster(page, '?era=2015');
  // the 2015 minion runs Docker
  await expect(page.getByRole('group', { name: /^Runtime node-1, docker\b/ })).toBeVisible();
  await kubectl(page, 'kubectl run-container web --image=nginx --replicas=3');
  const pods = page.locator('[data-kind="Node"] [data-kind="Pod"][data-controller="web"]');
  await expect(pods).toHaveCount(3);
  // where each pod sits inside its node, before the RC grows
  const placeInNode = () =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-kind="Node"] [data-kind="Pod"]')].map((pod) => {
          const node = pod.closest('[data-kind="Node"]')?.getBoundingClientRect();
          const box = pod.getBoundingClientRect();
          return [
            pod.getAttribute('data-name'),
            `${box.left - (node?.left ?? 0)},${box.top - (node?.top ?? 0)}`,
          ];
        }),
      ),
    );
  const before = await placeInNode();
  await kubectl(page, 'kubectl resize --replicas=6 rc web');
  await expect(pods).toHaveCount(6);
  const nodesUsed = new Set(
    await pods.evaluateAll((all) => all.map((p) => p.getAttribute('data-node'))),
  );
  expect(nodesUsed.size).toBe(3);
  const after = await placeInNode();
  for (const [name, place] of Object.entries(before)) expect(after[name]).toBe(place);
});

test('a cordoned node says Ready,SchedulingDisabled', async ({ page }) => {
  await openCluster(page);
  await kubectl(page, 'kubectl cordon node-2');
  const node = page.getByRole('group', { name: /^Node node-2\b/ });
  await expect(node).toHaveAttribute('data-status', 'Ready,SchedulingDisabled');
  await expect(node).toContainText('Ready,SchedulingDisabled');
});

test('a new pod appears, then sits in a node with data-node set', async ({ page }) => {
  await openCluster(page);
  await page.getByRole('button', { name: 'Pause' }).click();
  await kubectl(page, 'kubectl run solo --image=nginx');
  const pod = page.getByRole('group', { name: /^Pod solo\b/ });
  // paused, the scheduler has not run: the pod waits in the Pending area, on no node
  await expect(pod).toHaveAttribute('data-node', '');
  await expect(pod).toHaveAttribute('data-status', 'Pending');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(pod).toHaveAttribute('data-node', /^node-\d$/);
  const node = await pod.getAttribute('data-node');
  await expect(
    page.locator(`[data-kind="Node"][data-name="${node}"] [data-kind="Pod"][data-name="solo"]`),
  ).toHaveCount(1);
});

test('a pod bound by the scheduler travels from the Pending area to its node', async ({ page }) => {
  await openCluster(page);
  await page.getByRole('button', { name: 'Pause' }).click();
  await kubectl(page, 'kubectl run mover --image=nginx');
  await expect(page.locator('[data-kind="Pod"][data-name="mover"]')).toHaveAttribute(
    'data-node',
    '',
  );
  // watch for the pod's element inside a node, and note how it moves in
  await page.evaluate(() => {
    const w = window as unknown as { moves?: string[] };
    new MutationObserver((_, observer) => {
      const pod = document.querySelector('[data-kind="Node"] [data-kind="Pod"][data-name="mover"]');
      if (!pod) return;
      observer.disconnect();
      w.moves = pod
        .getAnimations()
        .map((a) => String((a.effect as KeyframeEffect).getKeyframes()[0]?.transform ?? ''));
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { moves?: string[] }).moves))
    .toEqual([expect.stringMatching(/^translate\(/)]);
});

test('an unschedulable pod waits in the Pending area with the scheduler’s reason', async ({
  page,
}) => {
  await openCluster(page);
  await applyManifest(
    page,
    `apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: big
    image: nginx
    resources:
      requests:
        cpu: "64"
`,
  );
  const pod = page.getByRole('group', { name: /^Pod big\b/ });
  await expect(pod).toHaveAttribute('data-status', 'Pending');
  await expect(pod).toHaveAttribute('data-node', '');
  await expect(pod).toContainText(/0\/3 nodes are available/);
});

test('emptyDir volumes are drawn in their pod, linked to the containers that mount them', async ({
  page,
}) => {
  await openCluster(page);
  await applyManifest(
    page,
    `apiVersion: v1
kind: Pod
metadata:
  name: shared
spec:
  volumes:
  - name: scratch
    emptyDir: {}
  containers:
  - name: writer
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
    volumeMounts:
    - name: scratch
      mountPath: /out
  - name: reader
    image: nginx
    volumeMounts:
    - name: scratch
      mountPath: /usr/share/nginx/html
`,
  );
  const pod = page.getByRole('group', { name: /^Pod shared\b/ });
  const volume = pod.getByRole('group', { name: /^Volume scratch\b/ });
  await expect(volume).toHaveAttribute('data-kind', 'Volume');
  await expect(page.locator('[data-link="volume"]')).toHaveCount(2);
  await expect(page.locator('[data-link="volume"]').first()).toContainText(/^\/(out|usr)/);
});

test('40 nodes draw as compact tiles in a grid, pods inside their nodes', async ({ page }) => {
  test.setTimeout(60_000);
  // measured without motion: a pod travelling in from the Pending area is outside any node
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openCluster(page, '?nodes=40');
  const nodes = page.locator('[data-kind="Node"]');
  await expect(nodes).toHaveCount(40);
  await expect(nodes.first()).toHaveAttribute('data-compact', 'true');
  await kubectl(page, 'kubectl create deployment many --image=nginx --replicas=120');
  await expect(page.locator('[data-kind="Pod"][data-node^="node-"]')).toHaveCount(120, {
    timeout: 30_000,
  });
  // the grid wraps (never one column) and no pod spills out of its node
  const layout = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll('[data-kind="Node"]')].map((n) => {
      const box = n.getBoundingClientRect();
      const spills = [...n.querySelectorAll('[data-kind="Pod"]')].some((p) => {
        const b = p.getBoundingClientRect();
        return (
          b.left < box.left - 0.5 ||
          b.right > box.right + 0.5 ||
          b.top < box.top - 0.5 ||
          b.bottom > box.bottom + 0.5
        );
      });
      return { left: Math.round(box.left), spills };
    });
    return { columns: new Set(boxes.map((b) => b.left)).size, spills: boxes.some((b) => b.spills) };
  });
  expect(layout.columns).toBeGreaterThan(1);
  expect(layout.spills).toBe(false);
  // a compact pod still holds its container (DESIGN.md), with its state
  await expect(
    page.locator(
      '[data-kind="Pod"][data-compact="true"] [data-kind="Container"][data-name="nginx"]',
    ),
  ).toHaveCount(120);
});

test('the picture fits itself as it grows, until the student zooms by hand', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openCluster(page, '?nodes=3');
  const view = picture(page);
  const zoom = async (): Promise<number> => Number(await view.getAttribute('data-zoom'));
  await page.waitForTimeout(400);
  const before = await zoom();
  await kubectl(page, 'kubectl create deployment web --image=nginx --replicas=45');
  // more pods, taller nodes: the picture zooms out to keep them all in view
  await expect.poll(zoom, { timeout: 20_000 }).toBeLessThan(before);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(400);
  const chosen = await zoom();
  await kubectl(page, 'kubectl scale deployment web --replicas=90');
  await page.waitForTimeout(3_000);
  // the student's own zoom stays
  expect(await zoom()).toBeCloseTo(chosen, 2);
});

test('Zoom in, Zoom out and Fit move the picture', async ({ page }) => {
  await openCluster(page);
  const view = picture(page);
  await page.waitForTimeout(400); // a first fit may still be gliding
  const zoom = async (): Promise<number> => Number(await view.getAttribute('data-zoom'));
  const fitted = await zoom();
  expect(fitted).toBeGreaterThan(0);
  expect(fitted).toBeLessThanOrEqual(1);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(zoom).toBeCloseTo(Math.min(3, fitted * 1.25), 1);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(zoom).toBeCloseTo(fitted / 1.25, 1);
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect.poll(zoom).toBeCloseTo(fitted, 1);
  await page.waitForTimeout(400); // the fit's 250 ms glide
  // keyboard: + and - while the picture has focus
  await page.getByRole('group', { name: /^Node node-1\b/ }).focus();
  const before = Number(await view.getAttribute('data-zoom'));
  await page.keyboard.press('+');
  await expect
    .poll(async () => Number(await view.getAttribute('data-zoom')))
    .toBeGreaterThan(before);
  // dragging pans
  const pan = await view.getAttribute('data-pan');
  const box = await view.boundingBox();
  if (!box) throw new Error('the picture has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 60);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height - 120, { steps: 5 });
  await page.mouse.up();
  await expect(view).not.toHaveAttribute('data-pan', pan ?? '');
});

test('Enter on a focused pod selects it; the Inspector shows it', async ({ page }) => {
  await openCluster(page);
  await kubectl(page, 'kubectl run picked --image=nginx');
  const pod = picture(page).getByRole('group', { name: /^Pod picked\b/ });
  await expect(pod).toHaveAttribute('data-node', /^node-/);
  await pod.focus();
  await page.keyboard.press('Enter');
  await expect(pod).toHaveAttribute('data-selected', 'true');
  // the region labelled Inspector (DESIGN.md), whatever its landmark role
  await expect(page.getByLabel('Inspector', { exact: true })).toContainText('Pod picked');
  // arrow keys walk to the next drawn object, Enter selects it instead
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(pod).not.toHaveAttribute('data-selected', 'true');
});

test('with reduced motion the picture still shows pods arriving and leaving', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openCluster(page);
  await kubectl(page, 'kubectl create deployment calm --image=nginx --replicas=3');
  const pods = page.locator('[data-kind="Pod"][data-name^="calm-"]');
  await expect(pods).toHaveCount(3);
  await expect(pods.first()).toHaveAttribute('data-node', /^node-/);
  await kubectl(page, 'kubectl scale deployment calm --replicas=1');
  await page.getByRole('radio', { name: '60×' }).click();
  await expect(pods).toHaveCount(1, { timeout: 20_000 });
});

async function applyManifest(page: Page, text: string): Promise<void> {
  const editor = page.getByRole('region', { name: 'Manifest editor' });
  await setManifest(page, text);
  await editor.getByRole('button', { name: 'Apply' }).click();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the picture has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openCluster(page);
    await kubectl(page, 'kubectl create deployment web --image=nginx --replicas=4');
    await expect(page.locator('[data-kind="Pod"][data-status="Running"]')).toHaveCount(4, {
      timeout: 20_000,
    });
    const result = await new AxeBuilder({ page }).include('main[aria-label="Cluster"]').analyze();
    const serious = result.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
