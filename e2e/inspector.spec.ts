/**
 * The Inspector: select a drawn object and read it as kubectl would show it — describe, YAML,
 * its files, and for a pod that cannot be placed, the scheduler's reasons per node.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, kubectl, openCluster, test } from './fixtures';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const tab = (page: Page, name: string) => inspector(page).getByRole('tab', { name });
const panel = (page: Page) => inspector(page).getByRole('tabpanel');

async function runningPod(page: Page, name: string) {
  await kubectl(page, `kubectl run ${name} --image=nginx`);
  const pod = page.locator(`[data-kind="Pod"][data-name="${name}"]`);
  await expect(pod).toHaveAttribute('data-status', 'Running', { timeout: 30_000 });
  return pod;
}

test('a selected pod shows its describe, YAML and files', async ({ page }) => {
  await openCluster(page);
  await expect(inspector(page)).toContainText('Select anything in the picture');
  const pod = await runningPod(page, 'web');
  await pod.click();

  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Pod web');
  await expect(tab(page, 'describe')).toHaveAttribute('aria-selected', 'true');
  await expect(panel(page)).toContainText('Name:');
  await expect(panel(page)).toContainText(/Status:\s+Running/);

  // the tablist moves with the arrow keys
  await tab(page, 'describe').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'YAML')).toBeFocused();
  await expect(tab(page, 'YAML')).toHaveAttribute('aria-selected', 'true');
  await expect(panel(page)).toContainText('apiVersion: v1');

  await tab(page, 'files').click();
  await expect(panel(page)).toContainText('/usr/share/nginx/html/index.html');

  await tab(page, 'env').click();
  await expect(panel(page)).toContainText('KUBERNETES_SERVICE_HOST');
  await expect(panel(page)).toContainText('HOSTNAME');

  await tab(page, 'logs').click();
  await expect(panel(page)).toContainText('/docker-entrypoint.sh');

  // a container shows through its pod, on the tab the student was reading
  await pod.locator('[data-kind="Container"][data-name="web"]').click();
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Container web');
  await expect(tab(page, 'logs')).toHaveAttribute('aria-selected', 'true');
  await expect(panel(page)).toContainText('/docker-entrypoint.sh');

  await page.keyboard.press('Escape');
  await expect(inspector(page)).toContainText('Select anything in the picture');
});

async function schedulerTable(page: Page, pod: string) {
  const drawn = page.locator(`[data-kind="Pod"][data-name="${pod}"]`);
  await expect(drawn).toHaveAttribute('data-status', 'Pending');
  await expect(drawn).toHaveAttribute('data-node', '');
  await drawn.click();
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText(`Pod ${pod}`);
  await tab(page, 'scheduler').click();
  return panel(page).getByRole('table');
}

test('a Pending pod’s scheduler trace gives each node’s verdict', async ({ page }) => {
  await openCluster(page);
  for (const node of ['node-1', 'node-2', 'node-3']) await kubectl(page, `kubectl cordon ${node}`);
  await kubectl(page, 'kubectl run stuck --image=nginx');
  const table = await schedulerTable(page, 'stuck');
  for (const node of ['node-1', 'node-2', 'node-3']) {
    const row = table.getByRole('row', { name: new RegExp(`^${node}\\b`) });
    await expect(row).toContainText('✕');
    await expect(row).not.toContainText('chosen');
  }
  await expect(panel(page)).toContainText('0/3 nodes are available');
});

test('a pod that asks for more CPU than any node has: Insufficient cpu on every node', async ({
  page,
}) => {
  await openCluster(page);
  await kubectl(
    page,
    `kubectl run big --image=nginx --overrides='{"spec":{"containers":[{"name":"big","image":"nginx","resources":{"requests":{"cpu":"64"}}}]}}'`,
  );
  const table = await schedulerTable(page, 'big');
  for (const node of ['node-1', 'node-2', 'node-3'])
    await expect(table.getByRole('row', { name: new RegExp(`^${node}\\b`) })).toContainText(
      'Insufficient cpu',
    );
  await expect(panel(page)).toContainText('0/3 nodes are available: 3 Insufficient cpu.');
});

test('by keyboard: Enter on a master component or a node shows it, Escape clears', async ({
  page,
}) => {
  await openCluster(page);
  const scheduler = page.locator('[data-kind="Component"][data-name="scheduler"]');
  await scheduler.focus();
  await page.keyboard.press('Enter');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText(
    'Component scheduler',
  );
  await expect(panel(page)).toContainText('● Running');
  await expect(panel(page)).toContainText('binds each one');

  const node = page.locator('[data-kind="Node"][data-name="node-2"]');
  await node.focus();
  await page.keyboard.press('Enter');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Node node-2');
  await expect(panel(page)).toContainText(/Name:\s+node-2/);

  await page.keyboard.press('Escape');
  await expect(inspector(page)).toContainText('Select anything in the picture');
  await expect(node).toBeFocused();
});

test('every tab passes axe: scrolling, tables and the tablist work for everyone', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openCluster(page);
  await (await runningPod(page, 'web')).click();
  const problems: string[] = [];
  for (const name of ['describe', 'YAML', 'events', 'env', 'logs', 'files', 'scheduler']) {
    await tab(page, name).click();
    await expect(panel(page)).not.toContainText('Asking');
    const results = await new AxeBuilder({ page })
      .include('section[aria-label="Inspector"]')
      .analyze();
    for (const v of results.violations)
      problems.push(`${name}: ${v.impact} ${v.id} ${v.nodes[0]?.target.join(' ')}`);
  }
  expect(problems).toEqual([]);
});
