import { describe, expect, it } from 'vitest';
import { Rand } from '../../rand';
import { drive } from './drive';
import { memoryFS } from './memoryFS';
import { runScript } from './run';
import type { HttpResult } from './types';

/** A fake pod network: `web` answers, `db` refuses, anything else does not resolve. */
function network(url: string): HttpResult {
  if (url === 'http://web/')
    return { ok: true, status: 200, body: '<h1>hi</h1>\n', ip: '10.96.0.12' };
  if (url === 'http://web/missing')
    return { ok: true, status: 404, body: 'not found\n', ip: '10.96.0.12' };
  if (url.startsWith('http://db'))
    return { ok: false, error: 'Connection refused', ip: '10.96.0.20' };
  return { ok: false, error: 'bad address' };
}

const fs = () => memoryFS({}, { dirs: ['/tmp'] });
const run = (script: string, files = fs()) =>
  drive(
    runScript(script, {
      fs: files,
      env: {},
      hostname: 'client',
      now: () => 0,
      rand: new Rand(1),
      cwd: '/tmp',
    }),
    {
      http: network,
    },
  );

describe('wget like busybox', () => {
  it('fetches to stdout quietly and asks the driver for the normalised URL', () => {
    const r = run('wget -qO- web');
    expect(r).toMatchObject({ stdout: '<h1>hi</h1>\n', stderr: '', exitCode: 0 });
    expect(r.effects[0]).toEqual({ type: 'http', url: 'http://web/', method: 'GET' });
  });

  it('talks on stderr unless -q', () => {
    expect(run('wget -O- http://web/').stderr).toBe(
      'Connecting to web (10.96.0.12:80)\nwriting to stdout\n' +
        '-                    100% |********************************|    12  0:00:00 ETA\nwritten to stdout\n',
    );
  });

  it('saves index.html by default', () => {
    const files = fs();
    const r = run('wget web', files);
    expect(files.files()['/tmp/index.html']).toBe('<h1>hi</h1>\n');
    expect(r.stderr).toContain("saving to 'index.html'\n");
    expect(r.stderr).toContain("'index.html' saved\n");
  });

  it.each([
    ['wget -q db', "wget: can't connect to remote host (10.96.0.20): Connection refused\n"],
    ['wget -q nowhere', "wget: bad address 'nowhere'\n"],
    ['wget -q web/missing', 'wget: server returned error: HTTP/1.1 404 Not Found\n'],
  ])('%s fails with exit 1', (script, stderr) => {
    expect(run(script)).toMatchObject({ stderr, exitCode: 1 });
  });
});

describe('curl', () => {
  it('prints the body with -s and writes a file with -o', () => {
    const files = fs();
    expect(run('curl -s web; curl -s -o page web', files)).toMatchObject({
      stdout: '<h1>hi</h1>\n',
      exitCode: 0,
    });
    expect(files.files()['/tmp/page']).toBe('<h1>hi</h1>\n');
  });

  it.each([
    [
      'curl -sS db',
      "curl: (7) Failed to connect to db port 80 after 0 ms: Couldn't connect to server\n",
      7,
    ],
    ['curl -s db', '', 7],
    ['curl -sS nowhere', 'curl: (6) Could not resolve host: nowhere\n', 6],
    ['curl -sSf web/missing', 'curl: (22) The requested URL returned error: 404\n', 22],
  ])('%s', (script, stderr, exitCode) => {
    expect(run(script)).toMatchObject({ stderr, exitCode });
  });

  it('retries in a loop until the service answers', () => {
    const r = run(
      'until wget -qO- db; do echo waiting; sleep 2; n=$((n + 1)); [ $n -ge 3 ] && break; done',
    );
    expect(r.stdout).toBe('waiting\nwaiting\nwaiting\n');
    expect(r.elapsed).toBe(6000);
  });
});
