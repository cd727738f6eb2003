/**
 * `kubectl run`: modern kubectl creates a Pod labelled `run=<name>`; 2015's `kubectl run` (v1.0)
 * and `run-container` (before it) created a ReplicationController labelled `run=<name>` /
 * `run-container=<name>` and printed it as `get rc` does.
 */
import { isStatusError } from '../../api/status';
import { orderLikeGo } from '../../api/schema';
import type { Container, EnvVar, Pod, ReplicationController, Service } from '../../types';
import { flagList, flagString, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { printJson, printTable, printYaml } from '../printers';
import { dryRunMode, dryRunSuffix } from './create';
import { jsonMergePatch, parseOverrides } from '../mergePatch';

function parseLabels(text: string): Record<string, string> | string {
  const labels: Record<string, string> = {};
  for (const part of text.split(',')) {
    if (!part) continue;
    const [k, v, ...rest] = part.split('=');
    if (!k || v === undefined || rest.length) return `error: invalid label spec: ${part}`;
    labels[k] = v;
  }
  return labels;
}

function parseEnv(specs: string[]): EnvVar[] | string {
  const env: EnvVar[] = [];
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq <= 0) return `error: invalid env: ${spec}`;
    env.push({ name: spec.slice(0, eq), value: spec.slice(eq + 1) });
  }
  return env;
}

function container(inv: Invocation, name: string, image: string): Container | string {
  const c: Container = { name, image };
  const port = inv.cmd.flags.port;
  const portNumber = typeof port === 'number' ? port : Number(port || 0);
  if (port !== undefined && port !== '' && port !== -1 && portNumber > 0)
    c.ports = [{ containerPort: portNumber }];
  const env = parseEnv(flagList(inv, 'env'));
  if (typeof env === 'string') return env;
  if (env.length) c.env = env;
  const pull = flagString(inv, 'image-pull-policy');
  if (pull) c.imagePullPolicy = pull;
  const rest = inv.cmd.argsAfterDash;
  if (rest.length) {
    if (inv.cmd.flags.command === true) c.command = [...rest];
    else c.args = [...rest];
  }
  return c;
}

export function run(inv: Invocation): void {
  if (inv.ctx.era === '2015') return runController(inv, 'run');
  const { ctx, cmd, out } = inv;
  const name = cmd.args[0];
  if (!name)
    return out.fail("error: NAME is required for run\nSee 'kubectl run -h' for help and examples");
  if (cmd.args.length > 1 && cmd.argsAfterDash.length === 0)
    return out.fail(
      `error: unexpected args: [${cmd.args.slice(1).join(' ')}]\nSee 'kubectl run -h' for help and examples`,
    );
  const image = flagString(inv, 'image');
  if (!image)
    return out.fail("error: --image is required\nSee 'kubectl run -h' for help and examples");
  const labelText = flagString(inv, 'labels');
  const labels = labelText ? parseLabels(labelText) : { run: name };
  if (typeof labels === 'string') return out.fail(labels);
  const c = container(inv, name, image);
  if (typeof c === 'string') return out.fail(c);
  const restart = flagString(inv, 'restart') || 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restart))
    return out.fail(
      `error: invalid restart policy: ${restart}\nSee 'kubectl run -h' for help and examples`,
    );
  const generated: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels },
    spec: { containers: [c], restartPolicy: restart, dnsPolicy: 'ClusterFirst' },
  };
  const pod = withOverrides(inv, generated);
  if (typeof pod === 'string') return out.fail(pod);
  const dryRun = dryRunMode(inv);
  const format = flagString(inv, 'output');
  const namespace = requestNamespace(inv);
  try {
    if (cmd.flags.expose === true) {
      const port = c.ports?.[0]?.containerPort;
      if (!port) return out.fail('error: --port must be set when exposing a service');
      const svc: Service = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name, namespace },
        spec: { ports: [{ port, protocol: 'TCP', targetPort: port }], selector: labels },
      };
      const created = ctx.api.create(svc, { namespace, dryRun: dryRun !== 'none' });
      out.println(`service/${created.metadata.name} created${dryRunSuffix(dryRun)}`);
    }
    if (dryRun === 'client' && (format === 'yaml' || format === 'json')) {
      const shown = { ...pod, metadata: { ...pod.metadata }, status: {} };
      out.print(format === 'yaml' ? printYaml(orderLikeGo(shown)) : printJson(orderLikeGo(shown)));
      return;
    }
    const created = ctx.api.create(pod, { namespace, dryRun: dryRun !== 'none' });
    if (format === 'yaml') out.print(printYaml(orderLikeGo(created)));
    else if (format === 'json') out.print(printJson(orderLikeGo(created)));
    else if (format === 'name') out.println(`pod/${created.metadata.name}`);
    else out.println(`pod/${created.metadata.name} created${dryRunSuffix(dryRun)}`);
  } catch (e) {
    if (!isStatusError(e)) throw e;
    out.fail(formatStatusError(e, ctx.era));
  }
}

/**
 * `--overrides`: a JSON merge patch onto the generated object, before it is sent (kubectl's
 * default `--override-type=merge`). Returns kubectl's error text when the JSON is bad.
 */
function withOverrides<T extends Pod | ReplicationController>(
  inv: Invocation,
  generated: T,
): T | string {
  const text = flagString(inv, 'overrides');
  if (!text) return generated;
  const parsed = parseOverrides(text);
  if (!parsed.ok) return `error: ${parsed.error}`;
  const patched = jsonMergePatch(generated, parsed.value);
  if (typeof patched !== 'object' || patched === null || Array.isArray(patched))
    return `error: json: cannot unmarshal ${Array.isArray(patched) ? 'array' : typeof patched} into Go value of type map[string]interface {}`;
  return patched as T;
}

/** 2015: `kubectl run-container todo --image=dockerinpractice/todo` → an RC named todo. */
export function runContainer(inv: Invocation): void {
  runController(inv, 'run-container');
}

function runController(inv: Invocation, label: 'run' | 'run-container'): void {
  const { ctx, cmd, out } = inv;
  const name = cmd.args[0];
  if (!name) return out.fail(`error: NAME is required for ${label}`);
  const image = flagString(inv, 'image');
  if (!image) return out.fail(`error: --image is required`);
  const labelText = flagString(inv, 'labels');
  const labels = labelText ? parseLabels(labelText) : { [label]: name };
  if (typeof labels === 'string') return out.fail(labels);
  const c = container(inv, name, image);
  if (typeof c === 'string') return out.fail(c);
  const replicasFlag = inv.cmd.flags.replicas;
  const replicas = typeof replicasFlag === 'number' ? replicasFlag : Number(replicasFlag ?? 1);
  const generated: ReplicationController = {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name, labels },
    spec: {
      replicas,
      selector: labels,
      template: { metadata: { labels }, spec: { containers: [c] } },
    },
  };
  const rc = withOverrides(inv, generated);
  if (typeof rc === 'string') return out.fail(rc);
  const dryRun = dryRunMode(inv);
  try {
    const created = ctx.api.create(rc, {
      namespace: requestNamespace(inv),
      dryRun: dryRun !== 'none',
    });
    out.print(
      printTable('ReplicationController', [created], { era: ctx.era, nowMs: ctx.clock.wallMs }),
    );
  } catch (e) {
    if (!isStatusError(e)) throw e;
    out.fail(formatStatusError(e, ctx.era));
  }
}
