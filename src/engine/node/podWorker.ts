/**
 * The kubelet's worker for one pod: `SyncPod` over simulated time. Each sync looks at what the
 * pod needs next — a sandbox with an IP and volumes, then each container in order: an image
 * pull, a create and start, a restart after back-off — does one step, and writes the pod's
 * status when what the kubelet knows changed. Pulls and starts take time; while one runs the
 * worker is busy and later syncs wait, as the real pod worker's do. Deletion stops containers
 * gracefully (their stop signal, then SIGKILL at the grace period) and removes the pod.
 */
import { isStatusError } from '../api/status';
import type { Container, ContainerState, Pod } from '../types';
import { clone } from '../util/freeze';
import { containerBackOffKey, crashLoopBackOffMessage, restartDecision } from './backoff';
import { ContainerConfigError, containerEnv } from './envvars';
import {
  alreadyPresentMessage,
  backOffPullingMessage,
  failedToPullMessage,
  invalidImageNameMessage,
  isImageRef,
  parseImageRef,
  pulledMessage,
  pullFailureMessage,
  pullingMessage,
  type ImageRef,
} from './images';
import type { KubeletEvent } from './kubeletEvents';
import {
  kubeletPodStatus,
  running,
  statusDiffers,
  terminated,
  waiting,
  type ContainerRuntimeState,
} from './podStatus';
import { Prober, type ProbeKind } from './prober';
import { probeCheck } from './probeChecks';
import { ContainerProcess } from './runtime/container';
import type { ContainerNet } from './runtime/programs';
import { exitAtOnce, startProgram, type Program } from './runtime/programs';
import type { StoredImage } from './runtime/imageStore';
import type { WorkerHost } from './workerHost';

/** A process that never ran: the runtime could not start the container. */
const notStarted = (): Program => ({ run: exitAtOnce(128), ports: [] });

type Phase = 'new' | 'pulling' | 'starting' | 'running' | 'exited' | 'waiting';

interface Slot {
  spec: Container;
  /** Its definition changed: restart without waiting out a back-off. */
  restartNow?: boolean;
  ref: ImageRef | undefined;
  /** Why the image reference cannot be used (InvalidImageName). */
  refError: string | undefined;
  phase: Phase;
  state: ContainerState;
  lastState: ContainerState;
  restartCount: number;
  ready: boolean;
  started: boolean;
  imageID: string | undefined;
  process: ContainerProcess | undefined;
  previous: ContainerProcess | undefined;
  probes: Prober[];
  /** The image pull this container waits for (the picture's progress bar). */
  pull?: PullInProgress;
}

/** An image pull a container waits for: it moves bytes from `startAt` until `doneAt`. */
export interface PullInProgress {
  image: string;
  startAt: number;
  doneAt: number;
  totalBytes: number;
}

export class PodWorker {
  pod: Pod;
  podIP: string | undefined;
  private readonly slots: Slot[];
  private sandbox: 'none' | 'creating' | 'ready' | 'failed' = 'none';
  private busy = false;
  private dirty = false;
  private retry: ReturnType<WorkerHost['clock']['after']> | undefined;
  private killTimer: ReturnType<WorkerHost['clock']['after']> | undefined;
  private startTime: string | undefined;
  private terminating = false;
  /** The pod object is gone from the API (a forced delete, or we finished the deletion). */
  private removed = false;
  finished = false;

  constructor(
    private readonly host: WorkerHost,
    pod: Pod,
  ) {
    this.pod = pod;
    this.slots = pod.spec.containers.map((spec) => {
      const parsed = parseImageRef(spec.image);
      return {
        spec,
        ref: isImageRef(parsed) ? parsed : undefined,
        refError: isImageRef(parsed) ? undefined : parsed.error,
        phase: 'new',
        state: waiting('ContainerCreating'),
        lastState: {},
        restartCount: 0,
        ready: false,
        started: false,
        imageID: undefined,
        process: undefined,
        previous: undefined,
        probes: [],
      };
    });
  }

  get uid(): string {
    return this.pod.metadata.uid ?? '';
  }

  get namespace(): string {
    return this.pod.metadata.namespace ?? 'default';
  }

