import { describe, expect, it } from 'vitest';
import { Rand } from '../../rand';
import { msFromCivil } from '../../util/time';
import { drive } from './drive';
import { memoryFS } from './memoryFS';
import { runCommand, runScript } from './run';
import type { ShellContext, ShellFS } from './types';

const START = msFromCivil(2026, 1, 5, 9, 0, 0);

function context(
  fs: ShellFS = memoryFS({}, { dirs: ['/tmp', '/data'] }),
  clock = { ms: START },
): ShellContext {
  return {
    fs,
    env: { PATH: '/bin', HOME: '/root', GREETING: 'hello world' },
    hostname: 'web-7x2kq',
    now: () => clock.ms,
    rand: new Rand(1),
  };
}

const sh = (script: string, ctx = context()) => drive(runScript(script, ctx));

describe('scripts print what busybox sh prints', () => {
  const cases: [script: string, stdout: string, stderr: string, exit: number][] = [
    ['echo hi', 'hi\n', '', 0],
    ['echo \'a  b\' "c  d" e\\ f', 'a  b c  d e f\n', '', 0],
    ['echo -n a; echo b', 'ab\n', '', 0],
    ['echo -e "a\\tb\\nc"', 'a\tb\nc\n', '', 0],
    ['echo $GREETING; echo "${GREETING}!"', 'hello world\nhello world!\n', '', 0],
    ['X=1; Y="$X$X"; echo $Y $$', '11 1\n', '', 0],
    ['false; echo $?; true; echo $?', '1\n0\n', '', 0],
    ['echo $(echo inner) `echo back`', 'inner back\n', '', 0],
    ['echo $((2 + 3 * 4)) $(( (7 - 1) / 4 ))', '14 1\n', '', 0],
    ['N=5; echo $((N * 2))', '10\n', '', 0],
    ['expr 6 \\* 7; expr 1 + 1', '42\n2\n', '', 0],
    ['true && echo yes || echo no; false && echo yes || echo no', 'yes\nno\n', '', 0],
    ['! false && echo negated', 'negated\n', '', 0],
    ['if [ 1 -lt 2 ]; then echo lt; elif true; then echo elif; else echo else; fi', 'lt\n', '', 0],
    ['if test a = b; then echo eq; else echo ne; fi', 'ne\n', '', 0],
    ['[ -z "" ] && [ -n x ] && [ x != y ] && echo ok', 'ok\n', '', 0],
    ['for x in a b c; do echo $x; done', 'a\nb\nc\n', '', 0],
    ['i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done', '0\n1\n2\n', '', 0],
    ['i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i', '2\n', '', 0],
    ['for i in 1 2 3 4; do [ $i = 3 ] && break; echo $i; done', '1\n2\n', '', 0],
    ['printf "%s=%d%%\\n" cpu 42', 'cpu=42%\n', '', 0],
    ['printf "%s\\n" a b', 'a\nb\n', '', 0],
    ['seq 3; seq 2 2 6', '1\n2\n3\n2\n4\n6\n', '', 0],
    ['seq 5 | grep -v 3 | wc -l', '4\n', '', 0],
    ['seq 10 | head -n 2; seq 10 | tail -n 1', '1\n2\n10\n', '', 0],
    ['echo hello | grep -c ell', '1\n', '', 0],
    ['hostname; date', 'web-7x2kq\nMon Jan  5 09:00:00 UTC 2026\n', '', 0],
    ['date +%Y-%m-%dT%H:%M:%S', '2026-01-05T09:00:00\n', '', 0],
    ['echo ${UNSET:-fallback} ${#GREETING}', 'fallback 11\n', '', 0],
    ['# a comment\necho after # trailing', 'after\n', '', 0],
    ['exit 3; echo never', '', '', 3],
    ['(exit 4); echo $?', '4\n', '', 0],
    ['foo', '', 'sh: foo: not found\n', 127],
    ['echo before\nfi', 'before\n', 'sh: syntax error: unexpected "fi"\n', 2],
    ['if true; then echo x', '', 'sh: syntax error: unexpected end of file (expecting "fi")\n', 2],
    ['echo a; done', '', 'sh: syntax error: unexpected "done"\n', 2],
    ['cat /nope', '', "cat: can't open '/nope': No such file or directory\n", 1],
    ['[ abc -eq 1 ]', '', "sh: invalid number 'abc'\n", 2],
    ['set -e; false; echo unreachable', '', '', 1],
    ['echo err >&2; echo out 2>/dev/null', 'out\n', 'err\n', 0],
  ];
  it.each(cases)('%j', (script, stdout, stderr, exit) => {
    const r = sh(script);
    expect(r).toMatchObject({ stdout, stderr, exitCode: exit });
  });
});

