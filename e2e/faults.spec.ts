/**
 * Faults within reach: the menu on a drawn object breaks the cluster as a student would by
 * hand, the cluster reacts as Kubernetes does, and the timeline tells the story.
 */
import type { Page } from '@playwright/test';
import { consoleOutput, expect, kubectl, openCluster, test } from './fixtures';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const events = (page: Page) => timeline(page).getByRole('region', { name: 'Events' });

async function speed(page: Page, label: '1×' | '5×' | '20×' | '60×'): Promise<void> {
  await page.getByRole('radio', { name: label }).click();
  await expect(page.getByRole('radio', { name: label })).toBeChecked();
}

async function faultMenuOn(page: Page, kind: string, name: string) {
  const object = page.locator(`[data-kind="${kind}"][data-name="${name}"]`).first();
  // near the top-left corner: a node's name, a pod's name (its middle may hold a child)
  await object.click({ button: 'right', position: { x: 12, y: 8 } });
  const menu = page.getByRole('menu', { name: new RegExp(`^Faults: ${kind} ${name}`) });
  await expect(menu).toBeVisible();
  return menu;
}

test('stop a node: it turns NotReady, and after the eviction its pods come back elsewhere', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openCluster(page);
  await kubectl(page, 'kubectl create deployment web --image=nginx --replicas=3');
  const pods = page.locator('[data-kind="Pod"][data-name^="web-"]');
  await expect(pods.and(page.locator('[data-status="Running"]'))).toHaveCount(3, {
    timeout: 20_000,
  });

  const menu = await faultMenuOn(page, 'Node', 'node-2');
  await menu.getByRole('menuitem', { name: /^Stop node/ }).click();
  await expect(menu).toBeHidden();
  await expect(events(page)).toContainText('fault: node-2 powered off');

  await speed(page, '60×');
  const node2 = page.locator('[data-kind="Node"][data-name="node-2"]');
  await expect(node2).toHaveAttribute('data-status', 'NotReady', { timeout: 15_000 });
  // 5 minutes after NotReady the pods are evicted and the Deployment replaces them
  const runningElsewhere = pods.and(
    page.locator('[data-status="Running"]:not([data-node="node-2"])'),
  );
  await expect(runningElsewhere).toHaveCount(3, { timeout: 30_000 });
  await expect(events(page)).toContainText('NodeNotReady');

  // the chart marks the fault on the replicas of the deployment
  await timeline(page).getByRole('tab', { name: 'Replicas' }).click();
  const chart = page.getByRole('figure', { name: /Replicas of/ });
  await expect(chart.getByRole('combobox', { name: 'Controller' })).toHaveValue(
    'Deployment/default/web',
  );
  await expect(chart.locator('[data-fault="fault: node-2 powered off"]')).toHaveCount(1);
});

test('crash a container: CrashLoopBackOff, the restart count rises, the timeline shows it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openCluster(page);
  await kubectl(page, 'kubectl run web --image=nginx');
  const pod = page.locator('[data-kind="Pod"][data-name="web"]');
  await expect(pod).toHaveAttribute('data-status', 'Running', { timeout: 20_000 });
  await speed(page, '5×');

  // nginx restarts after each crash; crashing it again while it backs off deepens the back-off
  for (let crash = 1; crash <= 3; crash++) {
    await expect(pod).toHaveAttribute('data-status', 'Running', { timeout: 30_000 });
    const menu = await faultMenuOn(page, 'Pod', 'web');
    await menu.getByRole('menuitem', { name: 'Crash container web' }).click();
    await expect(pod).not.toHaveAttribute('data-status', 'Running');
  }
  await expect(pod).toHaveAttribute('data-status', 'CrashLoopBackOff', { timeout: 30_000 });

  await kubectl(page, 'kubectl get pod web');
  await expect(consoleOutput(page).locator('[data-stream="stdout"]').last()).toContainText(
    /web\s+\d\/1\s+\S+\s+[23]\b/,
  );
  await expect(events(page)).toContainText('fault: container web of pod web crashed (exit code 1)');
  await expect(events(page).locator('tr[data-reason="BackOff"]').first()).toBeVisible();
  await expect(events(page).locator('tr[data-reason="BackOff"]').first()).toContainText('Warning');
});

test('the menu works from the keyboard, and its kubectl items run in the console', async ({
  page,
}) => {
  await openCluster(page);
  const node3 = page.locator('[data-kind="Node"][data-name="node-3"]');
  await node3.focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: /^Faults: Node node-3/ });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Cordon' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(node3).toBeFocused();
  await expect(consoleOutput(page)).toContainText('kubectl cordon node-3');
  await expect(consoleOutput(page)).toContainText('node/node-3 cordoned');
  await expect(node3).toHaveAttribute('data-status', 'Ready,SchedulingDisabled');

  // Escape closes without running anything
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(node3).toBeFocused();
});

test('shortcuts act on the selected object, never while typing', async ({ page }) => {
  await openCluster(page);
  const component = page.locator('[data-kind="Component"][data-name="scheduler"]');
  await component.click();
  // selected: the Inspector (a landmark labelled Inspector) is headed by its name
  await expect(page.getByRole('heading', { name: /^Component scheduler/ })).toBeVisible();

  // typing an `s` in the console stops nothing
  const input = page.getByRole('textbox', { name: 'kubectl' });
  await input.click();
  await input.pressSequentially('s');
  await expect(component).toHaveAttribute('data-status', 'Running');
  await input.fill('');

  await component.focus();
  await page.keyboard.press('s');
  await expect(component).not.toHaveAttribute('data-status', 'Running');
  await expect(events(page)).toContainText('fault: scheduler stopped');
  await page.keyboard.press('s');
  await expect(component).toHaveAttribute('data-status', 'Running');

  await page.keyboard.press('?');
  const list = page.getByRole('dialog', { name: 'All keyboard shortcuts' });
  await expect(list).toContainText('stop or start the selected node or component');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
});

test('in the 2015 era the menu greys out drain, which kubectl did not have yet', async ({
  page,
}) => {
  await openCluster(page, '?era=2015');
  const menu = await faultMenuOn(page, 'Node', 'node-1');
  const drain = menu.getByRole('menuitem', { name: 'Drain' });
  await expect(drain).toHaveAttribute('aria-disabled', 'true');
  await expect(drain).toHaveAccessibleDescription(/no drain in 2015/);
  await drain.click({ force: true });
  // nothing ran: the menu stays open and the console has no command
  await expect(menu).toBeVisible();
  await expect(consoleOutput(page)).not.toContainText('kubectl drain');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
});

test('the events list follows the newest events until the student scrolls up to read', async ({
  page,
}) => {
  await openCluster(page);
  await kubectl(page, 'kubectl create deployment web --image=nginx --replicas=6');
  const list = events(page);
  await expect(list.locator('tr[data-reason="Started"]')).toHaveCount(6, { timeout: 20_000 });
  const atBottom = () =>
    list.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight < 24);
  await expect.poll(atBottom).toBe(true);

  await list.evaluate((el) => el.scrollTo({ top: 0 }));
  const follow = timeline(page).getByRole('button', { name: 'Follow the newest events' });
  await expect(follow).toBeVisible();
  await kubectl(page, 'kubectl scale deployment web --replicas=2');
  await expect(list.locator('tr[data-reason="Killing"]').first()).toBeAttached();
  expect(await list.evaluate((el) => el.scrollTop)).toBe(0);

  await follow.click();
  await expect.poll(atBottom).toBe(true);
  await expect(follow).toBeHidden();
});
