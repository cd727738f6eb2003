/**
 * Services, controllers, labels and traffic, as the seeds' redis example shows them (2015 era:
 * `run-container` makes replication controllers; `expose` puts a service in front).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, kubectl, openCluster, test } from './fixtures';

/** Simulated time at 60×: image pulls take a simulated minute or two. */
async function fastForward(page: Page): Promise<void> {
  const fastest = page.getByRole('radio', { name: '60×' });
  await fastest.click();
  await expect(fastest).toBeChecked();
}

const pods = (page: Page) => page.locator('[data-kind="Pod"]');
const service = (page: Page, name: string) =>
  page
    .getByRole('main', { name: 'Cluster' })
    .getByRole('group', { name: new RegExp(`^Service ${name}\\b`) });

async function redisExample(page: Page): Promise<void> {
  await openCluster(page, '?era=2015');
  await kubectl(
    page,
    'kubectl run-container redis-master --image=gurpartap/redis --port=6379 --labels=name=redis',
  );
  await kubectl(page, 'kubectl expose rc redis-master --port=6379 --selector=name=redis');
  await kubectl(
    page,
    'kubectl run-container redisslave --image=brendanburns/redis-slave --replicas=2 --labels=name=redisslave',
  );
  await fastForward(page);
}

test('the redis example: Service redis-master is linked through a proxy to its pod', async ({
  page,
}) => {
  await redisExample(page);
  const box = service(page, 'redis-master');
  await expect(box).toHaveAttribute('data-kind', 'Service');
  await expect(box).toContainText('6379/TCP');
  await expect(box.locator('[data-label-key="name"][data-label-value="redis"]')).toBeVisible();

  const master = pods(page).and(page.locator('[data-controller="redis-master"]'));
  await expect(master).toHaveCount(1);
  await expect(master).toHaveAttribute('data-status', 'Running', { timeout: 20_000 });
  const masterName = (await master.getAttribute('data-name')) ?? '';
  const node = (await master.getAttribute('data-node')) ?? '';
  // the endpoints controller's truth: one ready endpoint, reached through its node's proxy
  await expect(box).toHaveAttribute('data-status', '1');
  const overlay = page.locator('[data-picture-overlay]');
  await expect(
    overlay.locator(`path[data-link="service"][data-service="redis-master"][data-node="${node}"]`),
  ).toHaveCount(1);
  await expect(
    overlay.locator(
      `path[data-link="endpoint"][data-service="redis-master"][data-pod="${masterName}"]`,
    ),
  ).toHaveAttribute('data-ready', 'true');
  await expect(
    overlay.locator('path[data-service="redis-master"][data-link="endpoint"]'),
  ).toHaveCount(1);
});

test('hovering a service highlights its pods and no others; hovering a label, all that carry it', async ({
  page,
}) => {
  await redisExample(page);
  await expect(pods(page)).toHaveCount(3);
  await service(page, 'redis-master').locator('.service-head').hover();
  const highlighted = page.locator('[data-kind="Pod"][data-highlighted="true"]');
  await expect(highlighted).toHaveCount(1);
  await expect(highlighted).toHaveAttribute('data-controller', 'redis-master');

  // keyboard too: focusing the controller highlights its two pods
  await page.mouse.move(0, 0);
  await expect(highlighted).toHaveCount(0);
  await page.getByRole('group', { name: /^ReplicationController redisslave\b/ }).focus();
  await expect(highlighted).toHaveCount(2);
  await expect(highlighted.first()).toHaveAttribute('data-controller', 'redisslave');

  const chip = page
    .getByRole('group', { name: /^ReplicationController redisslave\b/ })
    .locator('[data-label-key="name"][data-label-value="redisslave"]');
  await chip.hover();
  await expect(highlighted).toHaveCount(2);
  await expect(
    page.locator('[data-kind="ReplicationController"][data-name="redisslave"]'),
  ).toHaveAttribute('data-highlighted', 'true');
});

test('a pod relabelled out of its RC leaves it, and the RC makes a new one', async ({ page }) => {
  await redisExample(page);
  const slaves = page.locator('[data-kind="Pod"][data-controller="redisslave"]');
  await expect(slaves).toHaveCount(2);
  const rc = page.getByRole('group', { name: /^ReplicationController redisslave\b/ });
  await rc.focus();
  const outlines = page.locator(
    '[data-picture-overlay] rect[data-outline="ReplicationController"]',
  );
  await expect(outlines).toHaveCount(2);

  const leaving = (await slaves.first().getAttribute('data-name')) ?? '';
  await kubectl(page, `kubectl label pods ${leaving} name=debug --overwrite`);
  const relabelled = page.locator(`[data-kind="Pod"][data-name="${leaving}"]`);
  await expect(relabelled).not.toHaveAttribute('data-controller', /./);
  await expect(slaves).toHaveCount(2);
  await expect(slaves.and(page.locator(`[data-name="${leaving}"]`))).toHaveCount(0);
  await rc.focus();
  await expect(outlines).toHaveCount(2);
  await expect(outlines.and(page.locator(`[data-pod="${leaving}"]`))).toHaveCount(0);
});

