import { describe, expect, it } from 'vitest';
import type { ObjectMeta } from '../../types';
import { errorText } from '../field';
import { nameIsDNS1035Label, nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate, type ObjectMetaOptions } from './objectMeta';

const SUBDOMAIN_REGEX =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_REGEX =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

const namespaced: ObjectMetaOptions = { namespaced: true, nameFn: nameIsDNSSubdomain };
const check = (meta: ObjectMeta, opts = namespaced): string[] =>
  validateObjectMeta(meta, opts).map(errorText);

describe('validateObjectMeta', () => {
  it('requires a name or generateName', () => {
    expect(check({ name: '', namespace: 'default' })).toEqual([
      'metadata.name: Required value: name or generateName is required',
    ]);
  });

  it('validates generateName as a prefix and the generated name in full', () => {
    expect(check({ name: 'web-x7k2p', generateName: 'web-', namespace: 'default' })).toEqual([]);
    expect(check({ name: '', generateName: 'Web_', namespace: 'default' })).toEqual([
      `metadata.generateName: Invalid value: "Web_": ${SUBDOMAIN_REGEX}`,
      'metadata.name: Required value: name or generateName is required',
    ]);
  });

  it('reports each failing rule of the name', () => {
    const name = `${'A'.repeat(254)}`;
    expect(check({ name, namespace: 'default' })).toEqual([
      `metadata.name: Invalid value: "${name}": must be no more than 253 characters`,
      `metadata.name: Invalid value: "${name}": ${SUBDOMAIN_REGEX}`,
    ]);
  });

  it('checks the lower-cased name for v1beta1 manifests only', () => {
    const meta = { name: 'redisSlaveController', namespace: 'default' };
    expect(check(meta)).toEqual([
      `metadata.name: Invalid value: "redisSlaveController": ${SUBDOMAIN_REGEX}`,
    ]);
    expect(check(meta, { ...namespaced, legacyNames: true })).toEqual([]);
  });

  it('uses the kind’s own name rule', () => {
    expect(
      check(
        { name: '1st', namespace: 'default' },
        { namespaced: true, nameFn: nameIsDNS1035Label },
      ),
    ).toEqual([
      `metadata.name: Invalid value: "1st": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
    ]);
  });

  it('requires a valid namespace on namespaced kinds and forbids one elsewhere', () => {
    expect(check({ name: 'web' })).toEqual(['metadata.namespace: Required value']);
    expect(check({ name: 'web', namespace: 'My.NS' })).toEqual([
      `metadata.namespace: Invalid value: "My.NS": ${LABEL_REGEX}`,
    ]);
    expect(
      check(
        { name: 'node-1', namespace: 'default' },
        { namespaced: false, nameFn: nameIsDNSSubdomain },
      ),
    ).toEqual(['metadata.namespace: Forbidden: not allowed on this type']);
  });

  it('checks labels and annotations after the name', () => {
    expect(
      check({
        name: 'x_y',
        namespace: 'default',
        labels: { app: 'a b' },
        annotations: { 'a b': '' },
      }),
    ).toEqual([
      `metadata.name: Invalid value: "x_y": ${SUBDOMAIN_REGEX}`,
      "metadata.labels: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
      "metadata.annotations: Invalid value: \"a b\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ]);
  });
});

describe('validateObjectMetaUpdate', () => {
  const old: ObjectMeta = { name: 'web', namespace: 'default', uid: 'u1', generation: 2 };

  it('accepts an unchanged identity', () => {
    expect(validateObjectMetaUpdate({ ...old, labels: { a: 'b' } }, old)).toEqual([]);
  });

  it('keeps name, namespace and uid immutable', () => {
    const errs = validateObjectMetaUpdate(
      { ...old, name: 'web2', namespace: 'prod', uid: 'u2' },
      old,
    ).map(errorText);
    expect(errs).toEqual([
      'metadata.name: Invalid value: "web2": field is immutable',
      'metadata.namespace: Invalid value: "prod": field is immutable',
      'metadata.uid: Invalid value: "u2": field is immutable',
    ]);
  });

  it('does not let the generation go back', () => {
    expect(validateObjectMetaUpdate({ ...old, generation: 1 }, old).map(errorText)).toEqual([
      'metadata.generation: Invalid value: 1: must not be decremented',
    ]);
  });
});
