import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The engine runs in a module Web Worker; `worker.format: 'es'` keeps it a module in the build.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  // Playwright against a dev server (E2E_DEV_PORT, see playwright.config.ts): no hot reloads,
  // so a file saved mid-test does not reload the page under it
  ...(process.env.E2E_DEV_PORT ? { server: { hmr: false, watch: null } } : {}),
  build: {
    target: 'es2022',
    sourcemap: true,
    // loaded apart from the page, so its first load stays small: the engine (the worker and its
    // main-thread fallback, ~760 kB each) and Monaco (lean: core + JSON + YAML, ~3.2 MB, lazy)
    chunkSizeWarningLimit: 3500,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
