/**
 * What a container's process does. A container whose spec gives a `command` (or `args` to an
 * image without an entrypoint) runs it in the simulated shell; otherwise the image's own program
 * runs, simulated from its behaviour in the catalog: servers log as the real ones do and answer
 * on their ports, the seed's writer and reader share a file, a Redis replica follows its master.
 * The page tells students that container behaviour is simulated.
 */
import type { Era } from '../../contract';
import { rfc3339Nano } from '../../util/time';
import type { CatalogImage } from '../images';
import { SIMPLE_DATA_FILE } from '../images';
import { isExecutable, runCommand } from '../shell';
import type { HttpResult, ShellContext, ShellRun } from '../shell';
import { redisLogTime, nginxLogTime, accessLogTime } from './logTimes';

/** How a container reaches the network: the cluster's DNS, proxies and pods. */
export interface ContainerNet {
  http(url: string): HttpResult;
}

export interface ProgramContext extends ShellContext {
  image: CatalogImage;
  /** The image tag it runs (`latest`, `1.27`). */
  tag: string;
  era: Era;
  podIP: string;
  net: ContainerNet;
  /** Writes a line to the container's log outside the process's own flow (access logs). */
  log(stream: 'stdout' | 'stderr', text: string): void;
}

export interface ServeRequest {
  port: number;
  path: string;
  clientIP: string;
}

export interface Program {
  run: ShellRun<number>;
  /** TCP ports the process listens on while it runs. */
  ports: readonly number[];
  serve?(req: ServeRequest): { status: number; body: string };
  /**
   * What SIGTERM (or the image's stop signal) does: the exit code the process leaves with.
   * Undefined: it ignores the signal — a shell or an applet running as PID 1 has no handler,
   * so the kubelet kills it when the grace period ends.
   */
  stop?(): number;
}

/** The argv a container runs, Docker's way: command replaces the entrypoint, args the cmd. */
export function containerArgv(
  image: CatalogImage,
  command: readonly string[] | undefined,
  args: readonly string[] | undefined,
): string[] {
  const entry = command ?? image.entrypoint;
  return [...entry, ...(args ?? (command ? [] : image.cmd))];
}

/** Whether the container runs the image's own program (with or without extra args). */
function runsImageProgram(
  image: CatalogImage,
  command: readonly string[] | undefined,
  args: readonly string[] | undefined,
): boolean {
  if (command !== undefined) return false;
  return args === undefined || image.entrypoint.length > 0;
}

export type ProgramStart = { ok: true; program: Program } | { ok: false; message: string };

/** Starts the container's process, or says why the runtime cannot (a missing executable). */
export function startProgram(
  ctx: ProgramContext,
  command: readonly string[] | undefined,
  args: readonly string[] | undefined,
): ProgramStart {
  if (runsImageProgram(ctx.image, command, args)) return { ok: true, program: imageProgram(ctx) };
  const argv = containerArgv(ctx.image, command, args);
  const argv0 = argv[0] ?? '';
  if (!isExecutable(argv0, ctx)) return { ok: false, message: notFoundMessage(argv0, ctx.era) };
  return { ok: true, program: { run: runCommand(argv, ctx), ports: [] } };
}

/** The runtime's start error for a missing executable (runc via containerd; Docker in 2015). */
function notFoundMessage(argv0: string, era: Era): string {
  const exec = `exec: "${argv0}": executable file not found in $PATH`;
  if (era === '2015') return `[8] System error: ${exec}`;
  return (
    'failed to create containerd task: failed to create shim task: OCI runtime create failed: ' +
    `runc create failed: unable to start container process: ${exec}: unknown`
  );
}

/** A process that ends at once with `code`, having done nothing. */
// eslint-disable-next-line require-yield -- a generator is the shape every process has
export function* exitAtOnce(code: number): ShellRun<number> {
  return code;
}

const forever = function* (): ShellRun<number> {
  yield { type: 'sleep', ms: Infinity };
  return 0;
};