  /** The container instances the kubelet API serves logs and exec from. */
  container(name: string): { current?: ContainerProcess; previous?: ContainerProcess } | undefined {
    const slot = this.slots.find((s) => s.spec.name === name);
    if (!slot) return undefined;
    return {
      ...(slot.process ? { current: slot.process } : {}),
      ...(slot.previous ? { previous: slot.previous } : {}),
    };
  }

  /** The image pulls this pod's containers wait for, in container order. */
  pullsInProgress(): PullInProgress[] {
    return this.slots.flatMap((s) => (s.pull && s.phase === 'pulling' ? [s.pull] : []));
  }

  processes(): ContainerProcess[] {
    return this.slots.flatMap((s) => (s.process?.running ? [s.process] : []));
  }

  /** A newer version of the pod arrived from the API. */
  update(pod: Pod): void {
    this.pod = pod;
    if (pod.metadata.deletionTimestamp && !this.terminating) this.beginTermination();
    else this.requestSync();
  }

  /** A container's image changed (`kubectl set image`, an apply): it is restarted with the new one. */
  specChanged(pod: Pod): void {
    this.pod = pod;
    for (const spec of pod.spec.containers) {
      const slot = this.slots.find((s) => s.spec.name === spec.name);
      if (!slot || slot.spec.image === spec.image) continue;
      const parsed = parseImageRef(spec.image);
      slot.spec = spec;
      slot.ref = isImageRef(parsed) ? parsed : undefined;
      slot.refError = isImageRef(parsed) ? undefined : parsed.error;
      slot.restartNow = true;
      if (slot.process?.running)
        this.stopContainer(slot, `Container ${spec.name} definition changed, will be restarted`);
    }
    this.requestSync();
  }

  /** The pod object was removed from the API while containers may still run (a forced delete). */
  deleted(): void {
    this.removed = true;
    if (!this.terminating) this.beginTermination();
    else this.killAll();
  }

  requestSync(delayMs = 0): void {
    if (this.finished) return;
    if (this.busy) {
      this.dirty = true;
      return;
    }
    this.host.clock.cancel(this.retry);
    this.retry = this.host.clock.after(delayMs, () => {
      this.retry = undefined;
      this.sync();
    });
  }

  /** The node lost power: every process is gone, nothing is written. */
  powerOff(): void {
    this.finished = true;
    this.host.clock.cancel(this.retry);
    this.host.clock.cancel(this.killTimer);
    for (const slot of this.slots) {
      slot.probes.forEach((p) => p.stop());
      slot.process?.vanish();
    }
  }

  // ---- the sync loop -------------------------------------------------------------------

  private sync(): void {
    if (this.finished || this.busy || this.terminating) return;
    if (this.sandbox === 'none' || this.sandbox === 'failed') {
      this.createSandbox();
      return;
    }
    if (this.sandbox !== 'ready') return;
    for (const slot of this.slots) {
      if (this.busy) return;
      this.syncContainer(slot);
    }
    this.writeStatus();
  }

  private createSandbox(): void {
    const host = this.host;
    this.startTime ??= host.clock.timestamp();
    this.writeStatus();
    const mounted = host.volumes.setUp(this.pod);
    if (!mounted.ok) {
      this.sandbox = 'failed';
      this.record(host.events.failedMount(mounted.reason, mounted.message));
      this.requestSync(host.timings.backOffInitialMs);
      return;
    }
    this.sandbox = 'creating';
    this.runBusy(host.timings.podSandboxMs, () => {
      this.note(`run pod sandbox ${this.pod.metadata.name}`);
      const ip = host.ips.allocate(this.uid);
      if (ip === undefined) {
        this.sandbox = 'failed';
        this.record({
          type: 'Warning',
          reason: 'FailedCreatePodSandBox',
          message: `Failed to create pod sandbox: failed to allocate for range 0: no IP addresses available in range set`,
        });
        return;
      }
      this.podIP = ip;
      this.sandbox = 'ready';
      host.sandboxReady(this);
    });
  }

