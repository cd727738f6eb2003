/**
 * kubectl v1.0's `RollingUpdater` (pkg/kubectl/rolling_updater.go): before Deployments, the
 * rollout lived in the client. It creates the new ReplicationController at 0 replicas, then
 * moves one pod at a time — new +1, wait `--update-period`, old -1 — waiting after each scale
 * until the controller reports the pods, and finally deletes the old controller (or, when the
 * update keeps the old name, deletes it and renames the new one). Waiting takes simulated time,
 * as it took real time at a 2015 terminal. The `At beginning of loop` lines are v1.0's own
 * debugging output, which it printed to stdout.
 */
import { isStatusError } from '../../api/status';
import type { ReplicationController } from '../../types';
import { clone } from '../../util/freeze';
import type { KubectlContext } from '../context';
import type { Output } from '../output';

export const SOURCE_ID_ANNOTATION = 'kubectl.kubernetes.io/update-source-id';
export const DESIRED_REPLICAS_ANNOTATION = 'kubectl.kubernetes.io/desired-replicas';
export const NEXT_CONTROLLER_ANNOTATION = 'kubectl.kubernetes.io/next-controller-id';

export type CleanupPolicy = 'Delete' | 'Rename';

export interface RollingUpdaterConfig {
  oldRc: ReplicationController;
  newRc: ReplicationController;
  /** Milliseconds between the new controller's scale-up and the old one's scale-down. */
  updatePeriodMs: number;
  /** How often to poll a controller's status after scaling it. */
  intervalMs: number;
  /** How long to wait for a controller to reach its size. */
  timeoutMs: number;
  cleanupPolicy: CleanupPolicy;
}

/** A failure kubectl reports as `error: <message>`. */
export class UpdateError extends Error {}

/** Go's `%s` of a `map[string]string`: `map[a:b c:d]`, keys sorted. */
const goMap = (m: Record<string, string> | undefined): string =>
  `map[${Object.keys(m ?? {})
    .sort()
    .map((k) => `${k}:${m?.[k] ?? ''}`)
    .join(' ')}]`;

export class RollingUpdater {
  constructor(
    private readonly ctx: KubectlContext,
    private readonly out: Output,
    private readonly namespace: string,
  ) {}

