import { describe, expect, it } from 'vitest';
import { parseSelector } from './parse';
import { Selector, selectorFromLabelSelector, selectorFromSet } from './selector';

const web = { app: 'web', tier: 'frontend', env: 'prod' };
const db = { app: 'db', tier: 'backend' };
const bare = {};

describe('label selector semantics (k8s-reference §2.2)', () => {
  // selector, labels, matches?
  const truth: [string, Record<string, string>, boolean][] = [
    ['app=web', web, true],
    ['app==web', web, true],
    ['app=web', db, false],
    ['app=web', bare, false],
    ['app!=web', db, true],
    ['app!=web', web, false],
    ['app!=web', bare, true], // a missing key satisfies !=
    ['tier != frontend', bare, true],
    ['env in (prod, qa)', web, true],
    ['env in (prod,qa)', db, false], // a missing key never satisfies in
    ['env notin (prod,qa)', web, false],
    ['env notin (prod,qa)', db, true], // a missing key satisfies notin
    ['env', web, true],
    ['env', db, false],
    ['!env', db, true],
    ['!env', web, false],
    ['app=web,tier=frontend', web, true],
    ['app=web,tier=backend', web, false],
    [
      'environment in (production, test), tier notin (frontend, back-end), partition',
      { environment: 'test', tier: 'x', partition: 'a' },
      true,
    ],
    ['', web, true],
    ['', bare, true],
  ];
  it.each(truth)('%j on %j → %s', (text, labels, expected) => {
    expect(parseSelector(text).matches(labels)).toBe(expected);
  });

  it('compares gt and lt numerically and never matches non-integers', () => {
    expect(parseSelector('replicas>2').matches({ replicas: '10' })).toBe(true);
    expect(parseSelector('replicas>2').matches({ replicas: '2' })).toBe(false);
    expect(parseSelector('replicas<2').matches({ replicas: 'x' })).toBe(false);
    expect(parseSelector('replicas<2').matches({})).toBe(false);
  });

  it('allows in and notin as values and keys in value context', () => {
    expect(parseSelector('value in (in)').matches({ value: 'in' })).toBe(true);
  });

  it('treats `in ()` as the set holding the empty string, as apimachinery does', () => {
    expect(parseSelector('a in ()').matches({ a: '' })).toBe(true);
    expect(parseSelector('a=').matches({ a: '' })).toBe(true);
  });

  it('prints the canonical form sorted by key', () => {
    expect(parseSelector('tier in (fe, be),app=web').toString()).toBe('app=web,tier in (be,fe)');
    expect(parseSelector('!a, b').toString()).toBe('!a,b');
  });
});

describe('selector parse errors (apimachinery wording)', () => {
  const cases: [string, string][] = [
    ['app web', "unable to parse requirement: found 'web', expected: in, notin, =, ==, !=, gt, lt"],
    ['app=web,', "found '', expected: identifier after ','"],
    [',app', "found ',', expected: !, identifier, or 'end of string'"],
    ['app=(a', "unable to parse requirement: found '', expected: ',' or ')'"],
    ['app in a', "unable to parse requirement: found 'a' expected: '('"],
    ['app=a b', "found 'b', expected: ',' or 'end of string'"],
    ['!a=b', "found '=', expected: ',' or 'end of string'"],
    ['app=a b c', "found 'b', expected: ',' or 'end of string'"],
    [
      'app=-bad',
      "unable to parse requirement: values[0][app]: Invalid value: \"-bad\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ],
    [
      'a/b/c=x',
      "unable to parse requirement: key: Invalid value: \"a/b/c\": a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ],
    [
      'x>a',
      "unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer",
    ],
  ];
  it.each(cases)('%j', (text, message) => {
    expect(() => parseSelector(text)).toThrow(message);
    try {
      parseSelector(text);
    } catch (e) {
      expect((e as Error).message).toBe(message);
    }
  });
});

describe('selectors from objects (k8s-reference §2.3)', () => {
  it('an empty or missing map selector is Everything', () => {
    expect(selectorFromSet({}).isEverything).toBe(true);
    expect(selectorFromSet(undefined).matches(bare)).toBe(true);
  });
  it('a nil metav1.LabelSelector is Nothing, an empty one Everything', () => {
    expect(selectorFromLabelSelector(undefined).matches(web)).toBe(false);
    expect(selectorFromLabelSelector({}).matches(web)).toBe(true);
  });
  it('ANDs matchLabels with matchExpressions', () => {
    const s = selectorFromLabelSelector({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'env', operator: 'In', values: ['prod', 'qa'] },
        { key: 'canary', operator: 'DoesNotExist' },
      ],
    });
    expect(s.matches(web)).toBe(true);
    expect(s.matches({ ...web, canary: 'true' })).toBe(false);
    expect(s.toString()).toBe('app=web,!canary,env in (prod,qa)');
  });
  it('Selector.nothing matches nothing, not even empty labels', () => {
    expect(Selector.nothing().matches({})).toBe(false);
  });
});
