/**
 * `npm run bench:page`: the page under load in headless Chromium, against the built page.
 * Figures are printed, never asserted (these machines are shared and noisy).
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'e2e/bench',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  retries: 0,
});