  private syncContainer(slot: Slot): void {
    const host = this.host;
    if (slot.phase === 'running' || slot.phase === 'pulling' || slot.phase === 'starting') return;
    if (slot.phase === 'exited' && !this.shouldRestart(slot)) return;
    if (slot.restartNow) slot.restartNow = false;
    else if (slot.phase === 'exited' || (slot.phase === 'waiting' && slot.process)) {
      const key = containerBackOffKey(this.pod, slot.spec.name);
      const finishedAt = slot.process?.exitedAt ?? host.clock.now;
      const decision = restartDecision(host.restartBackOff, key, finishedAt, host.clock.now);
      if (!decision.restart) {
        if (slot.phase !== 'waiting' || !slot.state.waiting?.reason?.startsWith('CrashLoop')) {
          this.setWaiting(
            slot,
            'CrashLoopBackOff',
            crashLoopBackOffMessage(decision.delayMs, slot.spec.name, this.pod),
          );
        }
        this.record(host.events.restartBackOff(slot.spec.name, this.pod), slot);
        this.requestSync(decision.waitUntilMs - host.clock.now);
        return;
      }
    }
    this.pullThenStart(slot);
  }

  private shouldRestart(slot: Slot): boolean {
    const policy = this.pod.spec.restartPolicy ?? 'Always';
    if (policy === 'Never') return false;
    if (policy === 'OnFailure') return slot.process?.exitCode !== 0;
    return true;
  }

  private pullThenStart(slot: Slot): void {
    const host = this.host;
    if (!slot.ref) {
      const message = invalidImageNameMessage(slot.spec.image, slot.refError ?? '');
      this.setWaiting(slot, 'InvalidImageName', message);
      this.record(
        { type: 'Warning', reason: host.era === '2015' ? 'failed' : 'InspectFailed', message },
        slot,
      );
      return;
    }
    const ref = slot.ref;
    const stored = host.images.find(ref);
    const policy = slot.spec.imagePullPolicy ?? (ref.tag === 'latest' ? 'Always' : 'IfNotPresent');
    if (stored && policy !== 'Always') {
      this.record(host.events.pulled(alreadyPresentMessage(slot.spec.image)), slot);
      this.createAndStart(slot, stored);
      return;
    }
    if (policy === 'Never') {
      const message = `Container image "${slot.spec.image}" is not present with pull policy of Never`;
      this.setWaiting(slot, 'ErrImageNeverPull', message);
      this.record(
        { type: 'Warning', reason: host.era === '2015' ? 'failed' : 'ErrImageNeverPull', message },
        slot,
      );
      return;
    }
    const pullKey = `${this.uid}_${slot.spec.image}`;
    if (this.pullFailedAt.has(pullKey) && host.clock.now < this.pullRetryAt(pullKey)) {
      // the last attempt failed less than a back-off ago
      this.setWaiting(slot, 'ImagePullBackOff', backOffPullingMessage(slot.spec.image));
      this.record(host.events.pullBackOff(backOffPullingMessage(slot.spec.image)), slot);
      const err = host.events.errorReason('ImagePullBackOff');
      if (err) this.record(err, slot);
      this.requestSync(this.pullRetryAt(pullKey) - host.clock.now);
      return;
    }
    this.record(host.events.pulling(pullingMessage(slot.spec.image)), slot);
    this.note(`pull image ${slot.spec.image}`);
    const requested = host.clock.now;
    const plan = host.images.plan(ref, requested);
    slot.phase = 'pulling';
    if (plan.ok) {
      const { startAt, doneAt } = plan;
      slot.pull = { image: slot.spec.image, startAt, doneAt, totalBytes: plan.stored.sizeBytes };
    }
    this.runBusy(plan.doneAt - requested, () => {
      delete slot.pull;
      if (!plan.ok) {
        host.pullBackOff.next(pullKey, host.clock.now);
        this.pullFailedAt.set(pullKey, host.clock.now);
        slot.phase = 'waiting';
        this.setWaiting(slot, 'ErrImagePull', pullFailureMessage(ref, plan.reason, host.era));
        this.record(host.events.pullFailed(failedToPullMessage(ref, plan.reason, host.era)), slot);
        const err = host.events.errorReason('ErrImagePull');
        if (err) this.record(err, slot);
        // the status write comes back as a pod update; the next sync finds the image in back-off
        this.requestSync(host.timings.plegRelistMs);
        return;
      }
      host.images.commit(ref, plan.stored);
      host.pullBackOff.reset(pullKey);
      const took = plan.doneAt - plan.startAt;
      this.record(
        host.events.pulled(
          pulledMessage(
            slot.spec.image,
            took,
            host.era,
            plan.stored.sizeBytes,
            host.clock.now - requested,
          ),
        ),
        slot,
      );
      this.createAndStart(slot, plan.stored);
    });
  }

