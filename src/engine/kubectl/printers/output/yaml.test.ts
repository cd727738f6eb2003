import { describe, expect, it } from 'vitest';
import { printYaml } from './yaml';

describe('printYaml: how go-yaml v2 writes a string value', () => {
  it.each<[string, unknown, string]>([
    ['a plain word', 'nginx', 'nginx'],
    ['a number written as a string', '123', '"123"'],
    ['a resourceVersion', '48213', '"48213"'],
    ['a boolean word', 'true', '"true"'],
    ['a YAML 1.1 boolean word', 'yes', '"yes"'],
    ['a one-letter YAML 1.1 boolean', 'y', '"y"'],
    ['another YAML 1.1 boolean', 'No', '"No"'],
    ['on', 'on', '"on"'],
    ['a null word', 'null', '"null"'],
    ['a tilde', '~', '"~"'],
    ['the empty string', '', '""'],
    ['a float', '1.5', '"1.5"'],
    ['an exponent', '1e3', '"1e3"'],
    ['a hex number', '0x1F', '"0x1F"'],
    ['digits with underscores', '1_000', '"1_000"'],
    ['a leading zero', '08', '"08"'],
    ['a leading dot', '.5', '".5"'],
    ['a signed number', '+1', '"+1"'],
    ['negative infinity', '-.inf', '"-.inf"'],
    ['a timestamp', '2015-08-04T21:03:36Z', '"2015-08-04T21:03:36Z"'],
    ['a date', '2015-08-04', '"2015-08-04"'],
    ['a sexagesimal number', '12:30', '"12:30"'],
    ['colon-space inside', 'a: b', "'a: b'"],
    ['a colon without a space', 'a:b', 'a:b'],
    ['a trailing colon', 'key:', "'key:'"],
    ['a dash and space', '- x', "'- x'"],
    ['a lone dash', '-', "'-'"],
    ['a dash before text', '-x', '-x'],
    ['an alias star', '*', "'*'"],
    ['an anchor', '&a', "'&a'"],
    ['a comment start', '#c', "'#c'"],
    ['a comment after a space', 'a #b', "'a #b'"],
    ['a hash inside a word', 'a#b', 'a#b'],
    ['a flow mapping', '{x}', "'{x}'"],
    ['a flow sequence', '[a]', "'[a]'"],
    ['a reserved @', '@x', "'@x'"],
    ['a leading space', ' lead', "' lead'"],
    ['a trailing space', 'trail ', "'trail '"],
    ['an apostrophe inside', "it's", "it's"],
    ['quotes doubled inside single quotes', "'q'", "'''q'''"],
    ['angle brackets', '<none>', '<none>'],
    ['non-ASCII letters', 'café', 'café'],
    ['a tab', 'a\tb', '"a\\tb"'],
    ['a character outside the BMP', '🚀', '"\\U0001F680"'],
    ['an integer', 3, '3'],
    ['a float number', 1.5, '1.5'],
    ['a large float, in exponent form like Go', 1234567.5, '1.2345675e+06'],
    ['a small float', 0.00001, '1e-05'],
    ['a boolean', true, 'true'],
    ['null', null, 'null'],
    ['an empty map', {}, '{}'],
    ['an empty list', [], '[]'],
  ])('%s', (_, value, expected) => {
    expect(printYaml({ v: value })).toBe(`v: ${expected}\n`);
  });

  it.each<[string, string, string]>([
    ['no final newline: strip', 'line1\nline2', 'v: |-\n  line1\n  line2\n'],
    ['one final newline: clip', 'a\n', 'v: |\n  a\n'],
    ['more final newlines: keep', 'a\n\n', 'v: |+\n  a\n\n'],
    ['a leading space needs an indentation hint', ' lead\nx', 'v: |2-\n   lead\n  x\n'],
    ['text that would need quotes is fine in a block', 'x: y\nz', 'v: |-\n  x: y\n  z\n'],
  ])('a multi-line string is a literal block: %s', (_, value, expected) => {
    expect(printYaml({ v: value })).toBe(expected);
  });

  it('a space before a newline forces double quotes', () => {
    expect(printYaml({ v: 'a \nb' })).toBe('v: "a \\nb"\n');
  });
});

describe('printYaml: document layout', () => {
  it('sorts keys at every level, leaves lists unindented under their key, nests lists in lists', () => {
    const doc = {
      spec: {
        containers: [
          { name: 'web', args: ['sh', '-c', 'echo hi\nexit 1'], ports: [{ containerPort: 80 }] },
        ],
        matrix: [[1, 2], []],
      },
      metadata: { annotations: { note: 'first line\nsecond line\n' }, name: 'web' },
      apiVersion: 'v1',
    };
    expect(printYaml(doc)).toBe(
      [
        'apiVersion: v1',
        'metadata:',
        '  annotations:',
        '    note: |',
        '      first line',
        '      second line',
        '  name: web',
        'spec:',
        '  containers:',
        '  - args:',
        '    - sh',
        '    - -c',
        '    - |-',
        '      echo hi',
        '      exit 1',
        '    name: web',
        '    ports:',
        '    - containerPort: 80',
        '  matrix:',
        '  - - 1',
        '    - 2',
        '  - []',
        '',
      ].join('\n'),
    );
  });

  it('orders keys as go-yaml does: non-letters before letters, capitals before lower case, digit runs by value', () => {
    const labels = { node10: 'a', node2: 'b', app: 'c', Zone: 'd', _x: 'e' };
    expect(printYaml(labels)).toBe('_x: e\nZone: d\napp: c\nnode2: b\nnode10: a\n');
  });

  it('folds long strings at a space past column 80, continuing two spaces in', () => {
    const doc = {
      message:
        '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
      reason:
        'Back-off restarting failed container web in pod web-x7k2p_default and some more words to wrap around',
    };
    expect(printYaml(doc)).toBe(
      [
        "message: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available:",
        "  3 No preemption victims found for incoming pod.'",
        'reason: Back-off restarting failed container web in pod web-x7k2p_default and some',
        '  more words to wrap around',
        '',
      ].join('\n'),
    );
  });

  it('drops undefined fields, as JSON marshalling does', () => {
    expect(printYaml({ a: 1, b: undefined })).toBe('a: 1\n');
  });
});
