/**
 * The page never loses the student's work: when the cluster's worker dies, the page says so and
 * rebuilds the same cluster from the journal of what the student did.
 */
import { consoleOutput, expect, kubectl, openCluster, test } from './fixtures';

test('a dead worker is replaced by the same cluster, rebuilt from the student’s commands', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openCluster(page);
  await expect(page.locator('[data-engine-host="worker"]')).toBeVisible();
  await kubectl(page, 'kubectl run web --image=nginx');
  const pod = page.locator('[data-kind="Pod"][data-name="web"]');
  await expect(pod).toHaveAttribute('data-status', 'Running', { timeout: 30_000 });
  const wide = async (): Promise<string> => {
    await kubectl(page, 'kubectl get pod web -o wide');
    const text = await consoleOutput(page).locator('[data-stream="stdout"]').last().textContent();
    return /web\s+1\/1\s+Running\s+\d+\s+\S+\s+(\S+\s+\S+)/.exec(text ?? '')?.[1] ?? '';
  };
  const before = await wide();
  expect(before).toMatch(/^\d+\.\d+\.\d+\.\d+\s+node-\d$/);

  // the worker stops answering: as a hung or crashed worker would
  const [worker] = page.workers();
  expect(worker).toBeDefined();
  await worker?.evaluate(() => self.close());

  await expect(page.getByText(/kubesim is rebuilding it from your commands/).first()).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.locator('[data-engine-phase="ready"]')).toBeVisible({ timeout: 20_000 });
  await expect(pod).toHaveAttribute('data-status', 'Running');
  // the same pod on the same node with the same IP: it is the same cluster
  expect(await wide()).toBe(before);
});
