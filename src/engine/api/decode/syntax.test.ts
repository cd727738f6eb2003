import { describe, expect, it } from 'vitest';
import { parseGoTime } from './goTime';
import { readJsonStream } from './jsonStream';
import { resolvePlain } from './yamlScalars';

describe("JSON syntax errors in Go encoding/json's words, with its byte offsets", () => {
  it.each([
    ['{"a" 1}', "json: offset 6: invalid character '1' after object key"],
    ['{"a": 1 "b": 2}', "json: offset 9: invalid character '\"' after object key:value pair"],
    ['{"a": [1 2]}', "json: offset 10: invalid character '2' after array element"],
    ['{"a": [1,]}', "json: offset 10: invalid character ']' looking for beginning of value"],
    ['{"a": 01}', "json: offset 8: invalid character '1' after object key:value pair"],
    ['{"a": -x}', "json: offset 8: invalid character 'x' in numeric literal"],
    ['{"a": 1.}', "json: offset 9: invalid character '}' after decimal point in numeric literal"],
    ['{"a": 1e}', "json: offset 9: invalid character '}' in exponent of numeric literal"],
    ['{"a": tru}', "json: offset 10: invalid character '}' in literal true (expecting 'e')"],
    ['{"a": nul}', "json: offset 10: invalid character '}' in literal null (expecting 'l')"],
    ['{"a": "\\q"}', "json: offset 9: invalid character 'q' in string escape code"],
    [
      '{"a": "\\u12g4"}',
      "json: offset 12: invalid character 'g' in \\u hexadecimal character escape",
    ],
    ['{"a": "x\ty"}', "json: offset 9: invalid character '\\t' in string literal"],
    [
      "{'a': 1}",
      "json: offset 2: invalid character '\\'' looking for beginning of object key string",
    ],
    [
      '{"é": 1, ü}',
      "json: offset 11: invalid character 'Ã' looking for beginning of object key string",
    ],
    ['{} "x"y', "json: offset 7: invalid character 'y' after top-level value"],
    ['{"a": 1', 'unexpected EOF'],
    ['{"a": "x', 'unexpected EOF'],
  ])('%s', (text, message) => {
    expect(readJsonStream(text).error?.message).toBe(message);
  });

  it('numbers arrive as Go re-encodes them after kubectl read them', () => {
    const { values } = readJsonStream(
      '{"a": 1.0, "b": 1e3, "c": -0, "d": 12345678901234567890, "e": 0.0000001}',
    );
    const first = values[0];
    const texts =
      first?.kind === 'object'
        ? first.entries.map((e) => (e.value.kind === 'number' ? e.value.text : ''))
        : [];
    expect(texts).toEqual(['1', '1000', '0', '12345678901234567000', '1e-7']);
  });
});

describe("metav1.Time decoding (Go's time.Parse with RFC 3339)", () => {
  it.each([
    ['2015-07-01T12:00:00Z', '2015-07-01T12:00:00Z'],
    ['2015-07-01T14:30:00+02:00', '2015-07-01T12:30:00Z'],
    ['2015-07-01T12:00:00.123456789Z', '2015-07-01T12:00:00Z'],
    ['2015-12-31T23:00:00-02:00', '2016-01-01T01:00:00Z'],
  ])('%s is stored as %s', (input, stored) => {
    expect(parseGoTime(input)).toEqual({ ok: true, text: stored });
  });

  it.each([
    [
      'yesterday',
      'parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"',
    ],
    [
      '2015-7-01T12:00:00Z',
      'parsing time "2015-7-01T12:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse "7-01T12:00:00Z" as "01"',
    ],
    [
      '2015-07-01 12:00:00Z',
      'parsing time "2015-07-01 12:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse " 12:00:00Z" as "T"',
    ],
    ['2015-13-01T12:00:00Z', 'parsing time "2015-13-01T12:00:00Z": month out of range'],
    ['2015-02-30T12:00:00Z', 'parsing time "2015-02-30T12:00:00Z": day out of range'],
    [
      '2015-07-01T12:00:00',
      'parsing time "2015-07-01T12:00:00" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"',
    ],
    ['2015-07-01T12:00:00Zoops', 'parsing time "2015-07-01T12:00:00Zoops": extra text: "oops"'],
  ])('%s', (input, message) => {
    expect(parseGoTime(input)).toEqual({ ok: false, message });
  });

  it('MicroTime keeps microseconds and needs exactly six digits', () => {
    expect(parseGoTime('2015-07-01T12:00:00.000123Z', true)).toEqual({
      ok: true,
      text: '2015-07-01T12:00:00.000123Z',
    });
    expect(parseGoTime('2015-07-01T12:00:00Z', true)).toEqual({
      ok: false,
      message:
        'parsing time "2015-07-01T12:00:00Z" as "2006-01-02T15:04:05.000000Z07:00": cannot parse "Z" as ".000000"',
    });
  });
});

describe('plain YAML scalars resolve as in go-yaml v2 (YAML 1.1)', () => {
  it.each([
    ['yes', { kind: 'bool', value: true }],
    ['Off', { kind: 'bool', value: false }],
    ['n', { kind: 'bool', value: false }],
    ['~', { kind: 'null' }],
    ['', { kind: 'null' }],
    ['0777', { kind: 'int', text: '511' }],
    ['0x1F', { kind: 'int', text: '31' }],
    ['0b101', { kind: 'int', text: '5' }],
    ['1_000', { kind: 'int', text: '1000' }],
    ['+12', { kind: 'int', text: '12' }],
    ['08', { kind: 'float', value: 8 }],
    ['1.5', { kind: 'float', value: 1.5 }],
    ['.5', { kind: 'float', value: 0.5 }],
    ['1e3', { kind: 'float', value: 1000 }],
    ['.inf', { kind: 'float', value: Infinity }],
    ['1.2.3', { kind: 'string', value: '1.2.3' }],
    ['nginx:1.7', { kind: 'string', value: 'nginx:1.7' }],
    ['2015-07-01', { kind: 'string', value: '2015-07-01' }],
  ])('%s', (text, scalar) => {
    expect(resolvePlain(text)).toEqual(scalar);
  });
});