function imageProgram(ctx: ProgramContext): Program {
  switch (ctx.image.behaviour) {
    case 'http-server':
      return httpServer(ctx);
    case 'http-echo':
      return echoServer(ctx);
    case 'redis-server':
      return redisServer(ctx);
    case 'redis-slave':
      return redisReplica(ctx);
    case 'memcached':
      return { run: forever(), ports: ctx.image.ports, stop: () => 0 };
    case 'postgres':
    case 'mysql':
      return database(ctx);
    case 'simplewriter':
      return { run: simpleWriter(ctx), ports: [] };
    case 'simplereader':
      return { run: simpleReader(ctx), ports: [] };
    case 'shell':
      // no terminal, no stdin: the shell reads end-of-file and exits 0 at once
      return { run: exitAtOnce(0), ports: [] };
    case 'exit-0':
      return { run: helloWorld(), ports: [] };
    case 'pause':
      return { run: forever(), ports: [], stop: () => 0 };
  }
}

function* lines(stream: 'stdout' | 'stderr', text: readonly string[]): ShellRun<void> {
  for (const line of text) yield { type: stream, text: `${line}\n` };
}

const documentRoot = (image: CatalogImage): string | undefined =>
  Object.keys(image.files).find((p) => p.endsWith('/index.html'));

/** nginx, httpd, the seed's todo app, the guestbook frontend: files from the document root. */
function httpServer(ctx: ProgramContext): Program {
  const repo = ctx.image.repository;
  const isNginx = repo.endsWith('/nginx');
  const version = ctx.image.env.NGINX_VERSION ?? '1.27.3';
  const index = documentRoot(ctx.image);
  const root = index?.slice(0, -'/index.html'.length);
  const run = function* (): ShellRun<number> {
    if (isNginx) {
      const t = nginxLogTime(ctx.now());
      yield* lines('stderr', [
        '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
        '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
        '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
        '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
        '/docker-entrypoint.sh: Configuration complete; ready for start up',
        `${t} [notice] 1#1: using the "epoll" event method`,
        `${t} [notice] 1#1: nginx/${version}`,
        `${t} [notice] 1#1: start worker processes`,
        `${t} [notice] 1#1: start worker process 29`,
      ]);
    } else if (repo.endsWith('/todo')) {
      yield* lines('stdout', [
        '',
        '> todomvc@0.0.1 start /todo',
        '> node server.js',
        '',
        'Listening on port 8000',
      ]);
    }
    return yield* forever();
  };
  return {
    run: run(),
    ports: ctx.image.ports,
    serve(req) {
      const path = req.path.split('?')[0] ?? '/';
      const file =
        root === undefined
          ? undefined
          : ctx.fs.read(`${root}${path.endsWith('/') ? `${path}index.html` : path}`);
      const status = file !== undefined || (root === undefined && path === '/') ? 200 : 404;
      const body =
        file ??
        (status === 200
          ? `<html><body><h1>${ctx.hostname}</h1></body></html>\n`
          : notFoundPage(isNginx, version));
      if (isNginx)
        ctx.log(
          'stdout',
          `${req.clientIP} - - [${accessLogTime(ctx.now())}] "GET ${req.path} HTTP/1.1" ${status} ${body.length} "-" "Wget" "-"`,
        );
      return { status, body };
    },
    stop() {
      if (isNginx)
        ctx.log(
          'stderr',
          `${nginxLogTime(ctx.now())} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down`,
        );
      return 0;
    },
  };
}

const notFoundPage = (nginx: boolean, version: string): string =>
  nginx
    ? `<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>nginx/${version}</center>\n</body>\n</html>\n`
    : '<html><body><h1>Not Found</h1></body></html>\n';

/** The echo server answers every request with what it saw of it. */
function echoServer(ctx: ProgramContext): Program {
  return {
    run: forever(),
    ports: ctx.image.ports,
    serve(req) {
      const body = [
        '',
        '',
        `Hostname: ${ctx.hostname}`,
        '',
        'Pod Information:',
        '\t-no pod information available-',
        '',
        'Server values:',
        '\tserver_version=nginx: 1.13.3 - lua: 10008',
        '',
        'Request Information:',
        `\tclient_address=${req.clientIP}`,
        '\tmethod=GET',
        `\treal path=${req.path}`,
        '\tquery=',
        '\trequest_version=1.1',
        `\trequest_uri=http://${ctx.podIP}:${req.port}${req.path}`,
        '',
        'Request Headers:',
        '\taccept=*/*',
        '\tuser-agent=Wget',
        '',
        'Request Body:',
        '\t-no body in request-',
        '',
        '',
      ].join('\n');
      return { status: 200, body };
    },
    stop: () => 0,
  };
}

