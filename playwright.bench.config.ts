/**
 * `npm run bench:page`: the page under load in headless Chromium, against the built page.
 * Figures are printed, never asserted (these machines are shared and noisy).
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `BENCH_OUT_DIR=/tmp/x BENCH_PORT=5186`: bench a build made elsewhere (`vite build --outDir
 * /tmp/x`), previewed on its own port, so a bench run never shares dist/ or port 4173.
 */
const outDir = process.env.BENCH_OUT_DIR;
const port = process.env.BENCH_PORT;
const ownPreview =
  outDir && port
    ? {
        use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
        webServer: {
          command: `npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
          url: `http://127.0.0.1:${port}`,
          reuseExistingServer: false,
          timeout: 60_000,
        },
      }
    : {};

export default defineConfig({
  ...base,
  testDir: 'e2e/bench',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  retries: 0,
  ...ownPreview,
});
