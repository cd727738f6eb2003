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

export const manifestEditor = (page: Page): Locator =>
  page.getByRole('region', { name: 'Manifest editor' });

/** Wait until Monaco has replaced the plain text box (it loads lazily, after the cluster). */
export async function monacoReady(page: Page): Promise<Locator> {
  const box = manifestEditor(page).getByRole('textbox', { name: /^Manifest \S+$/ });
  await expect(manifestEditor(page).getByTestId('monaco')).toBeVisible();
  await expect(box).toBeAttached();
  return box;
}

/**
 * Replace the active document's text as a student pasting it would: select all, then a paste
 * event into Monaco's text box (typed text would get Monaco's auto-indent; pasted text does not).
 */
export async function setManifest(page: Page, text: string): Promise<void> {
  const box = await monacoReady(page);
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await box.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}
