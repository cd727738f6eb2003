/**
 * A node's image store and its puller. Images pulled once stay on the node (tags and digests
 * both find them); pulls run one at a time, as the kubelet's default `serializeImagePulls`
 * makes them, so a pull queued behind another reports the wait in its `Pulled` event.
 */
import {
  lookupImage,
  pullDurationMs,
  type CatalogImage,
  type ImageRef,
  type PullFailure,
} from '../images';

export interface StoredImage {
  image: CatalogImage;
  /** `docker.io/library/nginx@sha256:…`, as `imageID` in a container status. */
  repoDigest: string;
  sizeBytes: number;
  /** Every name the node knows it by (`docker.io/library/nginx:latest`, …). */
  names: Set<string>;
}

export type PullPlan =
  | { ok: true; startAt: number; doneAt: number; stored: StoredImage }
  | { ok: false; startAt: number; doneAt: number; reason: PullFailure };

export class ImageStore {
  private readonly byName = new Map<string, StoredImage>();
  private readonly byDigest = new Map<string, StoredImage>();
  /** Simulated ms when the puller is free again. */
  private busyUntil = 0;
  /** Pulls planned but not finished, by build: a second pull of one build waits for the first. */
  private readonly inFlight = new Map<string, StoredImage>();

  constructor(
    private readonly bytesPerSecond: number,
    /** How long a registry round trip takes (a failed lookup, a manifest check). */
    private readonly roundTripMs: number,
  ) {}

  /** The stored image this reference names, if the node has it. */
  find(ref: ImageRef): StoredImage | undefined {
    return ref.digest !== undefined
      ? this.byDigest.get(`${ref.registry}/${ref.repository}@${ref.digest}`)
      : this.byName.get(ref.canonical);
  }

  /**
   * Plans a pull requested at `now`: it starts when the puller is free and takes the image's
   * size over the bandwidth (a registry round trip when the node already has that build, or
   * when the registry says no). The store records the image once the caller calls `commit`.
   */
  plan(ref: ImageRef, now: number): PullPlan {
    const startAt = Math.max(now, this.busyUntil);
    const found = lookupImage(ref);
    if (!found.ok) {
      this.busyUntil = startAt + this.roundTripMs;
      return { ok: false, startAt, doneAt: this.busyUntil, reason: found.reason };
    }
    const repoDigest = `${found.image.repository}@${found.digest}`;
    const have = this.byDigest.get(repoDigest) ?? this.inFlight.get(repoDigest);
    const transfer = have ? this.roundTripMs : pullDurationMs(found.sizeBytes, this.bytesPerSecond);
    this.busyUntil = startAt + transfer;
    const stored: StoredImage = have ?? {
      image: found.image,
      repoDigest,
      sizeBytes: found.sizeBytes,
      names: new Set(),
    };
    if (!have) this.inFlight.set(repoDigest, stored);
    return { ok: true, startAt, doneAt: this.busyUntil, stored };
  }

  /** The pull finished: the node now has the image under this reference. */
  commit(ref: ImageRef, stored: StoredImage): void {
    this.inFlight.delete(stored.repoDigest);
    stored.names.add(ref.canonical);
    this.byName.set(ref.canonical, stored);
    this.byDigest.set(stored.repoDigest, stored);
  }

  /** What the node reports in `status.images`, largest first as the kubelet sorts them. */
  list(): StoredImage[] {
    return [...new Set(this.byDigest.values())].sort(
      (a, b) => b.sizeBytes - a.sizeBytes || (a.repoDigest < b.repoDigest ? -1 : 1),
    );
  }
}