/** The path a replica's SYNC arrives on: replication is simulated over the same request path. */
export const REDIS_SYNC_PATH = '/SYNC';

function redisServer(ctx: ProgramContext): Program {
  const legacy = ctx.era === '2015';
  const log = (role: string, mark: string, text: string): string =>
    legacy
      ? `[1] ${redisLogTime(ctx.now(), true)} ${mark} ${text}`
      : `1:${role} ${redisLogTime(ctx.now(), false)} ${mark} ${text}`;
  const run = function* (): ShellRun<number> {
    yield* lines(
      'stdout',
      legacy
        ? [
            log('M', '#', 'Server started, Redis version 2.8.19'),
            log('M', '*', 'The server is now ready to accept connections on port 6379'),
          ]
        : [
            log('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
            log(
              'C',
              '*',
              'Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started',
            ),
            log(
              'C',
              '#',
              'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
            ),
            log('M', '*', 'monotonic clock: POSIX clock_gettime'),
            log('M', '*', 'Running mode=standalone, port=6379.'),
            log('M', '*', 'Server initialized'),
            log('M', '*', 'Ready to accept connections tcp'),
          ],
    );
    return yield* forever();
  };
  return {
    run: run(),
    ports: ctx.image.ports.length ? ctx.image.ports : [6379],
    serve(req) {
      if (req.path === REDIS_SYNC_PATH) {
        const replica = `${req.clientIP}:6379`;
        ctx.log(
          'stdout',
          legacy
            ? log('M', '*', 'Slave asks for synchronization')
            : log('M', '*', `Replica ${replica} asks for synchronization`),
        );
        ctx.log(
          'stdout',
          legacy
            ? log('M', '*', 'Synchronization with slave succeeded')
            : log('M', '*', `Synchronization with replica ${replica} succeeded`),
        );
        return { status: 200, body: '+FULLRESYNC\r\n' };
      }
      // an HTTP request line is not a Redis command the server accepts
      return { status: 200, body: "-ERR wrong number of arguments for 'get' command\r\n" };
    },
    stop() {
      ctx.log('stdout', log('M', '#', 'User requested shutdown...'));
      ctx.log(
        'stdout',
        log(
          'M',
          '#',
          legacy
            ? 'Redis is now ready to exit, bye bye...'
            : 'Redis is now ready to exit, bye bye...',
        ),
      );
      return 0;
    },
  };
}

/** The guestbook's replica: `redis-server --slaveof $REDIS_MASTER_SERVICE_HOST 6379`, retrying each second. */
function redisReplica(ctx: ProgramContext): Program {
  const legacy = ctx.era === '2015';
  const upstream = (ctx.image.upstreamService ?? 'redis-master')
    .toUpperCase()
    .replace(/[-.]/g, '_');
  const master = ctx.env[`${upstream}_SERVICE_HOST`] ?? ctx.env.SERVICE_HOST;
  // the guestbook's run.sh: `redis-server --slaveof $REDIS_MASTER_SERVICE_HOST $REDIS_MASTER_SERVICE_PORT`
  const masterPort = ctx.env[`${upstream}_SERVICE_PORT`] ?? '6379';
  const stamp = (role: string, mark: string, text: string): string =>
    legacy
      ? `[1] ${redisLogTime(ctx.now(), true)} ${mark} ${text}`
      : `1:${role} ${redisLogTime(ctx.now(), false)} ${mark} ${text}`;
  const run = function* (): ShellRun<number> {
    if (!master) {
      yield* lines('stderr', [
        '',
        '*** FATAL CONFIG FILE ERROR ***',
        'Reading the configuration file, at line 2',
        `>>> 'slaveof "6379"'`,
        'Bad directive or wrong number of arguments',
      ]);
      return 1;
    }
    yield* lines('stdout', [
      stamp('S', '*', 'Ready to accept connections tcp'),
      stamp('S', '*', `Connecting to MASTER ${master}:${masterPort}`),
    ]);
    for (;;) {
      yield* lines('stdout', [stamp('S', '*', 'MASTER <-> SLAVE sync started')]);
      const answer = ctx.net.http(`http://${master}:${masterPort}${REDIS_SYNC_PATH}`);
      if (answer.ok) {
        yield* lines('stdout', [
          stamp('S', '*', 'Non blocking connect for SYNC fired the event.'),
          stamp('S', '*', 'Master replied to PING, replication can continue...'),
          stamp('S', '*', 'MASTER <-> SLAVE sync: receiving 18 bytes from master'),
          stamp('S', '*', 'MASTER <-> SLAVE sync: Finished with success'),
        ]);
        return yield* forever();
      }
      yield* lines('stdout', [
        stamp('S', '#', `Error condition on socket for SYNC: ${answer.error}`),
      ]);
      yield { type: 'sleep', ms: 1000 };
    }
  };
  return {
    run: run(),
    ports: [6379],
    serve: () => ({ status: 200, body: '+OK\r\n' }),
    stop: () => 0,
  };
}

function database(ctx: ProgramContext): Program {
  const pg = ctx.image.behaviour === 'postgres';
  const env = ctx.env;
  const ready = pg
    ? Boolean(env.POSTGRES_PASSWORD) || env.POSTGRES_HOST_AUTH_METHOD === 'trust'
    : Boolean(
        env.MYSQL_ROOT_PASSWORD || env.MYSQL_ALLOW_EMPTY_PASSWORD || env.MYSQL_RANDOM_ROOT_PASSWORD,
      );
  const run = function* (): ShellRun<number> {
    if (!ready) {
      yield* lines(
        'stderr',
        pg
          ? [
              'Error: Database is uninitialized and superuser password is not specified.',
              '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
              '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
              '',
              '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
              '       connections without a password. This is *not* recommended.',
              '',
              '       See PostgreSQL documentation about "trust":',
              '       https://www.postgresql.org/docs/current/auth-trust.html',
            ]
          : [
              `${rfc3339Nano(ctx.now()).slice(0, 19).replace('T', ' ')}+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`,
              '    You need to specify one of the following as an environment variable:',
              '    - MYSQL_ROOT_PASSWORD',
              '    - MYSQL_ALLOW_EMPTY_PASSWORD',
              '    - MYSQL_RANDOM_ROOT_PASSWORD',
            ],
      );
      return 1;
    }
    yield* lines('stdout', [
      pg
        ? 'LOG:  database system is ready to accept connections'
        : "[Server] /usr/sbin/mysqld: ready for connections. Version: '9.1.0'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
    ]);
    return yield* forever();
  };
  return { run: run(), ports: ctx.image.ports, stop: () => 0 };
}

/** The seed's writer: a line of random characters appended to /data/file every five seconds. */
function* simpleWriter(ctx: ProgramContext): ShellRun<number> {
  const printable =
    ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';
  for (;;) {
    let text = '';
    // twelve random bytes: the printable ones survive, and now and then one is a newline
    for (let i = 0; i < 12; i++) {
      const r = ctx.rand.int(256);
      if (r < printable.length) text += printable[r];
      else if (r === 255) text += '\n';
    }
    const error = ctx.fs.write(SIMPLE_DATA_FILE, `${text}\n`, true);
    if (error) {
      yield { type: 'stderr', text: `/bin/sh: 1: cannot create ${SIMPLE_DATA_FILE}: ${error}\n` };
      return 2;
    }
    yield { type: 'sleep', ms: 5000 };
  }
}

/** The seed's reader: follows /data/file and logs each new line with the time it read it. */
function* simpleReader(ctx: ProgramContext): ShellRun<number> {
  let seen = (ctx.fs.read(SIMPLE_DATA_FILE) ?? '').length;
  for (;;) {
    yield { type: 'sleep', ms: 1000 };
    const now = ctx.fs.read(SIMPLE_DATA_FILE) ?? '';
    if (now.length < seen) seen = 0;
    const fresh = now.slice(seen);
    const complete = fresh.lastIndexOf('\n');
    if (complete < 0) continue;
    seen += complete + 1;
    const stamp = rfc3339Nano(ctx.now(), ctx.rand.int(1_000_000));
    for (const line of fresh.slice(0, complete).split('\n'))
      yield { type: 'stdout', text: `[${stamp}] ${line}\n` };
  }
}

function* helloWorld(): ShellRun<number> {
  yield* lines('stdout', [
    '',
    'Hello from Docker!',
    'This message shows that your installation appears to be working correctly.',
    '',
  ]);
  return 0;
}
