import { describe, expect, it } from 'vitest';
import { printJson } from './json';

describe('printJson: kubectl -o json', () => {
  it('indents four spaces, keeps the given key order and ends with a newline', () => {
    const list = { apiVersion: 'v1', items: [], kind: 'List', metadata: { resourceVersion: '' } };
    expect(printJson(list)).toBe(
      [
        '{',
        '    "apiVersion": "v1",',
        '    "items": [],',
        '    "kind": "List",',
        '    "metadata": {',
        '        "resourceVersion": ""',
        '    }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('nests arrays of objects and prints numbers, booleans and null as Go does', () => {
    expect(printJson({ ports: [{ port: 80, ready: true, hostIP: null }], empty: {} })).toBe(
      [
        '{',
        '    "ports": [',
        '        {',
        '            "port": 80,',
        '            "ready": true,',
        '            "hostIP": null',
        '        }',
        '    ],',
        '    "empty": {}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [
      'angle brackets and ampersands are escaped like Go',
      '<none> & more',
      '"\\u003cnone\\u003e \\u0026 more"',
    ],
    ['line and paragraph separators are escaped', 'a\u2028b\u2029c', '"a\\u2028b\\u2029c"'],
    ['quotes, backslashes and newlines use short escapes', 'say "hi"\\\n', '"say \\"hi\\"\\\\\\n"'],
    ['other control characters use \\u00XX', '\u001b[0m', '"\\u001b[0m"'],
  ])('%s', (_, value, expected) => {
    expect(printJson({ v: value })).toBe(`{\n    "v": ${expected}\n}\n`);
  });

  it('omits undefined fields', () => {
    expect(printJson({ a: 'x', b: undefined })).toBe('{\n    "a": "x"\n}\n');
  });
});
