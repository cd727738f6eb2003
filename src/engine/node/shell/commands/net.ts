/**
 * wget (busybox) and curl over the driver's simulated network. The request itself is an
 * `http` effect; the messages around it are the tools' own.
 */
import { baseName } from '../paths';
import { type CommandEnv, type CommandFn, fail, parseFlags } from './command';
import type { ShellRun } from '../types';

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Host, port and the URL with a scheme and a path (`web` → `http://web/`). */
export function parseUrl(
  raw: string,
): { url: string; host: string; port: number; path: string } | undefined {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^#]*)/.exec(raw);
  if (!m) return undefined;
  const scheme = m[1] ?? 'http';
  const host = m[2] ?? '';
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  const path = m[4] || '/';
  return {
    url: `${scheme}://${host}${m[3] ? `:${m[3]}` : ''}${path.startsWith('/') ? path : `/${path}`}`,
    host,
    port,
    path,
  };
}

function* save(env: CommandEnv, tool: string, file: string, body: string): ShellRun<boolean> {
  const error = env.fs.write(env.resolve(file), body, false);
  if (error) yield* fail(env, tool, `can't open '${file}': ${error}`);
  return !error;
}

/** The busybox progress line: name, 100%, a bar of stars, size, ETA. */
function progress(name: string, size: number): string {
  const shown = name.length > 20 ? name.slice(0, 20) : name.padEnd(20);
  return `${shown} 100% |********************************| ${String(size).padStart(5)}  0:00:00 ETA\n`;
}

export const wget: CommandFn = function* (args, env) {
  const { flags, operands, bad } = parseFlags(args, 'qcsS', 'OTUYt');
  if (bad) {
    yield* fail(env, 'wget', `unrecognized option: ${bad}`);
    return 1;
  }
  const target = operands[0];
  if (target === undefined) {
    yield* env.io.stderr.write('BusyBox: wget: missing URL\nUsage: wget [-cqS] [-O FILE] URL...\n');
    return 1;
  }
  const url = parseUrl(target);
  if (!url) {
    yield* fail(env, 'wget', `bad address '${target}'`);
    return 1;
  }
  const quiet = flags.has('q');
  const spider = flags.has('s');
  const file =
    flags.get('O') ??
    (baseName(url.path) === '/' || url.path.endsWith('/') ? 'index.html' : baseName(url.path));
  const result = yield* env.http(url.url);
  const address = `${result.ip ?? url.host}:${url.port}`;
  if (!result.ok && /bad address/i.test(result.error)) {
    yield* fail(env, 'wget', `bad address '${url.host}'`);
    return 1;
  }
  if (!quiet) yield* env.io.stderr.write(`Connecting to ${url.host} (${address})\n`);
  if (!result.ok) {
    yield* fail(
      env,
      'wget',
      `can't connect to remote host (${result.ip ?? url.host}): ${result.error}`,
    );
    return 1;
  }
  if (result.status >= 400) {
    yield* fail(
      env,
      'wget',
      `server returned error: HTTP/1.1 ${result.status} ${REASONS[result.status] ?? ''}`.trimEnd(),
    );
    return 1;
  }
  if (spider) {
    if (!quiet) yield* env.io.stderr.write('remote file exists\n');
    return 0;
  }
  if (file === '-') {
    if (!quiet) yield* env.io.stderr.write('writing to stdout\n');
    yield* env.io.stdout.write(result.body);
    if (!quiet)
      yield* env.io.stderr.write(`${progress('-', result.body.length)}written to stdout\n`);
    return 0;
  }
  if (!flags.has('O') && env.fs.exists(env.resolve(file)) && !flags.has('c')) {
    yield* fail(env, 'wget', `can't open '${file}': File exists`);
    return 1;
  }
  if (!quiet) yield* env.io.stderr.write(`saving to '${file}'\n`);
  if (!(yield* save(env, 'wget', file, result.body))) return 1;
  if (!quiet) yield* env.io.stderr.write(`${progress(file, result.body.length)}'${file}' saved\n`);
  return 0;
};

/** curl's size columns: plain up to 99999, then k, M with one decimal below 100. */
function curlSize(n: number): string {
  if (n < 100_000) return String(n);
  if (n < 10_000 * 1024) return `${Math.floor(n / 1024)}k`;
  return `${Math.floor(n / 1024 / 1024)}M`;
}

/**
 * curl's progress meter, printed to stderr when output is not a terminal and `-s` is absent.
 * The simulated transfer takes no measurable time, so the speed column is the size itself.
 */
function meter(size: number): string {
  const s = curlSize(size).padStart(5);
  return (
    '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
    '                                 Dload  Upload   Total   Spent    Left  Speed\n' +
    `${size ? '100' : '  0'} ${s}  ${size ? '100' : '  0'} ${s}    0     0  ${s}      0 --:--:-- --:--:-- --:--:-- ${s}\n`
  );
}

export const curl: CommandFn = function* (args, env) {
  const words: string[] = [];
  for (const a of args) {
    const long: Record<string, string> = {
      '--silent': '-s',
      '--show-error': '-S',
      '--fail': '-f',
      '--location': '-L',
      '--output': '-o',
      '--include': '-i',
    };
    words.push(long[a] ?? a);
  }
  const { flags, operands, bad } = parseFlags(words, 'sSfLikv', 'omXH');
  if (bad) {
    yield* fail(
      env,
      'curl',
      `option -${bad}: is unknown\ncurl: try 'curl --help' for more information`,
    );
    return 2;
  }
  const target = operands[0];
  if (target === undefined) {
    yield* env.io.stderr.write(
      "curl: no URL specified!\ncurl: try 'curl --help' for more information\n",
    );
    return 2;
  }
  const url = parseUrl(target);
  const silent = flags.has('s');
  const showError = !silent || flags.has('S');
  if (!url) {
    if (showError) yield* fail(env, 'curl', `(3) URL using bad/illegal format or missing URL`);
    return 3;
  }
  const result = yield* env.http(url.url);
  const failWith = function* (code: number, message: string): ShellRun<number> {
    if (!silent) yield* env.io.stderr.write(meter(0));
    if (showError) yield* fail(env, 'curl', `(${code}) ${message}`);
    return code;
  };
  if (!result.ok) {
    if (/bad address|resolve/i.test(result.error))
      return yield* failWith(6, `Could not resolve host: ${url.host}`);
    return yield* failWith(
      7,
      `Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server`,
    );
  }
  if (flags.has('f') && result.status >= 400)
    return yield* failWith(22, `The requested URL returned error: ${result.status}`);
  const head = flags.has('i')
    ? `HTTP/1.1 ${result.status} ${REASONS[result.status] ?? ''}\r\ncontent-length: ${result.body.length}\r\n\r\n`
    : '';
  if (!silent) yield* env.io.stderr.write(meter(result.body.length));
  const file = flags.get('o');
  if (file !== undefined && file !== '-') {
    if (!(yield* save(env, 'curl', file, head + result.body))) return 23;
  } else yield* env.io.stdout.write(head + result.body);
  return 0;
};
