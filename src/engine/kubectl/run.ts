/**
 * kubectl's front door: split the line, parse it as kubectl's cobra commands would, and run the
 * command. Whatever the input, it returns stdout, stderr and an exit code — it never throws.
 */
import type { KubectlResult } from '../contract';
import { parseCommandLine, renderHelp, renderRootHelp, tokenize } from './cli';
import { annotate, label } from './commands/label';
import { apiResources, apiVersions, clusterInfo, explain, version } from './commands/info';
import { apply } from './commands/apply';
import { diff } from './commands/diff';
import { cordon, uncordon } from './commands/cordon';
import { create } from './commands/create';
import { replace, update2015 } from './commands/replace';
import { createDeployment, createNamespace } from './commands/createGenerators';
import { deleteCommand } from './commands/delete';
import { describe } from './commands/describe';
import { get } from './commands/get';
import { resize, scale } from './commands/scale';
import { run, runContainer } from './commands/run';
import { rolloutPause, rolloutRestart, rolloutResume } from './commands/rollout';
import { rolloutHistory } from './commands/rolloutHistory';
import { rolloutStatus } from './commands/rolloutStatus';
import { rolloutUndo } from './commands/rolloutUndo';
import { rollingUpdate } from './commands/rollingUpdate';
import { setImage } from './commands/setImage';
import { drain } from './commands/drain';
import { exec } from './commands/exec';
import { expose } from './commands/expose';
import { logs } from './commands/logs';
import { log2015 } from './commands/logsLegacy';
import { topNode, topPod } from './commands/top';
import type { CommandHandler, KubectlContext } from './context';
import { Output, type Follower } from './output';

export type { KubectlContext } from './context';

const HANDLERS: Record<string, CommandHandler> = {
  get,
  describe,
  create,
  'create namespace': createNamespace,
  'create deployment': createDeployment,
  apply,
  diff,
  replace,
  update: update2015,
  delete: deleteCommand,
  label,
  annotate,
  run,
  'run-container': runContainer,
  scale,
  resize,
  version,
  'api-resources': apiResources,
  'api-versions': apiVersions,
  explain,
  'cluster-info': clusterInfo,
  cordon,
  uncordon,
  'rollout status': rolloutStatus,
  'rollout history': rolloutHistory,
  'rollout undo': rolloutUndo,
  'rollout pause': rolloutPause,
  'rollout resume': rolloutResume,
  'rollout restart': rolloutRestart,
  'rolling-update': rollingUpdate,
  'set image': setImage,
  logs,
  log: log2015,
  exec,
  'top pod': topPod,
  'top node': topNode,
  expose,
  drain,
};

export function runKubectl(
  ctx: KubectlContext,
  line: string,
  stdin: string | undefined,
): KubectlResult {
  return runKubectlStreaming(ctx, line, stdin, false).result;
}

/** A kubectl run that may leave streams open (`logs -f`), for a caller that can follow them. */
export function runKubectlStreaming(
  ctx: KubectlContext,
  line: string,
  stdin: string | undefined,
  canFollow = true,
): { result: KubectlResult; followers: Follower[] } {
  const out = new Output(canFollow);
  return { result: execute(ctx, line, stdin, out), followers: out.followers };
}

function execute(
  ctx: KubectlContext,
  line: string,
  stdin: string | undefined,
  out: Output,
): KubectlResult {
  try {
    const tokens = tokenize(line);
    if (!tokens.ok) {
      out.fail(tokens.error.startsWith('error:') ? tokens.error : `error: ${tokens.error}`);
      return out.result();
    }
    const parsed = parseCommandLine(tokens.argv, ctx.era);
    if (!parsed.ok) {
      if (parsed.stdout) out.print(parsed.stdout);
      if (parsed.stderr) out.error(parsed.stderr);
      out.exitCode = parsed.exitCode;
      return out.result();
    }
    const cmd = parsed.command;
    for (const warning of cmd.warnings) out.error(warning);
    if (cmd.help) {
      out.print(cmd.path.length ? renderHelp(cmd.path, ctx.era) : renderRootHelp(ctx.era));
      return out.result();
    }
    const path = cmd.path.join(' ');
    const handler = HANDLERS[path];
    if (!handler) {
      out.fail(`error: kubesim does not simulate "kubectl ${path}" yet`);
      return out.result();
    }
    handler({ ctx, cmd, out, stdin });
  } catch (e) {
    // a bug in kubesim must not take the user's session down with it
    out.fail(`error: internal error in kubesim: ${e instanceof Error ? e.message : String(e)}`);
  }
  return out.result();
}
