/**
 * The simulated registry's catalog shape. Sizes are compressed linux/amd64 sizes, what the
 * kubelet reports as `Image size` after a pull; everything else is what `docker inspect` and
 * `docker export` would show for the image, cut down to what a lesson can use.
 */

/**
 * What a container does when its spec gives no `command`: a behaviour the kubelet's container
 * model implements. The program itself is simulated; these name what it visibly does.
 * - `http-server`: serves the files under its document root on its ports until stopped.
 * - `http-echo`: answers every HTTP request with a description of that request.
 * - `redis-server` / `redis-slave`: a Redis master on 6379 / a replica that follows the master
 *   named by the service environment (`REDIS_MASTER_SERVICE_HOST`).
 * - `memcached`, `postgres`, `mysql`: those servers; `postgres` and `mysql` exit 1 unless their
 *   password variables are set, as the real entrypoints do.
 * - `simplewriter` / `simplereader`: the seed's pair: a line of random characters appended to
 *   `/data/file` every five seconds, and a reader that follows that file.
 * - `shell`: an interactive program (`sh`, `bash`, `node`, `python3`) that exits 0 at once when
 *   no terminal or stdin is attached — why `kubectl run --image=ubuntu` crash-loops.
 * - `exit-0`: prints its message and exits 0.
 * - `pause`: sleeps until stopped (the pod sandbox's holder of namespaces).
 */
export type Behaviour =
  | 'http-server'
  | 'http-echo'
  | 'redis-server'
  | 'redis-slave'
  | 'memcached'
  | 'postgres'
  | 'mysql'
  | 'simplewriter'
  | 'simplereader'
  | 'shell'
  | 'exit-0'
  | 'pause';

export interface ImageTag {
  sizeBytes: number;
  /** Manifest digest, `sha256:` and 64 hex digits. Tags that name the same build share it. */
  digest: string;
}

/** A file's content, or a directory. Binaries and files whose content is not modelled are empty. */
export type ImageFile = string | { dir: true };

export interface CatalogImage {
  /** Registry and path, without tag: `docker.io/library/nginx`. */
  repository: string;
  tags: Record<string, ImageTag>;
  /** The tag a lesson should suggest; not always `latest` (some repositories have none). */
  defaultTag: string;
  behaviour: Behaviour;
  /** Image config `Entrypoint` and `Cmd`, as `docker inspect` shows them. */
  entrypoint: string[];
  cmd: string[];
  /** Image config `ExposedPorts` (TCP). */
  ports: number[];
  env: Record<string, string>;
  workingDir: string;
  /** For a replica (`redis-slave`): the service whose master it follows. */
  upstreamService?: string;
  /** The default tag's filesystem, as `docker export | tar -tv` would list a small part of it. */
  files: Record<string, ImageFile>;
  /** Simulated CPU and memory use when idle and per request (for cAdvisor-like figures). */
  usage: { idleMilliCpu: number; idleMemoryBytes: number; perRequestMilliCpu: number };
}
