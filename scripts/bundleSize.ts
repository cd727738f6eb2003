/**
 * The bundle's figures, read from a build made with `vite build --manifest` (part of
 * `npm run bench:editor`): what the page's first load costs (index.html, its entry chunk with
 * its static imports and their CSS), the cluster engine's worker that the page starts at once,
 * and Monaco's lazy share (everything the dynamic import of `monaco/setup.ts` brings: its chunk
 * and CSS, the JSON and YAML language chunks, the editor/json/yaml workers, the icon font).
 * Sizes raw and gzip (zlib level 9, as a static server would precompress), in kB of 1,000
 * bytes as Vite prints them. Figures, never assertions.
 *
 * `npx tsx scripts/bundleSize.ts [outDir]` (default `dist`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { attributeBySource } from './sourceMapShare';

/** One entry of `.vite/manifest.json` (Vite's build manifest). */
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type BuildManifest = Record<string, ManifestChunk>;

/** The module whose dynamic import brings Monaco in (src/ui/editor/monaco/load.ts). */
export const MONACO_ENTRY = 'src/ui/editor/monaco/setup.ts';
/** The engine on the main thread, loaded only where module Workers fail. */
export const ENGINE_FALLBACK = 'src/worker/inline.ts';

export interface BundleGroups {
  /** Fetched before the page can draw: the entry chunks, their static imports, their CSS. */
  initial: string[];
  /** Workers the first load's chunks start (the cluster engine). */
  initialWorkers: string[];
  /** Brought by the dynamic import of `src` (and its own dynamic imports), minus the above. */
  lazy: { src: string; files: string[] }[];
}

const isScript = (file: string): boolean => file.endsWith('.js') || file.endsWith('.mjs');

/**
 * Split a build's files into what the first load fetches and what each dynamic import adds.
 * A chunk shared by the first load and a lazy part counts once, in the first load.
 */
export function groupBundle(manifest: BuildManifest): BundleGroups {
  const staticClosure = (keys: readonly string[], into: Set<string>): void => {
    for (const key of keys) {
      if (into.has(key) || !manifest[key]) continue;
      into.add(key);
      staticClosure(manifest[key].imports ?? [], into);
    }
  };
  const entries = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
  const initialKeys = new Set<string>();
  staticClosure(entries, initialKeys);

  const filesOf = (keys: Iterable<string>): { files: string[]; workers: string[] } => {
    const files: string[] = [];
    const workers: string[] = [];
    for (const key of keys) {
      const chunk = manifest[key];
      if (!chunk) continue;
      files.push(chunk.file, ...(chunk.css ?? []));
      // a `.js` asset of a chunk is a worker it starts (`new Worker(new URL(…))`, `?worker`)
      for (const asset of chunk.assets ?? []) (isScript(asset) ? workers : files).push(asset);
    }
    return { files: unique(files), workers: unique(workers) };
  };
  const first = filesOf(initialKeys);
  const taken = new Set([...first.files, ...first.workers]);

  const lazyRoots = unique(
    [...initialKeys].flatMap((k) => manifest[k]?.dynamicImports ?? []),
  ).filter((k) => !initialKeys.has(k));
  const lazy = lazyRoots.map((src) => {
    const keys = new Set<string>();
    const walk = (key: string): void => {
      if (keys.has(key) || initialKeys.has(key) || !manifest[key]) return;
      keys.add(key);
      for (const k of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])])
        walk(k);
    };
    walk(src);
    const { files, workers } = filesOf(keys);
    return { src, files: [...files, ...workers].filter((f) => !taken.has(f)) };
  });
  return { initial: ['index.html', ...first.files], initialWorkers: first.workers, lazy };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

interface Size {
  raw: number;
  gzip: number;
}

