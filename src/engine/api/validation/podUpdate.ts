/**
 * Pod updates (ValidatePodUpdate): a running pod's spec is almost frozen. Images, a shorter
 * activeDeadlineSeconds, added tolerations, and terminationGracePeriodSeconds 1 in place of a
 * negative value are the only changes; anything else is one Forbidden error on `spec`.
 */
import type { Container, Pod, PodSpec } from '../../types';
import { forbidden, invalid, required, type FieldError } from '../field';
import { inclusiveRangeError } from './names';
import { validateObjectMetaUpdate } from './objectMeta';
import type { ValidationOptions } from './options';
import { validatePod } from './pod';
import { podSpecDiff } from './podSpecDiff';
import { semanticEqual } from './semantic';
import { validateOnlyAddedTolerations } from './tolerations';

const MAX_INT32 = 2147483647;

export const UPDATABLE_POD_SPEC_FIELDS = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
].join(',');

function validateContainerUpdates(
  now: Container[] | undefined,
  before: Container[] | undefined,
  path: string,
): { errs: FieldError[]; stop: boolean } {
  if ((now ?? []).length !== (before ?? []).length)
    return { errs: [forbidden(path, 'pod updates may not add or remove containers')], stop: true };
  const errs: FieldError[] = [];
  (now ?? []).forEach((c, i) => {
    const image = c.image ?? '';
    if (!image) errs.push(required(`${path}[${i}].image`));
    if (image.trim().length !== image.length)
      errs.push(
        invalid(`${path}[${i}].image`, image, 'must not have leading or trailing whitespace'),
      );
  });
  return { errs, stop: false };
}

/** The new spec with every field a pod update may change put back to its old value. */
function munge(now: PodSpec, before: PodSpec): PodSpec {
  const withOldImages = (
    cs: Container[] | undefined,
    old: Container[] | undefined,
  ): Container[] | undefined => cs?.map((c, i) => ({ ...c, image: old?.[i]?.image ?? c.image }));
  const munged: PodSpec = {
    ...now,
    containers: withOldImages(now.containers, before.containers) ?? [],
  };
  const init = withOldImages(now.initContainers, before.initContainers);
  if (init) munged.initContainers = init;
  for (const key of ['activeDeadlineSeconds', 'tolerations'] as const) {
    if (before[key] === undefined) delete munged[key];
    else (munged as unknown as Record<string, unknown>)[key] = before[key];
  }
  const oldGrace = before.terminationGracePeriodSeconds;
  if (oldGrace !== undefined && oldGrace < 0 && munged.terminationGracePeriodSeconds === 1)
    munged.terminationGracePeriodSeconds = oldGrace;
  return munged;
}

export function validatePodUpdate(pod: Pod, old: Pod, opts: ValidationOptions): FieldError[] {
  const errs = [...validateObjectMetaUpdate(pod.metadata, old.metadata), ...validatePod(pod, opts)];
  const now = pod.spec ?? ({ containers: [] } as PodSpec);
  const before = old.spec ?? ({ containers: [] } as PodSpec);
  for (const key of ['containers', 'initContainers'] as const) {
    const result = validateContainerUpdates(now[key], before[key], `spec.${key}`);
    errs.push(...result.errs);
    if (result.stop) return errs;
  }
  const deadline = now.activeDeadlineSeconds;
  if (deadline !== undefined) {
    if (deadline < 0 || deadline > MAX_INT32) {
      errs.push(invalid('spec.activeDeadlineSeconds', deadline, inclusiveRangeError(0, MAX_INT32)));
      return errs;
    }
    if (before.activeDeadlineSeconds !== undefined && before.activeDeadlineSeconds < deadline) {
      errs.push(
        invalid(
          'spec.activeDeadlineSeconds',
          deadline,
          'must be less than or equal to previous value',
        ),
      );
      return errs;
    }
  } else if (before.activeDeadlineSeconds !== undefined) {
    errs.push(
      invalid(
        'spec.activeDeadlineSeconds',
        'null',
        'must not update from a positive integer to nil value',
      ),
    );
  }
  errs.push(
    ...validateOnlyAddedTolerations(now.tolerations, before.tolerations, 'spec.tolerations'),
  );
  if (semanticEqual(now, before)) return errs;
  const munged = munge(now, before);
  if (!semanticEqual(munged, before))
    errs.push(
      forbidden(
        'spec',
        `pod updates may not change fields other than ${UPDATABLE_POD_SPEC_FIELDS}\n${podSpecDiff(before, munged)}`,
      ),
    );
  return errs;
}
