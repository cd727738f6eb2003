/** The applets in a simulated image (a busybox-like set), by name. */
import type { CommandFn } from './command';
import { expr } from './expr';
import { ls, mkdir, rm, touch } from './files';
import { curl, wget } from './net';
import { date, env, falseCommand, hostname, printenv, pwd, sleep, trueCommand } from './system';
import { bracket, test } from './test';
import { cat, echo, grep, head, printf, seq, tail, wc } from './text';

export type { CommandEnv, CommandFn } from './command';

export const COMMANDS: ReadonlyMap<string, CommandFn> = new Map<string, CommandFn>([
  ['[', bracket],
  ['cat', cat],
  ['curl', curl],
  ['date', date],
  ['echo', echo],
  ['env', env],
  ['expr', expr],
  ['false', falseCommand],
  ['grep', grep],
  ['head', head],
  ['hostname', hostname],
  ['ls', ls],
  ['mkdir', mkdir],
  ['printenv', printenv],
  ['printf', printf],
  ['pwd', pwd],
  ['rm', rm],
  ['seq', seq],
  ['sleep', sleep],
  ['tail', tail],
  ['test', test],
  ['touch', touch],
  ['true', trueCommand],
  ['wc', wc],
  ['wget', wget],
]);

/** Directories an image's binaries live in; `/bin/echo` runs the `echo` applet. */
export const BIN_DIRS = ['/bin', '/usr/bin', '/sbin', '/usr/sbin', '/usr/local/bin'];
