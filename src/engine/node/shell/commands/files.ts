/** File applets: touch, rm, mkdir, ls (busybox wording and layout). */
import { civilFromMs } from '../../../util/time';
import { baseName } from '../paths';
import { type CommandFn, fail, out, parseFlags } from './command';

export const touch: CommandFn = function* (args, env) {
  let status = 0;
  for (const f of args.filter((a) => !a.startsWith('-'))) {
    const path = env.resolve(f);
    if (env.fs.exists(path)) continue;
    const error = env.fs.write(path, '', true);
    if (error) {
      yield* fail(env, 'touch', `${f}: ${error}`);
      status = 1;
    }
  }
  return status;
};

export const rm: CommandFn = function* (args, env) {
  const { flags, operands, bad } = parseFlags(args, 'frRi');
  if (bad) {
    yield* fail(env, 'rm', `invalid option -- '${bad}'`);
    return 1;
  }
  const recursive = flags.has('r') || flags.has('R');
  let status = 0;
  for (const f of operands) {
    const path = env.resolve(f);
    let error: string | undefined;
    if (!env.fs.exists(path))
      error = flags.has('f') ? undefined : `can't remove '${f}': No such file or directory`;
    else if (env.fs.isDir(path) && !recursive) error = `'${f}' is a directory`;
    else {
      const e = env.fs.remove(path);
      if (e) error = `can't remove '${f}': ${e}`;
    }
    if (error) {
      yield* fail(env, 'rm', error);
      status = 1;
    }
  }
  return status;
};

export const mkdir: CommandFn = function* (args, env) {
  const { flags, operands } = parseFlags(args, 'p', 'm');
  let status = 0;
  for (const d of operands) {
    const path = env.resolve(d);
    if (env.fs.exists(path)) {
      if (flags.has('p') && env.fs.isDir(path)) continue;
      yield* fail(env, 'mkdir', `can't create directory '${d}': File exists`);
      status = 1;
      continue;
    }
    const error = env.fs.mkdir(path, flags.has('p'));
    if (error) {
      yield* fail(env, 'mkdir', `can't create directory '${d}': ${error}`);
      status = 1;
    }
  }
  return status;
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * ls. Container output is not a terminal, so busybox prints one name a line (as `-1`). The
 * simulated filesystem keeps no owners, modes or times: `-l` shows root, the usual modes
 * (0644 files, 0755 directories) and the current time.
 */
export const ls: CommandFn = function* (args, env) {
  const { flags, operands, bad } = parseFlags(args, 'la1AhF');
  if (bad) {
    yield* fail(env, 'ls', `invalid option -- '${bad}'`);
    return 1;
  }
  const t = civilFromMs(env.now());
  const stamp = `${MONTHS[t.month - 1]} ${String(t.day).padStart(2)} ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
  const line = (name: string, dir: boolean, size: number): string =>
    flags.has('l')
      ? `${dir ? 'drwxr-xr-x' : '-rw-r--r--'} ${String(dir ? 2 : 1).padStart(4)} root     root     ${String(size).padStart(9)} ${stamp} ${name}\n`
      : `${name}${flags.has('F') && dir ? '/' : ''}\n`;
  const targets = operands.length ? operands : ['.'];
  let status = 0;
  const files: string[] = [];
  const dirs: string[] = [];
  for (const target of targets) {
    const path = env.resolve(target);
    if (!env.fs.exists(path)) {
      yield* fail(env, 'ls', `${target}: No such file or directory`);
      status = 1;
    } else if (env.fs.isDir(path)) dirs.push(target);
    else files.push(line(target, false, (env.fs.read(path) ?? '').length));
  }
  yield* out(env, files.join(''));
  for (const [i, target] of dirs.entries()) {
    const entries = (env.fs.list(env.resolve(target)) ?? [])
      .filter((e) => flags.has('a') || flags.has('A') || !e.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (flags.has('a'))
      entries.unshift({ name: '.', dir: true, size: 4096 }, { name: '..', dir: true, size: 4096 });
    let text = targets.length > 1 ? `${i > 0 || files.length ? '\n' : ''}${target}:\n` : '';
    if (flags.has('l'))
      text += `total ${entries.reduce((sum, e) => sum + (e.dir ? 4 : Math.ceil(e.size / 4096) * 4), 0)}\n`;
    for (const e of entries)
      text += line(
        e.name === '.' || e.name === '..' ? e.name : baseName(e.name),
        e.dir,
        e.dir ? 4096 : e.size,
      );
    yield* out(env, text);
  }
  return status;
};