test('sending requests: the 2015 userspace proxy takes the pods in turn', async ({ page }) => {
  await openCluster(page, '?era=2015');
  await kubectl(page, 'kubectl run-container web --image=nginx --replicas=3');
  await kubectl(page, 'kubectl expose rc web --port=80');
  await fastForward(page);
  const web = service(page, 'web');
  await expect(web).toHaveAttribute('data-status', '3', { timeout: 20_000 });
  await web.getByRole('button', { name: 'Send 10 requests to web' }).click();
  const table = page.getByRole('table', { name: 'Requests to web' });
  await expect(table.locator('td[data-count]')).toHaveCount(3);
  await expect
    .poll(async () => (await table.locator('td[data-count]').allTextContents()).map(Number).sort())
    .toEqual([3, 3, 4]);
  // and beside each pod in the picture
  const badges = page.locator('[data-picture-overlay] [data-requests-pod]');
  await expect(badges).toHaveCount(3);
  expect(
    (await badges.evaluateAll((els) => els.map((e) => e.getAttribute('data-requests')))).sort(),
  ).toEqual(['3', '3', '4']);
});

test('a service with no ready endpoints refuses connections, and says so', async ({ page }) => {
  await openCluster(page);
  await kubectl(page, 'kubectl run web --image=nginx --labels=app=web');
  await kubectl(page, 'kubectl expose pod web --port=80 --selector=app=nobody --name=nobody');
  const box = service(page, 'nobody');
  await expect(box).toHaveAttribute('data-status', 'NoEndpoints');
  await box.getByRole('button', { name: 'Send 10 requests to nobody' }).click();
  const table = page.getByRole('table', { name: 'Requests to nobody' });
  await expect(table.locator('tr[data-error="connection refused"] td[data-count]')).toHaveText(
    '10',
  );
});

test('modern: a Deployment’s NodePort opens on every node; hovering it outlines its pods', async ({
  page,
}) => {
  await openCluster(page);
  await kubectl(page, 'kubectl create deployment web --image=nginx --replicas=4');
  await kubectl(page, 'kubectl expose deployment web --port=80 --type=NodePort');
  await fastForward(page);
  const web = service(page, 'web');
  await expect(web).toHaveAttribute('data-type', 'NodePort');
  await expect(web).toContainText(/80:3\d{4}\/TCP/);
  const overlay = page.locator('[data-picture-overlay]');
  await expect(overlay.locator('[data-nodeport][data-service="web"]')).toHaveCount(3);

  const deployment = page.getByRole('group', { name: /^Deployment web\b/ });
  await expect(deployment).toHaveAttribute('data-status', '4/4', { timeout: 20_000 });
  // its ReplicaSet is drawn inside it
  await expect(deployment.locator('[data-kind="ReplicaSet"]')).toHaveCount(1);
  await deployment.locator('[data-kind="ReplicaSet"]').hover();
  await expect(page.locator('[data-kind="Pod"][data-highlighted="true"]')).toHaveCount(4);
  await expect(overlay.locator('rect[data-outline="ReplicaSet"]')).toHaveCount(4);

  // the iptables proxy picks at random: ten answers, spread however they fell
  await web.getByRole('button', { name: 'Send 10 requests to web' }).click();
  const counts = page.getByRole('table', { name: 'Requests to web' }).locator('td[data-count]');
  await expect
    .poll(async () => (await counts.allTextContents()).reduce((sum, n) => sum + Number(n), 0))
    .toBe(10);
  await expect(web).toContainText('at random');
});

test('with reduced motion, the answers are counted at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openCluster(page, '?era=2015');
  await kubectl(page, 'kubectl run-container web --image=nginx --replicas=2');
  await kubectl(page, 'kubectl expose rc web --port=80');
  await fastForward(page);
  const web = service(page, 'web');
  await expect(web).toHaveAttribute('data-status', '2', { timeout: 20_000 });
  await web.getByRole('button', { name: 'Send 10 requests to web' }).click();
  const counts = page.getByRole('table', { name: 'Requests to web' }).locator('td[data-count]');
  await expect(counts).toHaveText(['5', '5']);
  await expect(page.locator('[data-picture-overlay] [data-request]')).toHaveCount(0);
});

test('Enter on a focused service shows it in the Inspector', async ({ page }) => {
  await openCluster(page);
  const box = service(page, 'kubernetes');
  await box.focus();
  await page.keyboard.press('Enter');
  await expect(box).toHaveAttribute('data-selected', 'true');
  // the Inspector region is headed by the object's accessible name
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: /^Service kubernetes\b/ })).toBeVisible();
});

test('the services and controllers bands have no serious accessibility violations', async ({
  page,
}) => {
  await openCluster(page, '?era=2015');
  await kubectl(page, 'kubectl run-container web --image=nginx --replicas=2');
  await kubectl(page, 'kubectl expose rc web --port=80');
  const results = await new AxeBuilder({ page })
    .include('[data-band="services"]')
    .include('[data-band="controllers"]')
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
