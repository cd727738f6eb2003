import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The engine runs in a module Web Worker; `worker.format: 'es'` keeps it a module in the build.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