  private readonly pullFailedAt = new Map<string, number>();

  private pullRetryAt(key: string): number {
    return (this.pullFailedAt.get(key) ?? this.host.clock.now) + this.host.pullBackOff.get(key);
  }

  private createAndStart(slot: Slot, image: StoredImage): void {
    const host = this.host;
    let env: Record<string, string>;
    try {
      env = {
        ...image.image.env,
        ...containerEnv(slot.spec, this.statusView(), host.services(this.namespace), host.era),
      };
    } catch (e) {
      if (!(e instanceof ContainerConfigError)) throw e;
      slot.phase = 'waiting';
      this.setWaiting(slot, 'CreateContainerConfigError', e.message);
      this.record(host.events.configError(e.message), slot);
      this.requestSync(host.timings.backOffInitialMs);
      return;
    }
    slot.phase = 'starting';
    this.runBusy(host.timings.containerStartMs, () => {
      const id = host.newContainerId();
      const fs = host.volumes.fileSystem(this.pod, slot.spec, image.image.files);
      const net: ContainerNet = { http: (url) => host.http(this, url) };
      let process: ContainerProcess | undefined = undefined;
      const ctx = {
        fs,
        env,
        hostname: this.pod.spec.hostname ?? this.pod.metadata.name,
        now: () => host.clock.wallMs,
        cwd: slot.spec.workingDir ?? image.image.workingDir,
        rand: host.rand,
        image: image.image,
        tag: slot.ref?.tag ?? 'latest',
        era: host.era,
        podIP: this.podIP ?? '',
        net,
        log: (stream: 'stdout' | 'stderr', text: string) => process?.log.write(stream, `${text}\n`),
      };
      const start = startProgram(ctx, slot.spec.command, slot.spec.args);
      slot.imageID =
        host.era === '2015' ? `docker://${image.repoDigest.split(':').pop()}` : image.repoDigest;
      if (slot.process) {
        slot.previous = slot.process;
        slot.restartCount++;
      }
      slot.lastState = slot.previous ? this.terminatedState(slot.previous) : {};
      if (!start.ok) {
        this.record(host.events.created(slot.spec.name, id), slot);
        this.record(host.events.startFailed(id, start.message), slot);
        const now = host.clock.timestamp();
        const failed = new ContainerProcess(
          id,
          host.clock,
          notStarted(),
          ctx,
          net,
          () => undefined,
        );
        failed.kill(128);
        slot.process = failed;
        slot.phase = 'exited';
        slot.state = terminated(
          128,
          now,
          now,
          host.era === '2015' ? 'ContainerCannotRun' : 'StartError',
        );
        if (slot.state.terminated) slot.state.terminated.message = start.message;
        slot.ready = false;
        this.requestSync(host.timings.plegRelistMs);
        return;
      }
      process = new ContainerProcess(id, host.clock, start.program, ctx, net, (p) =>
        this.exited(slot, p),
      );
      slot.process = process;
      slot.phase = 'running';
      slot.state = running(host.clock.timestamp());
      slot.started = !slot.spec.startupProbe;
      slot.ready = !slot.spec.readinessProbe && !slot.spec.startupProbe;
      this.record(host.events.created(slot.spec.name, id), slot);
      this.record(host.events.started(slot.spec.name, id), slot);
      this.note(`start container ${slot.spec.name}`);
      process.start();
      if (process.running) this.startProbes(slot);
    });
  }

  private terminatedState(p: ContainerProcess): ContainerState {
    const at = (ms: number | undefined): string =>
      this.host.clock.timestamp(ms ?? this.host.clock.now);
    return terminated(p.exitCode ?? 137, at(p.startedAt), at(p.exitedAt), p.exitReason);
  }

