/**
 * The console, the manifest editor and the cluster set-up, as a student uses them: Tab
 * completion, Apply from the editor, `-f` reading the editor's document, stderr in red, and a
 * reset to another cluster.
 */
import type { Page } from '@playwright/test';
import {
  consoleInput,
  consoleOutput,
  expect,
  kubectl,
  monacoReady,
  openCluster,
  setManifest,
  test,
} from './fixtures';

const editor = (page: Page) => page.getByRole('region', { name: 'Manifest editor' });

test('Tab completes a resource type and a pod name', async ({ page }) => {
  await openCluster(page);
  const input = consoleInput(page);
  await input.fill('kubectl get po');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl get pods ');

  await kubectl(page, 'kubectl run web --image=nginx');
  await expect(page.getByRole('group', { name: /^Pod web\b/ })).toBeVisible();
  await input.fill('kubectl describe pod w');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl describe pod web ');
});

test('Tab lists the candidates when several fit', async ({ page }) => {
  await openCluster(page);
  const input = consoleInput(page);
  await input.fill('kubectl ro');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl rollout ');
  await input.fill('kubectl rollout ');
  await input.press('Tab');
  const list = page.getByRole('list', { name: /possibilities/ });
  await expect(list.getByRole('button', { name: 'status' })).toBeVisible();
  await list.getByRole('button', { name: 'history' }).click();
  await expect(input).toHaveValue('kubectl rollout history ');
});

test('Apply runs the redis-master example from the editor', async ({ page }) => {
  await openCluster(page);
  await editor(page).getByRole('combobox', { name: 'Open an example' }).selectOption({
    label: 'redis master pod (2015, v1beta1)',
  });
  await expect(editor(page).getByTestId('document-name')).toHaveText('redis-master.json');
  await editor(page).getByRole('button', { name: 'Apply' }).click();
  await expect(consoleOutput(page)).toContainText('kubectl apply -f redis-master.json');
  // the seed's v1beta1 id is "redis-master-pod"
  await expect(consoleOutput(page)).toContainText('pod/redis-master-pod created');
  await expect(page.getByRole('group', { name: /^Pod redis-master-pod\b/ })).toBeVisible();
});

test("kubectl create -f reads the editor's document; another file does not exist", async ({
  page,
}) => {
  await openCluster(page);
  await setManifest(
    page,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: from-editor\nspec:\n  containers:\n  - name: c\n    image: nginx\n',
  );
  await kubectl(page, 'kubectl create -f pod.yaml');
  await expect(consoleOutput(page)).toContainText('pod/from-editor created');

  await kubectl(page, 'kubectl create -f other.yaml');
  const stderr = consoleOutput(page).locator('[data-stream="stderr"]').last();
  await expect(stderr).toHaveText('error: the path "other.yaml" does not exist');
  // red, with a bar beside it (a second cue besides the colour)
  const look = await stderr.evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, bar: style.borderLeftStyle };
  });
  expect(look).toEqual({ color: 'rgb(255, 155, 155)', bar: 'solid' });
});

test('table headers are bold and STATUS words coloured, with their text', async ({ page }) => {
  await openCluster(page);
  await kubectl(page, 'kubectl get nodes');
  const stdout = consoleOutput(page).locator('[data-stream="stdout"]').last();
  await expect(stdout.locator('b.table-header')).toHaveText(/^NAME\s+STATUS/);
  const ready = stdout.locator('[data-tone="ok"]');
  await expect(ready).toHaveCount(3);
  await expect(ready.first()).toHaveText('Ready');
});

test('the set-up dialog resets to 5 nodes in era 2015, and the address keeps it', async ({
  page,
}) => {
  await openCluster(page);
  await expect(page.locator('[data-kind="Node"]')).toHaveCount(3);
  await page.getByRole('button', { name: 'Cluster set-up' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cluster set-up' });
  await expect(dialog).toBeVisible();

  const nodes = dialog.getByRole('textbox', { name: 'Nodes' });
  await nodes.fill('60');
  await dialog.getByRole('button', { name: 'Reset cluster' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('nodes must be 1 to 50');
  await expect(nodes).toHaveAttribute('aria-invalid', 'true');

  await nodes.fill('5');
  await dialog.getByRole('radio', { name: /^2015/ }).check();
  await dialog.getByRole('button', { name: 'Reset cluster' }).click();
  await expect(dialog).toBeHidden();
  // a new cluster starts (a loaded machine can take a while)
  await expect(page.locator('[data-kind="Node"]')).toHaveCount(5, { timeout: 15_000 });
  for (let n = 1; n <= 5; n++)
    await expect(page.getByRole('group', { name: new RegExp(`^Node node-${n}\\b`) })).toBeVisible();
  expect(new URL(page.url()).search).toBe('?nodes=5&era=2015');

  // a reload starts the same cluster
  await page.reload();
  await expect(page.locator('[data-engine-phase="ready"]')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-kind="Node"]')).toHaveCount(5);
  await kubectl(page, 'kubectl get minions');
  await expect(consoleOutput(page).locator('[data-stream="stdout"]').last()).toContainText(
    'LABELS',
  );
});

test('Skip to next event runs the clock on to what happens next', async ({ page }) => {
  await openCluster(page);
  await kubectl(page, 'kubectl run web --image=nginx');
  await page.getByRole('button', { name: 'Pause' }).click();
  const clock = page.getByRole('timer', { name: 'Simulated time' });
  const before = await clock.textContent();
  await page.getByRole('button', { name: 'Skip to next event' }).click();
  // paused, and the clock moved on to the next thing the cluster recorded
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(clock).not.toHaveText(before ?? '');
});

test("opening an example opens a tab of its own; the student's document stays in its tab", async ({
  page,
}) => {
  await openCluster(page);
  await setManifest(page, 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: mine\n# mine\n');
  await page.getByRole('button', { name: 'open the redis example' }).click();
  const tabs = editor(page).getByRole('tablist', { name: 'Documents' });
  await expect(tabs.getByRole('tab', { name: 'redis-master.json' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(editor(page).getByTestId('monaco')).toContainText('"id": "redis-master-pod"');
  await tabs.getByRole('tab', { name: 'pod.yaml' }).click();
  await expect(editor(page).getByTestId('document-name')).toHaveText('pod.yaml');
  await expect(editor(page).getByTestId('monaco')).toContainText('# mine');
});

test('Tab in the manifest indents; Ctrl+M makes Tab leave (no keyboard trap)', async ({ page }) => {
  await openCluster(page);
  await setManifest(page, 'a:');
  const text = await monacoReady(page);
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  await expect(text).toBeFocused();
  await expect(editor(page).getByTestId('monaco')).toContainText(/a:\s{2}/);
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  await expect(text).not.toBeFocused();
});

test('the manifest is the editor’s one text box; Rename changes the file -f reads', async ({
  page,
}) => {
  await openCluster(page);
  const region = editor(page);
  await monacoReady(page);
  await expect(region.getByRole('textbox')).toHaveCount(1);
  await setManifest(
    page,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: renamed\nspec:\n  containers:\n  - name: c\n    image: nginx\n',
  );
  await region.getByRole('button', { name: 'Rename pod.yaml' }).click();
  const name = region.getByRole('textbox', { name: 'File' });
  await name.fill('mine.yaml');
  await name.press('Enter');
  await expect(region.getByTestId('document-name')).toHaveText('mine.yaml');
  await kubectl(page, 'kubectl create -f mine.yaml');
  await expect(consoleOutput(page)).toContainText('pod/renamed created');
});
