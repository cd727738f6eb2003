/**
 * ObjectMeta, label selectors, conditions and the List wrapper (apimachinery meta/v1).
 * Fields, their order, types, required-ness and enum values come from the Go types of
 * Kubernetes v1.36 (k8s.io/api v0.36.3); the descriptions are kubesim's own words.
 */
import {
  arr,
  bool,
  field,
  i64,
  map,
  obj,
  opaque,
  rawObject,
  str,
  struct,
  time,
  typeMetaFields,
} from './model';
import type { StructSchema } from './model';

export const metaStructs: readonly StructSchema[] = [
  struct(
    'ObjectMeta',
    'ObjectMeta is the metadata every persisted object carries, including those users create.',
    [
      field(
        'name',
        str,
        'The name of the object, unique within a namespace for a given kind. It is required when creating, unless generateName is set, and cannot be updated.',
      ),
      field(
        'generateName',
        str,
        'A prefix the server uses to make a unique name when name is empty: it appends a random suffix. Has the same validation rules as name.',
      ),
      field(
        'namespace',
        str,
        'The namespace the object belongs to; it must be a DNS label. An empty namespace means default. Cluster-scoped objects such as nodes have none. Cannot be updated.',
      ),
      field(
        'selfLink',
        str,
        'Deprecated. Once a URL for the object; the system no longer sets it.',
      ),
      field(
        'uid',
        str,
        'A unique identifier for this object in time and space, set by the server when the object is created. Read-only.',
        { go: 'types.UID' },
      ),
      field(
        'resourceVersion',
        str,
        'An opaque value for the version of this object in the store. Clients use it for optimistic concurrency and watches and must pass it back unchanged. Read-only.',
      ),
      field(
        'generation',
        i64,
        'A sequence number for the desired state, increased by the system when the spec changes. Read-only.',
      ),
      field(
        'creationTimestamp',
        time,
        'When the object was created, in RFC 3339 form and UTC, set by the server. Read-only.',
      ),
      field(
        'deletionTimestamp',
        time,
        'When the object will be deleted, set by the server when a graceful deletion is requested. The object stays visible until then. Read-only.',
      ),
      field(
        'deletionGracePeriodSeconds',
        i64,
        'The number of seconds the object is allowed to terminate gracefully before it is removed. Only set when deletionTimestamp is set. Read-only.',
      ),
      field(
        'labels',
        map(str),
        'Key/value pairs that organize and categorize objects. Selectors of replication controllers and services match them.',
      ),
      field(
        'annotations',
        map(str),
        'Key/value pairs for arbitrary, non-identifying metadata that tools store and read. They cannot be used in selectors.',
      ),
      field(
        'ownerReferences',
        arr(obj('OwnerReference')),
        'The objects this object depends on. When every owner is deleted, the garbage collector deletes this object too. At most one owner may be the managing controller.',
      ),
      field(
        'finalizers',
        arr(str),
        'Names that must all be removed before the object is deleted from storage. Each one stands for a cleanup a controller still has to do.',
      ),
      field(
        'managedFields',
        arr(obj('ManagedFieldsEntry')),
        'Which managers own which fields, used by server-side apply. Mostly internal.',
      ),
    ],
  ),
  struct(
    'OwnerReference',
    'OwnerReference identifies an owner of an object, in the same namespace.',
    [
      field('apiVersion', str, 'The API version of the owner.', { required: true }),
      field('kind', str, 'The kind of the owner.', { required: true }),
      field('name', str, 'The name of the owner.', { required: true }),
      field('uid', str, 'The UID of the owner.', { required: true, go: 'types.UID' }),
      field('controller', bool, 'If true, this owner is the managing controller of the object.'),
      field(
        'blockOwnerDeletion',
        bool,
        'If true, the owner cannot be deleted from storage (with foreground deletion) until this object is gone.',
      ),
    ],
  ),
  struct(
    'ManagedFieldsEntry',
    'ManagedFieldsEntry records which fields a manager owns, and the operation that set them.',
    [
      field('manager', str, 'The name of the workflow that manages these fields.'),
      field('operation', str, 'The operation that led to this entry: Apply or Update.', {
        go: 'v1.ManagedFieldsOperationType',
      }),
      field('apiVersion', str, 'The version the fields are written in.'),
      field('time', time, 'When the fields were last changed by this manager.'),
      field('fieldsType', str, 'The format of fieldsV1; the only value is FieldsV1.'),
      field(
        'fieldsV1',
        obj('FieldsV1'),
        'The set of fields this manager owns, as a trie of field names.',
      ),
      field(
        'subresource',
        str,
        'The subresource used to update the object, such as status, or empty for the main resource.',
      ),
    ],
  ),
  opaque('FieldsV1', 'FieldsV1 stores a set of fields as a JSON trie.'),
  struct('ListMeta', 'ListMeta is the metadata that lists and other synthetic resources carry.', [
    field('selfLink', str, 'Deprecated and no longer populated by the system.'),
    field(
      'resourceVersion',
      str,
      'The version of the store this list was read at. Clients pass it back unchanged to watch for later changes.',
    ),
    field(
      'continue',
      str,
      'Set when more items are available; pass it back to fetch the next chunk of a paginated list.',
    ),
    field(
      'remainingItemCount',
      i64,
      'The number of items left after this chunk, when the server can tell.',
    ),
    field(
      'shardInfo',
      obj('ShardInfo'),
      'The shard this list was filtered to, when a sharded list was requested.',
    ),
  ]),
  opaque('ShardInfo', 'ShardInfo describes which shard of a list was returned.'),
  struct(
    'LabelSelector',
    'LabelSelector selects objects by their labels. matchLabels and matchExpressions are ANDed; an empty selector matches every object and a null one matches none.',
    [
      field(
        'matchLabels',
        map(str),
        'Exact key/value pairs; each one is the same as an expression with operator In and a single value.',
      ),
      field(
        'matchExpressions',
        arr(obj('LabelSelectorRequirement')),
        'Label selector requirements; all of them must hold.',
      ),
    ],
  ),
  struct(
    'LabelSelectorRequirement',
    'LabelSelectorRequirement is a key, an operator and values that a label must satisfy.',
    [
      field('key', str, 'The label key the requirement applies to.', { required: true }),
      field(
        'operator',
        str,
        'How the key relates to the values: In, NotIn, Exists or DoesNotExist.',
        { required: true, go: 'v1.LabelSelectorOperator' },
      ),
      field(
        'values',
        arr(str),
        'The values to compare with. Must be non-empty for In and NotIn and empty for Exists and DoesNotExist.',
      ),
    ],
  ),
  struct('Condition', 'Condition describes one aspect of the current state of an object.', [
    field('type', str, 'The type of condition, in CamelCase.', { required: true }),
    field('status', str, 'The status of the condition: True, False or Unknown.', {
      required: true,
      go: 'v1.ConditionStatus',
    }),
    field('observedGeneration', i64, 'The metadata.generation the condition was set for.'),
    field(
      'lastTransitionTime',
      time,
      'When the condition last changed from one status to another.',
      { required: true },
    ),
    field('reason', str, 'A CamelCase word for why the condition last changed.', {
      required: true,
    }),
    field('message', str, 'A human-readable explanation of the last transition.', {
      required: true,
    }),
  ]),
  struct(
    'List',
    'List holds a list of objects of any kind. kubectl accepts it as input and handles each item on its own.',
    [
      ...typeMetaFields(),
      field('metadata', obj('ListMeta'), 'Standard list metadata.'),
      field(
        'items',
        arr(rawObject),
        'The objects in the list, each with its own apiVersion and kind.',
        { required: true },
      ),
    ],
  ),
];
