/**
 * The test fixture every scene uses: a page that fails its test on any `console.error` or
 * uncaught page error, and a few steps in the page's public vocabulary (DESIGN.md "The page's
 * contract with its users and its tests").
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const test = base.extend<{ failOnErrors: void }>({
  failOnErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use();
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Open the page and wait until its cluster is ready. */
export async function openCluster(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`);
  await expect(page.locator('[data-engine-phase="ready"]')).toBeVisible();
}

export const consoleInput = (page: Page): Locator => page.getByRole('textbox', { name: 'kubectl' });
export const consoleOutput = (page: Page): Locator =>
  page.getByRole('log', { name: 'kubectl output' });

/** Type a command into the console as a student would, and wait for its answer. */
export async function kubectl(page: Page, line: string): Promise<void> {
  const input = consoleInput(page);
  await input.click();
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(consoleOutput(page).locator('.entry').last()).not.toHaveAttribute(
    'data-state',
    'running',
  );
}
