import { describe, expect, it } from 'vitest';
import {
  formatGoDuration,
  parseGoBool,
  parseGoDuration,
  parseGoInt,
  readCSVRecord,
} from './goValues';

describe('parseGoInt behaves like strconv.ParseInt(s, 0, bits)', () => {
  it.each([
    ['3', 3],
    ['-1', -1],
    ['+7', 7],
    ['0', 0],
    ['0x1F', 31],
    ['0o17', 15],
    ['017', 15],
    ['0b101', 5],
    ['1_000', 1000],
    ['9007199254740991', 9007199254740991],
    ['-9223372036854775808', -(2 ** 63)],
  ])('%s → %d', (s, value) => {
    expect(parseGoInt(s)).toEqual({ ok: true, value });
  });

  it.each(['x', '', '1.5', '08', '1__0', '_1', '1_', '0x', '--1', ' 1'])('rejects %j', (s) => {
    expect(parseGoInt(s)).toEqual({
      ok: false,
      error: `strconv.ParseInt: parsing ${JSON.stringify(s)}: invalid syntax`,
    });
  });

  it('knows the width of the flag', () => {
    expect(parseGoInt('2147483648', 32)).toEqual({
      ok: false,
      error: 'strconv.ParseInt: parsing "2147483648": value out of range',
    });
    expect(parseGoInt('-2147483648', 32)).toEqual({ ok: true, value: -2147483648 });
    expect(parseGoInt('99999999999999999999')).toEqual({
      ok: false,
      error: 'strconv.ParseInt: parsing "99999999999999999999": value out of range',
    });
  });
});

describe('parseGoBool behaves like strconv.ParseBool', () => {
  it.each(['1', 't', 'T', 'TRUE', 'true', 'True'])('%s is true', (s) => {
    expect(parseGoBool(s)).toEqual({ ok: true, value: true });
  });
  it.each(['0', 'f', 'F', 'FALSE', 'false', 'False'])('%s is false', (s) => {
    expect(parseGoBool(s)).toEqual({ ok: true, value: false });
  });
  it('rejects anything else', () => {
    expect(parseGoBool('yes')).toEqual({
      ok: false,
      error: 'strconv.ParseBool: parsing "yes": invalid syntax',
    });
  });
});

describe('parseGoDuration behaves like time.ParseDuration, in milliseconds', () => {
  it.each([
    ['0', 0],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['1.5s', 1500],
    ['.5s', 500],
    ['300ms', 300],
    ['10us', 0.01],
    ['10µs', 0.01],
    ['-2m', -120_000],
    ['2h45m30.5s', 9_930_500],
  ])('%s → %d ms', (s, value) => {
    expect(parseGoDuration(s)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', 'time: invalid duration "abc"'],
    ['', 'time: invalid duration ""'],
    ['.s', 'time: invalid duration ".s"'],
    ['5', 'time: missing unit in duration "5"'],
    ['1m5', 'time: missing unit in duration "1m5"'],
    ['5x', 'time: unknown unit "x" in duration "5x"'],
    ['3 s', 'time: unknown unit " s" in duration "3 s"'],
  ])('rejects %j', (s, error) => {
    expect(parseGoDuration(s)).toEqual({ ok: false, error });
  });

  it.each([
    [0, '0s'],
    [20_000, '20s'],
    [60_000, '1m0s'],
    [300_000, '5m0s'],
    [1_500, '1.5s'],
    [3_600_000, '1h0m0s'],
    [250, '250ms'],
  ])('prints %d ms as %s', (ms, text) => {
    expect(formatGoDuration(ms)).toBe(text);
  });
});

describe('readCSVRecord reads a string slice flag like pflag', () => {
  it.each([
    ['a.yaml', ['a.yaml']],
    ['a.yaml,b.yaml', ['a.yaml', 'b.yaml']],
    ['', []],
    ['a,,b', ['a', '', 'b']],
    ['"x,y",z', ['x,y', 'z']],
    ['"say ""hi"""', ['say "hi"']],
  ])('%j', (value, fields) => {
    expect(readCSVRecord(value)).toEqual({ ok: true, value: fields });
  });

  it('rejects a bare quote', () => {
    expect(readCSVRecord('a"b')).toEqual({
      ok: false,
      error: 'parse error on line 1, column 2: bare " in non-quoted-field',
    });
  });
});
