/**
 * One probe of one container, run by the kubelet every `periodSeconds` after
 * `initialDelaySeconds`: it counts consecutive results and reports a change only when a
 * threshold is crossed (`failureThreshold` failures, `successThreshold` successes), as the
 * kubelet's prober workers do. The check itself (exec, HTTP GET, TCP connect) is the caller's.
 */
import type { SimClock, Timer } from '../clock';
import type { Probe } from '../types';

export type ProbeKind = 'liveness' | 'readiness' | 'startup';

export interface ProbeOutcome {
  ok: boolean;
  /** What the kubelet puts after `Liveness probe failed: ` (the command's output, the HTTP error). */
  detail: string;
}

/** The probe's settings with the API's defaults filled in. */
export function probeSettings(
  probe: Probe,
): Required<
  Pick<
    Probe,
    | 'initialDelaySeconds'
    | 'timeoutSeconds'
    | 'periodSeconds'
    | 'successThreshold'
    | 'failureThreshold'
  >
> {
  return {
    initialDelaySeconds: probe.initialDelaySeconds ?? 0,
    timeoutSeconds: probe.timeoutSeconds ?? 1,
    periodSeconds: probe.periodSeconds ?? 10,
    successThreshold: probe.successThreshold ?? 1,
    failureThreshold: probe.failureThreshold ?? 3,
  };
}

export class Prober {
  private timer: Timer | undefined;
  private successes = 0;
  private failures = 0;
  /** The last reported result: liveness passes until shown otherwise; readiness and startup start failed. */
  result: boolean;
  private readonly settings: ReturnType<typeof probeSettings>;

  constructor(
    private readonly clock: SimClock,
    readonly kind: ProbeKind,
    probe: Probe,
    private readonly check: () => ProbeOutcome,
    /** A single failed check (for the `Unhealthy` event). */
    private readonly onFailure: (outcome: ProbeOutcome) => void,
    /** The threshold was crossed: the result changed. */
    private readonly onChange: (result: boolean) => void,
  ) {
    this.settings = probeSettings(probe);
    this.result = kind === 'liveness';
  }

  start(): void {
    this.stop();
    this.timer = this.clock.after(this.settings.initialDelaySeconds * 1000, () => this.tick());
  }

  stop(): void {
    this.clock.cancel(this.timer);
    this.timer = undefined;
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  private tick(): void {
    this.timer = this.clock.after(this.settings.periodSeconds * 1000, () => this.tick());
    const outcome = this.check();
    if (outcome.ok) {
      this.failures = 0;
      this.successes++;
      if (!this.result && this.successes >= this.settings.successThreshold) this.report(true);
    } else {
      this.successes = 0;
      this.failures++;
      this.onFailure(outcome);
      if (this.result && this.failures >= this.settings.failureThreshold) this.report(false);
      // a probe that already reported failure keeps its verdict until successes arrive
      else if (
        !this.result &&
        this.kind !== 'readiness' &&
        this.failures >= this.settings.failureThreshold
      )
        this.report(false);
    }
  }

  private report(result: boolean): void {
    this.result = result;
    if (result === false) this.failures = 0;
    this.onChange(result);
  }
}
