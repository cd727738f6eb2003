import { describe, expect, it } from 'vitest';
import { groupBundle, packageOf, type BuildManifest } from './bundleSize';
import { attributeBySource, decodeSegment } from './sourceMapShare';

// the shape `vite build --manifest` gives this page (names shortened)
const manifest: BuildManifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_shared.js'],
    dynamicImports: ['src/ui/editor/monaco/setup.ts', 'src/worker/inline.ts'],
    css: ['assets/index.css'],
    assets: ['assets/cluster.worker.js'],
  },
  '_shared.js': { file: 'assets/shared.js', css: ['assets/shared.css'] },
  'src/ui/editor/monaco/setup.ts': {
    file: 'assets/setup.js',
    isDynamicEntry: true,
    imports: ['index.html', '_shared.js'],
    dynamicImports: ['jsonMode.js'],
    css: ['assets/setup.css'],
    assets: ['assets/editor.worker.js', 'assets/codicon.ttf'],
  },
  'jsonMode.js': {
    file: 'assets/jsonMode.js',
    isDynamicEntry: true,
    imports: ['src/ui/editor/monaco/setup.ts'],
  },
  'src/worker/inline.ts': {
    file: 'assets/inline.js',
    isDynamicEntry: true,
    imports: ['index.html'],
  },
};

describe('groupBundle', () => {
  const groups = groupBundle(manifest);

  it('counts the entry, its static imports and their CSS as the first load', () => {
    expect(groups.initial).toEqual([
      'index.html',
      'assets/index.js',
      'assets/index.css',
      'assets/shared.js',
      'assets/shared.css',
    ]);
  });

  it('tells the workers the first load starts apart from its chunks', () => {
    expect(groups.initialWorkers).toEqual(['assets/cluster.worker.js']);
  });

  it("gives each dynamic import what it adds, with its own dynamic imports and workers, never the first load's chunks", () => {
    expect(groups.lazy).toEqual([
      {
        src: 'src/ui/editor/monaco/setup.ts',
        files: [
          'assets/setup.js',
          'assets/setup.css',
          'assets/codicon.ttf',
          'assets/jsonMode.js',
          'assets/editor.worker.js',
        ],
      },
      { src: 'src/worker/inline.ts', files: ['assets/inline.js'] },
    ]);
  });
});

describe('packageOf', () => {
  it('names a dependency by its package, scoped ones with their scope', () => {
    expect(packageOf('../node_modules/react-dom/cjs/react-dom.production.js')).toBe('react-dom');
    expect(packageOf('../../node_modules/@scope/pkg/x.js')).toBe('@scope/pkg');
  });

  it("names the page's own code by its folder under src, wherever the build was made", () => {
    expect(packageOf('../src/ui/editor/EditorPanel.tsx')).toBe('src/ui/editor');
    expect(packageOf('../../../work/main/src/state/store.ts')).toBe('src/state');
    expect(packageOf('../src/main.tsx')).toBe('src');
  });
});

describe('source-map shares', () => {
  it('decodes Base64 VLQ fields, negative and multi-digit ones too', () => {
    expect(decodeSegment('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeSegment('gBCDD')).toEqual([16, 1, -1, -1]);
  });

  it('gives each source the generated text from its segment to the next', () => {
    // line 1: columns 0-3 from a.js, 4-9 from b.js; line 2 from b.js (the source carries over)
    const code = 'aaaabbbbbb\nbb';
    const map = { sources: ['a.js', 'b.js'], mappings: 'AAAA,ICAA;AAAA' };
    expect(Object.fromEntries(attributeBySource(code, map))).toEqual({
      'a.js': 4,
      'b.js': 6 + 1 + 2,
    });
  });
});
