/**
 * The container shell: a small busybox-like POSIX sh and applets that run a container's
 * command over simulated time. See CONTEXT.md.
 */
export { runCommand, runScript, isExecutable } from './run';
export { memoryFS, type MemoryFS } from './memoryFS';
export { STEP_BUDGET } from './interpreter';
export type { HttpResult, ShellContext, ShellEffect, ShellFS, ShellRun } from './types';
export { drive, type DriveResult } from './drive';