  /** The process ended; the kubelet's PLEG notices within a relist. */
  private exited(slot: Slot, process: ContainerProcess): void {
    slot.probes.forEach((p) => p.stop());
    slot.probes = [];
    this.host.clock.after(this.terminating ? 0 : this.host.timings.plegRelistMs, () => {
      if (slot.process !== process || this.finished) return;
      slot.phase = 'exited';
      slot.ready = false;
      slot.state = this.terminatedState(process);
      if (this.terminating) {
        this.finishTerminationIfDone();
        return;
      }
      this.writeStatus();
      this.requestSync();
    });
  }

  // ---- probes ----------------------------------------------------------------------------

  private startProbes(slot: Slot): void {
    const probes: [ProbeKind, NonNullable<Container['livenessProbe']>][] = [];
    if (slot.spec.startupProbe) probes.push(['startup', slot.spec.startupProbe]);
    else {
      if (slot.spec.livenessProbe) probes.push(['liveness', slot.spec.livenessProbe]);
      if (slot.spec.readinessProbe) probes.push(['readiness', slot.spec.readinessProbe]);
    }
    for (const [kind, probe] of probes) this.startProbe(slot, kind, probe);
  }

  private startProbe(
    slot: Slot,
    kind: ProbeKind,
    probe: NonNullable<Container['livenessProbe']>,
  ): void {
    const host = this.host;
    const label = kind === 'liveness' ? 'Liveness' : kind === 'readiness' ? 'Readiness' : 'Startup';
    const prober = new Prober(
      host.clock,
      kind,
      probe,
      () => probeCheck(probe, slot.process, this.podIP ?? '', slot.spec, host),
      (outcome) =>
        this.record(host.events.unhealthy(`${label} probe failed: ${outcome.detail}`), slot),
      (result) => {
        if (slot.phase !== 'running') return;
        if (kind === 'readiness') {
          slot.ready = result;
          this.writeStatus();
        } else if (kind === 'startup' && result) {
          slot.started = true;
          prober.stop();
          slot.probes = slot.probes.filter((p) => p !== prober);
          if (slot.spec.livenessProbe) this.startProbe(slot, 'liveness', slot.spec.livenessProbe);
          if (slot.spec.readinessProbe)
            this.startProbe(slot, 'readiness', slot.spec.readinessProbe);
          else slot.ready = true;
          this.writeStatus();
        } else if (!result) {
          const why =
            kind === 'liveness'
              ? `Container ${slot.spec.name} failed liveness probe, will be restarted`
              : `Container ${slot.spec.name} failed startup probe, will be restarted`;
          this.stopContainer(slot, why);
        }
      },
    );
    slot.probes.push(prober);
    prober.start();
  }

  // ---- stopping ----------------------------------------------------------------------------