function sizeOf(outDir: string, file: string): Size {
  const bytes = readFileSync(join(outDir, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kB = (n: number): string => (n / 1000).toFixed(1).padStart(8);

function table(outDir: string, title: string, files: readonly string[]): string[] {
  const sizes = files.map((f) => ({ file: f, ...sizeOf(outDir, f) }));
  const total = sizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), {
    raw: 0,
    gzip: 0,
  });
  const js = sizes.filter((s) => isScript(s.file));
  const css = sizes.filter((s) => s.file.endsWith('.css'));
  const sum = (xs: Size[], k: keyof Size): number => xs.reduce((n, s) => n + s[k], 0);
  return [
    `  ${title}`,
    ...sizes.map((s) => `    ${s.file.padEnd(44)} ${kB(s.raw)} ${kB(s.gzip)}`),
    `    ${'total'.padEnd(44)} ${kB(total.raw)} ${kB(total.gzip)}` +
      (js.length && css.length
        ? `   (JS ${kB(sum(js, 'gzip')).trim()} + CSS ${kB(sum(css, 'gzip')).trim()} gzip)`
        : ''),
  ];
}

/** The largest packages in a chunk, by the bytes its source map gives each (why it is big). */
function shares(outDir: string, file: string, top = 12): string[] {
  const map = join(outDir, `${file}.map`);
  if (!existsSync(map)) return [];
  const code = readFileSync(join(outDir, file), 'utf8');
  const bySource = attributeBySource(code, JSON.parse(readFileSync(map, 'utf8')));
  const byPackage = new Map<string, number>();
  for (const [source, bytes] of bySource) {
    const key = packageOf(source);
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytes);
  }
  const sorted = [...byPackage].sort((a, b) => b[1] - a[1]);
  const rest = sorted.slice(top).reduce((n, [, b]) => n + b, 0);
  return [
    `    what ${file} holds (raw kB by source map):`,
    `      ${[...sorted.slice(0, top), ...(rest ? [['others', rest] as const] : [])]
      .map(([name, bytes]) => `${name} ${(bytes / 1000).toFixed(0)}`)
      .join(' · ')}`,
  ];
}

/**
 * `…/node_modules/react-dom/cjs/x.js` → `react-dom`; `…/src/ui/editor/x.tsx` → `src/ui/editor`
 * (source paths are relative to the map, so a build outside the repo has `../` in front).
 */
export function packageOf(source: string): string {
  const path = source.replace(/\\/g, '/');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
  }
  const src = path.startsWith('src/') ? 0 : path.lastIndexOf('/src/') + 1;
  if (src === 0 && !path.startsWith('src/')) return path;
  const dirs = path.slice(src).split('/').slice(0, -1);
  return dirs.slice(0, 3).join('/');
}

export function bundleReport(outDir: string): string {
  const manifestPath = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`${manifestPath} is missing: build with \`vite build --manifest\``);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BuildManifest;
  const groups = groupBundle(manifest);
  const label = (src: string): string =>
    src === MONACO_ENTRY
      ? `Monaco, lazy (the dynamic import of ${src}): not in the first load`
      : src === ENGINE_FALLBACK
        ? `the engine on the main thread (${src}): only where module Workers fail`
        : `lazy: ${src}`;
  const entryScripts = groups.initial.filter(isScript);
  return [
    `bundle — ${outDir} (kB = 1,000 bytes; gzip level 9)`,
    `    ${'file'.padEnd(44)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)}`,
    ...table(
      outDir,
      'first load: index.html, entry chunk(s), their static imports and CSS',
      groups.initial,
    ),
    ...entryScripts.flatMap((f) => shares(outDir, f)),
    ...(groups.initialWorkers.length
      ? table(
          outDir,
          'the cluster engine worker (started by the page at load)',
          groups.initialWorkers,
        )
      : []),
    ...groups.lazy.flatMap((l) => table(outDir, label(l.src), l.files)),
  ].join('\n');
}

// run as a script (not when imported by scripts/benchEditor.ts)
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  console.log(bundleReport(process.argv[2] ?? 'dist'));
