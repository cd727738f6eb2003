/**
 * The editor's documents in a real browser: they survive a reload, whatever storage holds
 * cannot break the page, and what Apply made is marked in the picture for a few seconds.
 */
import type { Page } from '@playwright/test';
import { expect, manifestEditor, test } from './fixtures';

/** `openCluster`, patient: two cores shared by a team make a worker's start slow at times. */
async function openCluster(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('[data-engine-phase="ready"]')).toBeVisible({ timeout: 30_000 });
}

// a dev server's first page load compiles the whole page: not the scenes' time to pay
test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await browser.newPage();
  await page.goto('/');
  await page.locator('[data-engine-phase="ready"]').waitFor({ timeout: 80_000 });
  await page.close();
});

const tab = (page: Page, name: string) =>
  manifestEditor(page).getByRole('tab', { name: new RegExp(`^(● )?${name.replace('.', '\\.')}$`) });

test('an opened example is still open after a reload', async ({ page }) => {
  await openCluster(page);
  await page.getByRole('button', { name: 'open the redis example' }).click();
  await expect(tab(page, 'redis-master.json')).toHaveAttribute('aria-selected', 'true');
  await page.reload();
  await expect(page.locator('[data-engine-phase="ready"]')).toBeVisible({ timeout: 30_000 });
  await expect(tab(page, 'pod.yaml')).toBeVisible();
  await expect(tab(page, 'redis-master.json')).toHaveAttribute('aria-selected', 'true');
});

test('storage holding something else, or refusing to work, never breaks the page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem('kubesim:editor', '{"version": 1, "documents": [{');
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openCluster(page);
  await expect(tab(page, 'pod.yaml')).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'open the redis example' }).click();
  await expect(tab(page, 'redis-master.json')).toBeVisible();
});

test('Apply marks what it made in the picture, for a few seconds', async ({ page }) => {
  await openCluster(page);
  // by keyboard, as a student may (and whatever lies over the button mid-layout)
  await manifestEditor(page).getByRole('button', { name: 'Apply', exact: true }).press('Enter');
  const pod = page.locator('[data-kind="Pod"][data-name="web"]');
  await expect(pod).toHaveAttribute('data-highlighted', 'true');
  await expect(pod).not.toHaveAttribute('data-highlighted', 'true', { timeout: 8_000 });
});