  /** Kill one container the way deletion does: its stop signal, SIGKILL at the grace period. */
  private stopContainer(slot: Slot, why?: string): void {
    const process = slot.process;
    if (!process?.running) return;
    slot.probes.forEach((p) => p.stop());
    slot.probes = [];
    this.record(this.host.events.killing(slot.spec.name, process.id, why), slot);
    this.note(`stop container ${slot.spec.name}`);
    if (process.terminate()) return;
    const graceMs = (this.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
    this.host.clock.after(graceMs, () => process.kill(137));
  }

  private beginTermination(): void {
    this.terminating = true;
    this.host.clock.cancel(this.retry);
    this.busy = false;
    for (const slot of this.slots) {
      slot.probes.forEach((p) => p.stop());
      slot.probes = [];
      if (slot.phase === 'pulling' || slot.phase === 'starting') slot.phase = 'new';
    }
    const running = this.slots.filter((s) => s.process?.running);
    for (const slot of running) {
      const process = slot.process;
      if (!process) continue;
      this.record(this.host.events.killing(slot.spec.name, process.id), slot);
      this.note(`stop container ${slot.spec.name}`);
      process.terminate();
    }
    const graceSeconds =
      this.pod.metadata.deletionGracePeriodSeconds ??
      this.pod.spec.terminationGracePeriodSeconds ??
      30;
    this.killTimer = this.host.clock.after(this.removed ? 0 : graceSeconds * 1000, () =>
      this.killAll(),
    );
    this.host.clock.after(0, () => this.finishTerminationIfDone());
  }

  private killAll(): void {
    for (const slot of this.slots) slot.process?.kill(137);
    this.host.clock.after(0, () => this.finishTerminationIfDone());
  }

  private finishTerminationIfDone(): void {
    if (this.finished) return;
    if (this.slots.some((s) => s.process?.running)) return;
    for (const slot of this.slots)
      if (slot.process && slot.phase === 'running') {
        slot.phase = 'exited';
        slot.state = this.terminatedState(slot.process);
        slot.ready = false;
      }
    this.host.clock.cancel(this.killTimer);
    if (!this.removed) {
      // since 1.27 the kubelet records the terminal phase before the pod is removed
      if (this.host.era === 'modern') this.writeStatus(true);
      if (!this.host.connected()) return;
      try {
        this.host.api.finalizeDelete('Pod', this.namespace, this.pod.metadata.name);
      } catch (e) {
        if (!isStatusError(e)) throw e;
        if (e.status.code !== 404) return; // try again when the API answers
      }
    }
    this.finished = true;
    this.host.podGone(this);
  }

  // ---- status ----------------------------------------------------------------------------

  private setWaiting(slot: Slot, reason: string, message?: string): void {
    slot.state = waiting(reason, message);
    slot.ready = false;
    this.writeStatus();
  }

  private runtimeStates(): ContainerRuntimeState[] {
    return this.slots.map((s) => ({
      name: s.spec.name,
      image: s.spec.image,
      ...(s.imageID !== undefined ? { imageID: s.imageID } : {}),
      ...(s.process
        ? { containerID: `${this.host.era === '2015' ? 'docker' : 'containerd'}://${s.process.id}` }
        : {}),
      state: s.state,
      lastState: s.lastState,
      restartCount: s.restartCount,
      ready: s.ready,
      ...(this.host.era === 'modern' ? { started: s.phase === 'running' && s.started } : {}),
    }));
  }

  /** The pod as the kubelet knows it, for env `fieldRef`s (status.podIP, status.hostIP). */
  private statusView(): Pod {
    return {
      ...this.pod,
      status: { ...this.pod.status, podIP: this.podIP ?? '', hostIP: this.host.nodeIP },
    };
  }

  /** Writes the pod's status if it changed since the last write. */
  writeStatus(terminal = false): void {
    const host = this.host;
    if (this.removed || this.finished || !host.connected()) return;
    const status = kubeletPodStatus({
      pod: this.pod,
      states: this.runtimeStates(),
      terminal,
      podIP: this.podIP,
      hostIP: host.nodeIP,
      startTime: this.startTime,
      now: host.clock.timestamp(),
      era: host.era,
    });
    // like the kubelet's status manager, compare with what the API server holds: someone else
    // (the node controller marking pods not ready) may have written since
    const current = host.api.api.find('Pod', this.namespace, this.pod.metadata.name);
    if (!current || current.metadata.uid !== this.pod.metadata.uid) return;
    if (!statusDiffers(current.status ?? {}, status)) return;
    const next = clone(current);
    next.status = { ...next.status, ...status };
    try {
      this.pod = host.api.updateStatus(next);
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  private runBusy(ms: number, then: () => void): void {
    this.busy = true;
    this.retry = this.host.clock.after(ms, () => {
      this.retry = undefined;
      if (this.terminating || this.finished) return;
      this.busy = false;
      then();
      if (this.busy || this.terminating) return;
      if (this.dirty) this.dirty = false;
      this.sync();
    });
  }

  /** A step the kubelet asks of its container runtime, for the page's control-loop view. */
  private note(what: string): void {
    const log = this.host.api.api.messages;
    if (!log?.active) return;
    const runtime = this.host.era === '2015' ? 'docker' : 'containerd';
    log.record(`kubelet/${this.host.nodeName}`, `${runtime}/${this.host.nodeName}`, what, {
      kind: 'Pod',
      namespace: this.namespace,
      name: this.pod.metadata.name,
    });
  }

  private record(event: KubeletEvent, slot?: Slot): void {
    this.host.record(this.pod, event, slot ? `spec.containers{${slot.spec.name}}` : undefined);
  }
}
