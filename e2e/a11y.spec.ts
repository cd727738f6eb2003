/** The page is usable with a keyboard and a screen reader: axe finds nothing serious. */
import AxeBuilder from '@axe-core/playwright';
import { expect, kubectl, openCluster, test } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations (${scheme} theme)`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openCluster(page);
    await kubectl(page, 'kubectl create deployment web --image=nginx --replicas=3');
    await kubectl(page, 'kubectl expose deployment web --port=80');
    await expect(page.locator('[data-kind="Pod"][data-status="Running"]')).toHaveCount(3, {
      timeout: 30_000,
    });
    await page.locator('[data-kind="Pod"]').first().click();
    await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`),
    ).toEqual([]);
  });
}
