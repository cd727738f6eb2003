/**
 * The persistent volume controller (kube-controller-manager's `persistentvolume-binder`):
 * binds each unbound claim to one Available volume, keeps both objects' phases true, and
 * handles a released volume by its reclaim policy (Retain: Released, kept with its data and
 * its old claimRef, never bound again by itself; Delete: the volume is deleted).
 *
 * Like the real one it reacts to watch events and also resyncs everything every 15 s, which is
 * why a claim created before its volume binds "within about 15 seconds" and why a FailedBinding
 * event counts up (`x3 over 30s`). The matching itself is pure: ./volume/binding.ts.
 */
import type { ApiClient } from '../api/client';
import type { EventRecorder } from '../api/events';
import { isStatusError } from '../api/status';
import type { SimClock } from '../clock';
import type { Era } from '../contract';
import type { PersistentVolume, PersistentVolumeClaim } from '../types';
import {
  boundClaim,
  boundVolume,
  claimClass,
  desiredVolumePhase,
  findMatchingVolume,
  isVolumeBoundToClaim,
  volumeMismatch,
} from './volume/binding';
import { WorkQueue } from './workqueue';

/** kube-controller-manager `--pvclaimbinder-sync-period`. */
export const PV_SYNC_PERIOD_MS = 15_000;
const COMPONENT = 'persistentvolume-controller';

export function startPersistentVolumeController(
  api: ApiClient,
  events: EventRecorder,
  clock: SimClock,
  era: Era,
  latencyMs: number,
): () => void {
  const queue = new WorkQueue(clock, latencyMs, (key) => sync(key));
  const now = (): string => clock.timestamp();

  const record = (
    claim: PersistentVolumeClaim,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
  ): void => {
    // the v1.0 binder recorded no events
    if (era === 'modern')
      events.record({ involved: claim, type, reason, message, source: { component: COMPONENT } });
  };

  function setVolumePhase(v: PersistentVolume, phase: 'Available' | 'Bound' | 'Released'): void {
    if (v.status?.phase === phase) return;
    api.updateStatus({
      ...v,
      status: {
        ...v.status,
        phase,
        ...(era === 'modern' ? { lastPhaseTransitionTime: now() } : {}),
      },
    });
  }

  function setClaimBound(c: PersistentVolumeClaim, v: PersistentVolume): void {
    if (c.status?.phase === 'Bound') return;
    api.updateStatus({
      ...c,
      status: {
        ...c.status,
        phase: 'Bound',
        ...(v.spec.accessModes ? { accessModes: [...v.spec.accessModes] } : {}),
        ...(v.spec.capacity ? { capacity: { ...v.spec.capacity } } : {}),
      },
    });
  }

  /** Write the binding: the volume first (it is the exclusive resource), then the claim. */
  function bind(v: PersistentVolume, c: PersistentVolumeClaim): void {
    let volume = v;
    if (!isVolumeBoundToClaim(v, c) || !v.spec.claimRef?.uid)
      volume = api.update(boundVolume(v, c));
    setVolumePhase(volume, 'Bound');
    let claim = c;
    if (c.spec.volumeName !== v.metadata.name) claim = api.update(boundClaim(c, volume));
    setClaimBound(claim, volume);
  }

  function syncClaim(namespace: string, name: string): void {
    const claim = api.api.find('PersistentVolumeClaim', namespace, name);
    if (!claim || claim.metadata.deletionTimestamp) return;
    const volumes = api.api.list('PersistentVolume');
    const wanted = claim.spec.volumeName;
    if (!wanted) {
      const match = findMatchingVolume(claim, volumes);
      if (match) return bind(match, claim);
      const cls = claimClass(claim);
      if (cls === '')
        record(
          claim,
          'Normal',
          'FailedBinding',
          'no persistent volumes available for this claim and no storage class is set',
        );
      // kubesim serves no StorageClasses, so dynamic provisioning finds none
      else
        record(
          claim,
          'Warning',
          'ProvisioningFailed',
          `storageclass.storage.k8s.io "${cls}" not found`,
        );
      return;
    }
    const volume = volumes.find((v) => v.metadata.name === wanted);
    if (!volume) {
      if (claim.status?.phase === 'Bound') {
        api.updateStatus({ ...claim, status: { ...claim.status, phase: 'Lost' } });
        record(
          claim,
          'Warning',
          'ClaimLost',
          'Bound claim has lost its PersistentVolume. Data on the volume is lost!',
        );
      }
      return; // a volume requested by name that does not exist yet: wait for it
    }
    if (!volume.spec.claimRef || isVolumeBoundToClaim(volume, claim)) {
      const why = isVolumeBoundToClaim(volume, claim) ? undefined : volumeMismatch(volume, claim);
      if (why)
        return record(
          claim,
          'Warning',
          'VolumeMismatch',
          `Cannot bind to requested volume "${wanted}": ${why}`,
        );
      return bind(volume, claim);
    }
    record(
      claim,
      'Warning',
      'FailedBinding',
      `volume "${wanted}" already bound to a different claim.`,
    );
  }

  function syncVolume(name: string): void {
    const volume = api.api.find('PersistentVolume', undefined, name);
    if (!volume || volume.metadata.deletionTimestamp) return;
    const ref = volume.spec.claimRef;
    const claim = ref
      ? api.api.find('PersistentVolumeClaim', ref.namespace ?? 'default', ref.name)
      : undefined;
    const phase = desiredVolumePhase(volume, claim);
    if (phase !== 'Released') {
      // a claim reserved this volume or is halfway through binding: let the claim finish it
      if (claim && ref && !claim.spec.volumeName) queue.add(claimKey(claim));
      setVolumePhase(volume, phase);
      return;
    }
    if (volume.spec.persistentVolumeReclaimPolicy === 'Delete') {
      api.delete('PersistentVolume', undefined, name);
      return;
    }
    setVolumePhase(volume, 'Released');
  }

  function sync(key: string): void {
    const [kind, rest] = key.split(':') as [string, string];
    try {
      if (kind === 'volume') syncVolume(rest);
      else {
        const [namespace, name] = rest.split('/') as [string, string];
        syncClaim(namespace, name);
      }
    } catch (e) {
      if (!isStatusError(e)) throw e;
      queue.addAfter(key, 1000); // a conflict or an API outage: try again
    }
  }

  const claimKey = (c: PersistentVolumeClaim): string =>
    `claim:${c.metadata.namespace ?? 'default'}/${c.metadata.name}`;
  const volumeKey = (v: PersistentVolume): string => `volume:${v.metadata.name}`;

  let resync = clock.after(0, function tick() {
    for (const v of api.api.list('PersistentVolume')) queue.add(volumeKey(v));
    for (const c of api.api.list('PersistentVolumeClaim'))
      if (c.status?.phase !== 'Bound') queue.add(claimKey(c));
    resync = clock.after(PV_SYNC_PERIOD_MS, tick);
  });

  const stops = [
    api.watch('PersistentVolume', {}, (e) => queue.add(volumeKey(e.object))),
    api.watch('PersistentVolumeClaim', {}, (e) => {
      if (e.type !== 'DELETED') queue.add(claimKey(e.object));
      // the volumes bound to a deleted claim are released
      for (const v of api.api.list('PersistentVolume'))
        if (v.spec.claimRef?.name === e.object.metadata.name) queue.add(volumeKey(v));
    }),
  ];
  return () => {
    clock.cancel(resync);
    stops.forEach((s) => s());
  };
}