  update(config: RollingUpdaterConfig): void {
    const { out } = this;
    let oldRc = config.oldRc;
    let newRc = config.newRc;
    const oldName = oldRc.metadata.name;
    const newName = newRc.metadata.name;
    let desired = newRc.spec.replicas ?? 0;
    if (desired <= 0)
      throw new UpdateError(
        `Invalid controller spec for ${newName}; required: > 0 replicas, actual: ${desired}\n`,
      );
    const sourceId = `${oldName}:${oldRc.metadata.uid ?? ''}`;

    const existing = this.ctx.api.api.find('ReplicationController', this.namespace, newName);
    if (existing) {
      out.print(`Continuing update with existing controller ${newName}.\n`);
      const annotations = existing.metadata.annotations ?? {};
      const replicas = annotations[DESIRED_REPLICAS_ANNOTATION];
      if (annotations[SOURCE_ID_ANNOTATION] !== sourceId || replicas === undefined)
        throw new UpdateError(
          `Missing/unexpected annotations for controller ${newName}, expected ${sourceId} : ${goMap(annotations)}`,
        );
      if (!/^-?\d+$/.test(replicas))
        throw new UpdateError(
          `Unable to parse annotation for ${newName}: ${DESIRED_REPLICAS_ANNOTATION}=${replicas}`,
        );
      desired = Number(replicas);
      newRc = existing;
    } else {
      out.print(`Creating ${newName}\n`);
      const create = clone(newRc);
      create.metadata.annotations = {
        ...create.metadata.annotations,
        [DESIRED_REPLICAS_ANNOTATION]: String(desired),
        [SOURCE_ID_ANNOTATION]: sourceId,
      };
      create.spec.replicas = 0;
      newRc = this.call(() => this.ctx.api.create(create, { namespace: this.namespace }));
    }

    const replicas = (rc: ReplicationController): number => rc.spec.replicas ?? 0;
    const counts = (o: number, n: number): string =>
      `${oldName} replicas: ${o}, ${newName} replicas: ${n}`;
    while (replicas(newRc) < desired && replicas(oldRc) !== 0) {
      const nextNew = replicas(newRc) + 1;
      const nextOld = replicas(oldRc) - 1;
      out.print(`At beginning of loop: ${counts(nextOld, nextNew)}\n`);
      out.print(`Updating ${counts(nextOld, nextNew)}\n`);
      newRc = this.scaleAndWait(newRc, nextNew, config);
      this.ctx.clock.advance(config.updatePeriodMs);
      oldRc = this.scaleAndWait(oldRc, nextOld, config);
      out.print(`At end of loop: ${counts(replicas(oldRc), replicas(newRc))}\n`);
    }
    if (replicas(oldRc) !== 0) {
      out.print(`Stopping ${oldName} replicas: ${replicas(oldRc)} -> 0\n`);
      this.scaleAndWait(oldRc, 0, config);
    }
    if (replicas(newRc) !== desired) {
      out.print(`Scaling ${newName} replicas: ${replicas(newRc)} -> ${desired}\n`);
      this.scaleAndWait(newRc, desired, config);
    }

    // the update is over: the new controller forgets where it came from
    const done = clone(this.get(newName));
    delete done.metadata.annotations?.[SOURCE_ID_ANNOTATION];
    delete done.metadata.annotations?.[DESIRED_REPLICAS_ANNOTATION];
    newRc = this.call(() => this.ctx.api.update(done));
    this.waitForReplicas(newName, config);

    if (config.cleanupPolicy === 'Delete') {
      out.print(`Update succeeded. Deleting ${oldName}\n`);
      this.call(() => this.ctx.api.delete('ReplicationController', this.namespace, oldName));
      return;
    }
    out.print(`Update succeeded. Deleting old controller: ${oldName}\n`);
    this.call(() => this.ctx.api.delete('ReplicationController', this.namespace, oldName));
    out.print(`Renaming ${newRc.metadata.name} to ${oldName}\n`);
    this.rename(newRc, oldName);
  }

  /**
   * Create the controller again under `name` and delete the one with the generated name. 2015
   * controllers own their pods by selector alone, so the renamed one finds the same pods.
   */
  private rename(rc: ReplicationController, name: string): void {
    const copy = clone(rc);
    copy.metadata = { name };
    if (rc.metadata.labels) copy.metadata.labels = rc.metadata.labels;
    if (rc.metadata.annotations) copy.metadata.annotations = rc.metadata.annotations;
    delete copy.status;
    this.call(() => this.ctx.api.create(copy, { namespace: this.namespace }));
    this.call(() => this.ctx.api.delete('ReplicationController', this.namespace, rc.metadata.name));
  }

  /** `ScalerFor("ReplicationController").Scale` with a wait for the pods. */
  private scaleAndWait(
    rc: ReplicationController,
    replicas: number,
    config: RollingUpdaterConfig,
  ): ReplicationController {
    const live = clone(this.get(rc.metadata.name));
    live.spec.replicas = replicas;
    this.call(() => this.ctx.api.update(live));
    this.waitForReplicas(rc.metadata.name, config);
    return this.get(rc.metadata.name);
  }

  /** `ControllerHasDesiredReplicas`, polled every interval (first after one interval), up to the timeout. */
  private waitForReplicas(name: string, config: RollingUpdaterConfig): void {
    for (let waited = 0; waited < config.timeoutMs;) {
      const step = Math.max(1, Math.min(config.intervalMs, config.timeoutMs - waited));
      this.ctx.clock.advance(step);
      waited += step;
      const rc = this.get(name);
      if ((rc.status?.replicas ?? 0) === (rc.spec.replicas ?? 0)) return;
    }
    throw new UpdateError('timed out waiting for the condition');
  }

  private get(name: string): ReplicationController {
    return this.call(() => this.ctx.api.get('ReplicationController', this.namespace, name));
  }

  /** API errors end the update, reported as kubectl v1.0 reported them. */
  private call<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (isStatusError(e)) throw new UpdateError(`Error from server: ${e.message}`);
      throw e;
    }
  }
}
