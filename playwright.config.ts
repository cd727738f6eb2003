import { defineConfig } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with e2e/support/find-chromium.mjs
import { chromiumPath } from './e2e/support/chromium-path.mjs';

const executablePath = (chromiumPath as () => string | undefined)();
/**
 * `E2E_DEV_PORT=5181 npx playwright test e2e/x.spec.ts` runs against a Vite dev server of this
 * working tree on that port instead of the built page: several people (or helpers) can try
 * their scenes at once without sharing one dist/ or one port.
 */
const devPort = process.env.E2E_DEV_PORT;
const baseURL = devPort ? `http://127.0.0.1:${devPort}` : 'http://127.0.0.1:4173';

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'off',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: devPort
      ? `npx vite --host 127.0.0.1 --port ${devPort} --strictPort`
      : 'npm run preview',
    url: baseURL,
    reuseExistingServer: !process.env.CI && !devPort,
    timeout: 60_000,
  },
});
