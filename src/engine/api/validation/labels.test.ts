import { describe, expect, it } from 'vitest';
import { errorText } from '../field';
import {
  isQualifiedName,
  validateAnnotations,
  validateLabelSelector,
  validateLabels,
} from './labels';

const NAME_PART_REGEX =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE_REGEX =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('label keys', () => {
  it.each([
    ['app', []],
    ['App.Name_1', []],
    ['example.com/tier', []],
    ['kubernetes.io/metadata.name', []],
    ['/tier', ['prefix part must be non-empty']],
    ['example.com/', ['name part must be non-empty', NAME_PART_REGEX]],
    ['a'.repeat(64), ['name part must be no more than 63 characters']],
    ['tier!', [NAME_PART_REGEX]],
    [
      'Example.com/tier',
      [
        "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ],
    ],
    [
      'a/b/c',
      [
        "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
      ],
    ],
  ])('%j', (key, errs) => {
    expect(isQualifiedName(key)).toEqual(errs);
  });
});

describe('validateLabels', () => {
  it('reports keys and values on the map path, in key order', () => {
    const errs = validateLabels(
      { tier: 'front end', 'bad key': 'x', empty: '' },
      'metadata.labels',
    ).map(errorText);
    expect(errs).toEqual([
      `metadata.labels: Invalid value: "bad key": ${NAME_PART_REGEX}`,
      `metadata.labels: Invalid value: "front end": ${VALUE_REGEX}`,
    ]);
  });

  it('reports a long invalid value twice: once for length, once for the regex', () => {
    expect(validateLabels({ app: `${'x'.repeat(63)}-` }, 'spec.selector').map(errorText)).toEqual([
      `spec.selector: Invalid value: "${'x'.repeat(63)}-": must be no more than 63 characters`,
      `spec.selector: Invalid value: "${'x'.repeat(63)}-": ${VALUE_REGEX}`,
    ]);
  });
});

describe('validateAnnotations', () => {
  it('checks keys case-insensitively but reports them as written', () => {
    expect(validateAnnotations({ 'Example.COM/Owner': 'me' }, 'metadata.annotations')).toEqual([]);
    expect(validateAnnotations({ 'My Note': 'x' }, 'metadata.annotations').map(errorText)).toEqual([
      `metadata.annotations: Invalid value: "My Note": ${NAME_PART_REGEX}`,
    ]);
  });

  it('limits keys and values together to 256 KiB', () => {
    expect(validateAnnotations({ a: 'x'.repeat(262143) }, 'metadata.annotations')).toEqual([]);
    expect(
      validateAnnotations({ a: 'x'.repeat(262144) }, 'metadata.annotations').map(errorText),
    ).toEqual(['metadata.annotations: Too long: must have at most 262144 bytes']);
  });
});

describe('validateLabelSelector', () => {
  it.each([
    [{ matchLabels: { app: 'web' } }, []],
    [{ matchExpressions: [{ key: 'tier', operator: 'In' as const, values: ['a', 'b'] }] }, []],
    [
      { matchExpressions: [{ key: 'tier', operator: 'In' as const, values: [] }] },
      [
        "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      ],
    ],
    [
      { matchExpressions: [{ key: 'tier', operator: 'NotIn' as const }] },
      [
        "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      ],
    ],
    [
      { matchExpressions: [{ key: 'tier', operator: 'Exists' as const, values: ['x'] }] },
      [
        "spec.selector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
      ],
    ],
    [
      { matchExpressions: [{ key: 'tier', operator: 'Equals' as never, values: ['x'] }] },
      [
        'spec.selector.matchExpressions[0].operator: Invalid value: "Equals": not a valid selector operator',
      ],
    ],
    [
      {
        matchLabels: { 'a b': 'c' },
        matchExpressions: [{ key: 'ok', operator: 'In' as const, values: ['bad value'] }],
      },
      [
        `spec.selector.matchLabels: Invalid value: "a b": ${NAME_PART_REGEX}`,
        `spec.selector.matchExpressions[0].values[0]: Invalid value: "bad value": ${VALUE_REGEX}`,
      ],
    ],
  ])('%j', (selector, errs) => {
    expect(validateLabelSelector(selector, 'spec.selector').map(errorText)).toEqual(errs);
  });
});
