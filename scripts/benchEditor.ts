/**
 * `npm run bench:editor`: build the page with its manifest, print the bundle's figures
 * (scripts/bundleSize.ts), then time the editor in Chromium (e2e/bench/editor.bench.ts).
 *
 * `BENCH_OUT_DIR=/tmp/x BENCH_PORT=5186 npm run bench:editor` builds into /tmp/x and previews
 * it on port 5186 (playwright.bench.config.ts), so a run never shares dist/ or port 4173 with
 * anyone else on the machine. Without them: dist/ and `npm run preview`, as bench:page does.
 */
import { spawnSync } from 'node:child_process';
import { bundleReport } from './bundleSize';

const outDir = process.env.BENCH_OUT_DIR ?? 'dist';

function run(command: string, args: string[]): void {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

run('npx', ['vite', 'build', '--manifest', '--outDir', outDir, '--emptyOutDir']);
console.log(`\n${bundleReport(outDir)}\n`);
run('node', ['e2e/support/find-chromium.mjs']);
run('npx', ['playwright', 'test', '-c', 'playwright.bench.config.ts', 'editor.bench']);