describe('files and redirection', () => {
  it('writes, appends and reads files through > >> <', () => {
    const fs = memoryFS({}, { dirs: ['/data'] });
    const r = sh(
      'echo one > /data/log; echo two >> /data/log; wc -l < /data/log; cat /data/log',
      context(fs),
    );
    expect(r.stdout).toBe('2\none\ntwo\n');
    expect(fs.files()['/data/log']).toBe('one\ntwo\n');
  });

  it('sends both streams to a file with 2>&1, in order', () => {
    const fs = memoryFS({}, { dirs: ['/tmp'] });
    sh('{ echo out; ls /missing; } > /tmp/all 2>&1', context(fs));
    expect(fs.files()['/tmp/all']).toBe('out\nls: /missing: No such file or directory\n');
  });

  it('reports a read-only mount and a missing directory the way ash does', () => {
    const fs = memoryFS({ '/etc/config/key': 'v' }, { readOnly: ['/etc/config'] });
    const r = sh('echo x > /etc/config/key; echo y > /nodir/f; echo $?', context(fs));
    expect(r.stderr).toBe(
      "sh: can't create /etc/config/key: Read-only file system\nsh: can't create /nodir/f: nonexistent directory\n",
    );
    expect(r.stdout).toBe('1\n');
  });

  it('touches, lists, makes directories and removes', () => {
    const fs = memoryFS({}, { dirs: ['/work'] });
    const r = sh(
      'cd /work && mkdir -p a/b && touch f && echo hi > g && ls && ls -l g && rm -r a && ls; rm nope',
      context(fs),
    );
    expect(r.stdout).toBe(
      'a\nf\ng\n-rw-r--r--    1 root     root             3 Jan  5 09:00 g\nf\ng\n',
    );
    expect(r.stderr).toBe("rm: can't remove 'nope': No such file or directory\n");
  });

  it('expands globs against the filesystem', () => {
    const fs = memoryFS({ '/data/a.log': '1\n', '/data/b.log': '2\n', '/data/c.txt': '' });
    expect(sh('for f in /data/*.log; do cat $f; done; echo /data/*.none', context(fs)).stdout).toBe(
      '1\n2\n/data/*.none\n',
    );
  });

  it('reads lines with while read', () => {
    const fs = memoryFS({ '/in': 'a 1\nb 2\n' });
    expect(sh('while read k v; do echo "$v:$k"; done < /in', context(fs)).stdout).toBe(
      '1:a\n2:b\n',
    );
  });
});

describe('time passes only in sleeps', () => {
  it('runs a forever loop one step per 5 simulated seconds', () => {
    const clock = { ms: START };
    const fs = memoryFS({}, { dirs: ['/data'] });
    const r = drive(
      runScript('while true; do date >> /data/log; sleep 5; done', context(fs, clock)),
      { untilMs: 12_000, clock },
    );
    expect(r.exitCode).toBeUndefined();
    expect(r.elapsed).toBe(10_000);
    expect(fs.files()['/data/log']).toBe(
      'Mon Jan  5 09:00:00 UTC 2026\nMon Jan  5 09:00:05 UTC 2026\nMon Jan  5 09:00:10 UTC 2026\n',
    );
  });

  it('sleeps fractions and units', () => {
    const r = sh('sleep 0.5; sleep 1m; sleep 2');
    expect(r.effects).toEqual([
      { type: 'sleep', ms: 500 },
      { type: 'sleep', ms: 60_000 },
      { type: 'sleep', ms: 2000 },
    ]);
  });

  it('hands control back during a loop that never sleeps', () => {
    const run = runScript('while true; do :; done', context());
    const first = run.next();
    expect(first.value).toEqual({ type: 'sleep', ms: 1 });
  });

  it('runs the seed simplewriter: random data appended every five seconds', () => {
    const clock = { ms: START };
    const fs = memoryFS({}, { dirs: ['/data'] });
    const script =
      'while true; do echo "$(date) $RANDOM_DATA" >> /data/simplewriter.log; sleep 5; done';
    const ctx = { ...context(fs, clock), env: { RANDOM_DATA: 'x1' } };
    drive(runCommand(['/bin/sh', '-c', script], ctx), { untilMs: 5_000, clock });
    expect(fs.files()['/data/simplewriter.log']).toBe(
      'Mon Jan  5 09:00:00 UTC 2026 x1\nMon Jan  5 09:00:05 UTC 2026 x1\n',
    );
  });

  it('follows a file with tail -f as another container appends', () => {
    const fs = memoryFS({ '/data/log': 'a\n' });
    const run = runCommand(['tail', '-f', '/data/log'], context(fs));
    expect(run.next().value).toEqual({ type: 'stdout', text: 'a\n' });
    expect(run.next().value).toEqual({ type: 'sleep', ms: 1000 });
    fs.write('/data/log', 'b\n', true);
    expect(run.next().value).toEqual({ type: 'stdout', text: 'b\n' });
  });
});

describe('runCommand runs argv as a container does', () => {
  it('runs an applet directly, without a shell expanding its arguments', () => {
    expect(drive(runCommand(['echo', '$HOME', 'x'], context()))).toMatchObject({
      stdout: '$HOME x\n',
      exitCode: 0,
    });
  });
  it('names the shell as it was invoked in its messages', () => {
    expect(drive(runCommand(['/bin/sh', '-c', 'nope'], context())).stderr).toBe(
      '/bin/sh: nope: not found\n',
    );
  });
  it('passes positional parameters after the script name', () => {
    expect(drive(runCommand(['sh', '-c', 'echo $0 $1 $#', 'me', 'one'], context())).stdout).toBe(
      'me one 1\n',
    );
  });
  it('prints the environment with env', () => {
    expect(drive(runCommand(['env'], context())).stdout).toBe(
      'PATH=/bin\nHOME=/root\nGREETING=hello world\n',
    );
  });
});
