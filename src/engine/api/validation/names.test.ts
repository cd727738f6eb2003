import { describe, expect, it } from 'vitest';
import {
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isEnvVarName,
  isValidPercent,
  isValidPortName,
  isValidPortNum,
  nameIsDNSSubdomain,
  regexError,
} from './names';

const LABEL_REGEX =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_REGEX =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_REGEX =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const ENV_REGEX =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";

describe('regexError', () => {
  it('puts a double space before each "or", as Kubernetes does', () => {
    expect(regexError('msg', 're', 'a', 'b', 'c')).toBe(
      "msg (e.g. 'a',  or 'b',  or 'c', regex used for validation is 're')",
    );
    expect(regexError('msg', 're', 'a')).toBe("msg (e.g. 'a', regex used for validation is 're')");
    expect(regexError('msg', 're')).toBe("msg (regex used for validation is 're')");
  });
});

describe('DNS names', () => {
  it.each([
    ['my-name', []],
    ['123-abc', []],
    ['a'.repeat(63), []],
    ['a'.repeat(64), ['must be no more than 63 characters']],
    ['My-Name', [LABEL_REGEX]],
    ['-abc', [LABEL_REGEX]],
    ['a.b', ['must not contain dots']],
    ['', [LABEL_REGEX]],
    [`${'a'.repeat(64)}_`, ['must be no more than 63 characters', LABEL_REGEX]],
  ])('DNS-1123 label %j', (value, errs) => {
    expect(isDNS1123Label(value)).toEqual(errs);
  });

  it.each([
    ['example.com', []],
    ['a'.repeat(100), []],
    ['a'.repeat(254), ['must be no more than 253 characters']],
    ['redisSlaveController', [SUBDOMAIN_REGEX]],
    ['a..b', [SUBDOMAIN_REGEX]],
  ])('DNS-1123 subdomain %j', (value, errs) => {
    expect(isDNS1123Subdomain(value)).toEqual(errs);
  });

  it.each([
    ['redis-master', []],
    ['abc-123', []],
    ['123-abc', [DNS1035_REGEX]],
    ['a.b', [DNS1035_REGEX]],
    [`a${'b'.repeat(63)}`, ['must be no more than 63 characters']],
  ])('DNS-1035 label %j', (value, errs) => {
    expect(isDNS1035Label(value)).toEqual(errs);
  });

  it('lets a generateName end in a dash (masking its last two characters, as Kubernetes does)', () => {
    expect(nameIsDNSSubdomain('web-', true)).toEqual([]);
    expect(nameIsDNSSubdomain('web-', false)).toEqual([SUBDOMAIN_REGEX]);
    expect(nameIsDNSSubdomain('-', true)).toEqual([SUBDOMAIN_REGEX]);
    // The mask swallows the character before the dash too, so 'a_-' passes as a prefix.
    expect(nameIsDNSSubdomain('a_-', true)).toEqual([]);
    expect(nameIsDNSSubdomain('a_b-', true)).toEqual([SUBDOMAIN_REGEX]);
  });
});

describe('IANA service names (container port names)', () => {
  it.each([
    ['redis-server', []],
    ['http', []],
    ['a'.repeat(16), ['must be no more than 15 characters']],
    [
      'HTTP',
      [
        'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
        'must contain at least one letter (a-z)',
      ],
    ],
    ['8080', ['must contain at least one letter (a-z)']],
    ['web--port', ['must not contain consecutive hyphens']],
    ['-web', ['must not begin or end with a hyphen']],
    [
      '-WEB--PORT-NAME-TOO-',
      [
        'must be no more than 15 characters',
        'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
        'must contain at least one letter (a-z)',
        'must not contain consecutive hyphens',
        'must not begin or end with a hyphen',
      ],
    ],
  ])('%j', (name, errs) => {
    expect(isValidPortName(name)).toEqual(errs);
  });

  it('checks port numbers', () => {
    expect(isValidPortNum(1)).toEqual([]);
    expect(isValidPortNum(65535)).toEqual([]);
    expect(isValidPortNum(0)).toEqual(['must be between 1 and 65535, inclusive']);
    expect(isValidPortNum(65536)).toEqual(['must be between 1 and 65535, inclusive']);
  });
});

describe('environment variable names', () => {
  it.each([
    ['FOO', []],
    ['my.env-name', []],
    ['1FOO', [ENV_REGEX]],
    ['FOO=BAR', [ENV_REGEX]],
    ['.', ["must not be '.'"]],
    ['..', ["must not be '..'"]],
    ['..x', ["must not start with '..'"]],
  ])('%j', (name, errs) => {
    expect(isEnvVarName(name)).toEqual(errs);
  });
});

it('checks percentages', () => {
  expect(isValidPercent('25%')).toEqual([]);
  expect(isValidPercent('25')).toEqual([
    "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
  ]);
});
