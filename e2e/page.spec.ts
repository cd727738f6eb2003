import { fileURLToPath } from 'node:url';
import { consoleInput, consoleOutput, expect, kubectl, openCluster, test } from './fixtures';
import { scenes } from './scenes';

test('the page opens on a ready three-node cluster, its clock running', async ({ page }) => {
  await openCluster(page);
  await expect(page.locator('[data-kind="Node"]')).toHaveCount(3);
  for (const name of ['node-1', 'node-2', 'node-3']) {
    const node = page.getByRole('group', { name: new RegExp(`^Node ${name}\\b`) });
    await expect(node).toHaveAttribute('data-status', 'Ready');
  }
  await expect(page.getByRole('timer', { name: 'Simulated time' })).not.toHaveText('00:00:00');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Step' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Speed' })).toBeVisible();
});

for (const scene of scenes) {
  test(`console: ${scene.name}`, async ({ page }) => {
    await openCluster(page);
    for (const line of scene.commands) await kubectl(page, line);
    await scene.then(page);
  });
}

test('kubectl logs -f keeps printing as simulated time runs', async ({ page }) => {
  await openCluster(page);
  await kubectl(
    page,
    'kubectl run ticker --image=busybox:1.36 -- sh -c "while true; do echo tick; sleep 1; done"',
  );
  const pod = page.getByRole('group', { name: /^Pod ticker\b/ });
  await expect(pod).toHaveAttribute('data-status', 'Running', { timeout: 30_000 });
  await kubectl(page, 'kubectl logs -f ticker');
  const stdout = consoleOutput(page).locator('[data-stream="stdout"]').last();
  await expect(stdout).toContainText('tick');
  const before = ((await stdout.textContent()) ?? '').split('tick').length;
  await expect
    .poll(async () => ((await stdout.textContent()) ?? '').split('tick').length, {
      timeout: 15_000,
    })
    .toBeGreaterThan(before + 1);
  // Ctrl-C stops it, as in a terminal: ^C, and no more ticks
  await consoleInput(page).press('Control+c');
  await expect(stdout).toContainText('^C');
  const stopped = (await stdout.textContent()) ?? '';
  await page.waitForTimeout(2_500);
  expect(await stdout.textContent()).toBe(stopped);
});

test('the cluster runs in a Web Worker', async ({ page }) => {
  await openCluster(page);
  await expect(page.locator('[data-engine-host]')).toHaveAttribute('data-engine-host', 'worker');
});

test('without Worker the cluster runs on the page, and works the same', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { Worker?: unknown }).Worker;
  });
  await openCluster(page);
  await expect(page.locator('[data-engine-host]')).toHaveAttribute('data-engine-host', 'inline');
  await kubectl(page, 'kubectl get nodes');
  await expect(consoleOutput(page).locator('[data-stream="stdout"]').last()).toContainText(
    /node-3\s+Ready/,
  );
});

test('the clock pauses, steps and changes speed', async ({ page }) => {
  await openCluster(page);
  const clock = page.getByRole('timer', { name: 'Simulated time' });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const paused = await clock.textContent();
  await page.waitForTimeout(1_500);
  await expect(clock).toHaveText(paused ?? '');

  await page.getByRole('button', { name: 'Step' }).click();
  await expect(clock).not.toHaveText(paused ?? '');

  // the radio follows the host's clock, so it turns checked a frame after the click
  await page.getByRole('radio', { name: '60×' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('radio', { name: '60×' })).toBeChecked();
  // a minute of simulated time in a few real seconds
  await expect(clock).toHaveText(/^00:0[1-9]:/, { timeout: 5_000 });
});

test('"/" focuses the console and ↑ brings back the last command', async ({ page }) => {
  await openCluster(page);
  await kubectl(page, 'kubectl get nodes');
  await page.locator('body').click();
  await page.keyboard.press('/');
  await expect(consoleInput(page)).toBeFocused();
  await expect(consoleInput(page)).toHaveValue('');
  await page.keyboard.press('ArrowUp');
  await expect(consoleInput(page)).toHaveValue('kubectl get nodes');
});

test('the first-minute suggestion stops node-2, and then starts it again', async ({ page }) => {
  await openCluster(page);
  await page.getByRole('button', { name: 'stop node-2' }).click();
  const node = page.locator('[data-kind="Node"][data-name="node-2"]');
  await expect(node).toHaveAttribute('data-power', 'off');
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
    'fault: node-2 powered off',
  );
  await page.getByRole('button', { name: 'start node-2' }).click();
  await expect(node).toHaveAttribute('data-power', 'on');
});

test('a suggestion runs with one click', async ({ page }) => {
  await openCluster(page);
  await page.getByRole('button', { name: 'kubectl get pods -o wide' }).click();
  await expect(consoleOutput(page)).toContainText('No resources found in default namespace.');
});

test('screenshots of the page for the README', async ({ page }) => {
  test.setTimeout(90_000);
  const shot = (name: string) =>
    page.screenshot({ path: fileURLToPath(new URL(`./screenshots/${name}`, import.meta.url)) });
  await page.setViewportSize({ width: 1600, height: 1000 });

  // today's Kubernetes: a deployment behind a service, a pod too big for any node, the
  // control loop on, one pod in the Inspector
  await openCluster(page);
  await kubectl(page, 'kubectl create deployment web --image=nginx --replicas=5');
  await kubectl(page, 'kubectl expose deployment web --port=80');
  await kubectl(
    page,
    `kubectl run big --image=nginx --overrides='{"spec":{"containers":[{"name":"big","image":"nginx","resources":{"requests":{"cpu":"8"}}}]}}'`,
  );
  await expect(page.locator('[data-kind="Pod"][data-status="Running"]')).toHaveCount(5, {
    timeout: 30_000,
  });
  await page.getByRole('group', { name: /^Service web\b/ }).hover();
  await page.locator('[data-kind="Pod"][data-status="Running"]').first().click();
  await kubectl(page, 'kubectl get pods -o wide');
  await shot('page.png');

  // the seeds' 2015 world: the redis example with its slave controller
  await openCluster(page, '?era=2015');
  // 2015's registry pulls at 2015 speeds: let simulated time run faster
  await page.getByRole('radio', { name: '20×' }).click();
  for (const example of [
    'redis master pod (2015, v1beta1)',
    'redis master service (2015, v1beta1)',
    'redis slave controller (2015, v1beta1)',
  ]) {
    await page.getByRole('combobox', { name: 'Open an example' }).selectOption({ label: example });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(consoleOutput(page).locator('.entry').last()).not.toHaveAttribute(
      'data-state',
      'running',
    );
  }
  await expect(page.locator('[data-kind="Pod"][data-status="Running"]')).toHaveCount(3, {
    timeout: 30_000,
  });
  await kubectl(page, 'kubectl get pods');
  await shot('page-2015.png');
});
