/**
 * Scenes as data: what a student types into the console, and what the page must then show.
 * Each `expect` names objects by their accessible names and data attributes, never by layout.
 */
import type { Page } from '@playwright/test';
import { consoleOutput, expect } from './fixtures';

export interface Scene {
  name: string;
  commands: string[];
  then(page: Page): Promise<void>;
}

export const scenes: Scene[] = [
  {
    name: 'kubectl get nodes prints three Ready nodes',
    commands: ['kubectl get nodes'],
    async then(page) {
      const stdout = consoleOutput(page).locator('[data-stream="stdout"]').last();
      await expect(stdout).toContainText('NAME');
      const text = (await stdout.textContent()) ?? '';
      expect(text.match(/^node-\d+\s+Ready\s/gm)).toHaveLength(3);
    },
  },
  {
    name: 'kubectl run web makes Pod web appear in the list',
    commands: ['kubectl run web --image=nginx'],
    async then(page) {
      await expect(consoleOutput(page)).toContainText('pod/web created');
      const pod = page.getByRole('group', { name: /^Pod web\b/ });
      await expect(pod).toBeVisible();
      await expect(pod).toHaveAttribute('data-kind', 'Pod');
      await expect(pod).toHaveAttribute('data-name', 'web');
      // kubectl's STATUS column: Pending until bound, then on its way to Running
      await expect(pod).toHaveAttribute('data-status', /^(Pending|ContainerCreating|Running)$/);
    },
  },
  {
    name: 'a pod pulls its image, starts, and reaches Running',
    commands: ['kubectl run runner --image=nginx:1.27'],
    async then(page) {
      const pod = page.getByRole('group', { name: /^Pod runner\b/ });
      await expect(pod).toHaveAttribute('data-status', 'Running', { timeout: 30_000 });
      await expect(pod).not.toHaveAttribute('data-node', '');
    },
  },
  {
    name: 'stderr reads differently from stdout',
    commands: ['kubectl get pod nosuchpod'],
    async then(page) {
      const stderr = consoleOutput(page).locator('[data-stream="stderr"]').last();
      await expect(stderr).toContainText('NotFound');
      const [errColor, outColor] = await Promise.all([
        stderr.evaluate((el) => getComputedStyle(el).color),
        page
          .locator('.echo')
          .last()
          .evaluate((el) => getComputedStyle(el).color),
      ]);
      expect(errColor).not.toBe(outColor);
    },
  },
];
