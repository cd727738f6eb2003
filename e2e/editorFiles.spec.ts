/**
 * The editor and the student's disk, and the page's theme: Save downloads the document under its
 * name, Open reads files into tabs, Monaco follows a dark system theme, and a dead cluster worker
 * loses nothing typed.
 */
import {
  consoleOutput,
  expect,
  kubectl,
  manifestEditor,
  monacoReady,
  openCluster,
  setManifest,
  test,
} from './fixtures';

test('Save downloads the document under its file name, as it is', async ({ page }) => {
  await openCluster(page);
  const text = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: saved\n';
  await setManifest(page, text);
  const download = page.waitForEvent('download');
  await manifestEditor(page).getByRole('button', { name: 'Save' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('pod.yaml');
  const stream = await file.createReadStream();
  let saved = '';
  for await (const chunk of stream) saved += String(chunk);
  expect(saved).toBe(text);
});

test('Open reads manifests from disk into tabs, and refuses what is not one', async ({ page }) => {
  await openCluster(page);
  await monacoReady(page);
  const chooser = page.waitForEvent('filechooser');
  await manifestEditor(page).getByRole('button', { name: 'Open…' }).click();
  await (
    await chooser
  ).setFiles([
    {
      name: 'svc.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from('apiVersion: v1\nkind: Service\nmetadata:\n  name: opened\n'),
    },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) },
  ]);
  const tabs = manifestEditor(page).getByRole('tablist', { name: 'Documents' });
  await expect(tabs.getByRole('tab', { name: 'svc.yaml' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(
    manifestEditor(page).getByRole('status').filter({ hasText: 'photo.png' }),
  ).toContainText('not a manifest');
});

test('the editor follows a dark system theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openCluster(page);
  await monacoReady(page);
  await expect(manifestEditor(page).locator('[data-theme]')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(manifestEditor(page).locator('[data-theme]')).toHaveAttribute('data-theme', 'light');
});

test('a dead cluster worker loses nothing typed in the editor', async ({ page }) => {
  test.setTimeout(60_000);
  await openCluster(page);
  await setManifest(page, 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: kept\n');
  // the cluster's worker, not one of Monaco's language workers, stops answering
  const cluster = page.workers().find((w) => /cluster\.worker/.test(w.url()));
  expect(cluster).toBeDefined();
  await cluster?.evaluate(() => self.close());
  await expect(page.getByText(/kubesim is rebuilding it from your commands/).first()).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.locator('[data-engine-phase="ready"]')).toBeVisible({ timeout: 20_000 });
  await kubectl(page, 'kubectl apply -f pod.yaml --dry-run=client');
  await expect(consoleOutput(page)).toContainText('namespace/kept created (dry run)');
});
