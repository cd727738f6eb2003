/**
 * `kubectl expose TYPE NAME`: a Service for the pods a replication controller, replica set,
 * deployment, pod or service stands for (kubectl 1.31 prints `service/web exposed`). 2015's
 * kubectl (v0.15, with the introspection v1.0 added when `--port` is missing) named the
 * service with `--service-name`, made a load balancer with `--create-external-load-balancer`,
 * and printed the new service as `get services` does.
 */
import { isStatusError } from '../../api/status';
import { orderLikeGo } from '../../api/schema';
import type { AnyObject, Service } from '../../types';
import { buildRequests } from '../builder';
import { usageError } from '../cli';
import { flagBool, flagList, flagString, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { printJson, printTable, printYaml } from '../printers';
import { dryRunMode, dryRunSuffix } from './create';
import {
  buildService,
  cannotExpose,
  parseLabelSpec,
  portsForObject,
  selectorForObject,
  type ServiceRequest,
} from './exposeService';

/** DNS-1035 labels are at most 63 characters; kubectl cuts the default name to fit. */
const MAX_NAME = 63;

const labelText = (labels: Record<string, string>): string =>
  Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

export function expose(inv: Invocation): void {
  if (inv.ctx.era === '2015') return expose2015(inv);
  const { ctx, cmd, out } = inv;
  if (flagList(inv, 'filename').length > 0)
    return out.fail('error: kubesim does not simulate "kubectl expose -f" yet');
  if (cmd.args.length === 0) {
    out.error('You must provide one or more resources by argument or filename.');
    out.error('Example resource specifications include:');
    out.error("   '-f rsrc.yaml'");
    out.error("   '--filename=rsrc.json'");
    out.error("   '<resource> <name>'");
    return out.fail("   '<resource>'");
  }
  const built = buildRequests(cmd.args, 'modern');
  if (!built.ok) return out.fail(built.error);
  if (!built.byName) return out.fail('error: resource(s) were provided, but no name was specified');
  const namespace = requestNamespace(inv);
  const dryRun = dryRunMode(inv);
  const format = flagString(inv, 'output');
  for (const req of built.requests)
    for (const name of req.names) {
      let obj: AnyObject;
      try {
        obj = ctx.api.get(req.info.kind, namespace, name);
      } catch (e) {
        if (!isStatusError(e)) throw e;
        out.fail(formatStatusError(e, 'modern'));
        continue;
      }
      const service = serviceFor(inv, obj, {
        name: flagString(inv, 'name'),
        protocol: flagString(inv, 'protocol'),
        targetPort: flagString(inv, 'target-port'),
        type: flagString(inv, 'type'),
        externalIP: flagString(inv, 'external-ip'),
        sessionAffinity: flagString(inv, 'session-affinity'),
        clusterIP: flagString(inv, 'cluster-ip'),
      });
      if (typeof service === 'string') {
        out.fail(`error: ${service}`);
        continue;
      }
      try {
        const created =
          dryRun === 'client'
            ? { ...service, metadata: { ...service.metadata, namespace } }
            : ctx.api.create(service, { namespace, dryRun: dryRun === 'server' });
        if (format === 'yaml') out.print(printYaml(orderLikeGo(created)));
        else if (format === 'json') out.print(printJson(orderLikeGo(created)));
        else if (format === 'name') out.println(`service/${created.metadata.name}`);
        else out.println(`service/${created.metadata.name} exposed${dryRunSuffix(dryRun)}`);
      } catch (e) {
        if (!isStatusError(e)) throw e;
        out.fail(formatStatusError(e, 'modern'));
      }
    }
}

type Fixed = Omit<ServiceRequest, 'selector' | 'labels' | 'ports' | 'protocols'>;

/** What kubectl derives from the exposed object, under the flags that override it. */
function serviceFor(inv: Invocation, obj: AnyObject, fixed: Fixed): Service | string {
  const modern = inv.ctx.era === 'modern';
  const refused = cannotExpose(obj);
  if (refused) return refused;
  let selector: Record<string, string>;
  const selectorFlag = flagString(inv, 'selector');
  if (selectorFlag) {
    const parsed = parseLabelSpec(selectorFlag);
    if (typeof parsed === 'string') return parsed;
    selector = parsed;
  } else {
    const derived = selectorForObject(obj);
    if (!derived.ok)
      return `couldn't retrieve selectors via --selector flag or introspection: ${derived.error}`;
    selector = derived.value;
  }
  if (Object.keys(selector).length === 0) return 'selector must be specified';
  const declared = portsForObject(obj);
  const portFlag = modern ? flagString(inv, 'port') : legacyPort(inv);
  let ports = portFlag;
  if (!ports) {
    if (declared.length === 0 && fixed.clusterIP !== 'None')
      return modern
        ? "couldn't find port via --port flag or introspection"
        : "couldn't find a suitable port via --port flag or introspection";
    if (!modern && declared.length > 1)
      return `multiple ports to choose from: [${declared.map((d) => d.port).join(' ')}], please explicitly specify a port using the --port flag.`;
    ports = declared.map((d) => d.port).join(',');
  }
  let labels: Record<string, string> | undefined;
  const labelsFlag = flagString(inv, 'labels');
  const text = labelsFlag || labelText(obj.metadata.labels ?? {});
  if (text) {
    const parsed = parseLabelSpec(text);
    if (typeof parsed === 'string') return parsed;
    labels = parsed;
  }
  const name = fixed.name || obj.metadata.name.slice(0, MAX_NAME);
  return buildService({
    ...fixed,
    name,
    selector,
    ...(labels ? { labels } : {}),
    ports,
    protocols: new Map(modern ? declared.map((d) => [d.port, d.protocols]) : []),
  });
}

const legacyPort = (inv: Invocation): string => {
  const v = inv.cmd.flags.port;
  const n = typeof v === 'number' ? v : Number(v ?? -1);
  return n >= 0 && inv.cmd.set.has('port') ? String(n) : '';
};

function expose2015(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  if (cmd.args.length !== 2)
    return out.fail(usageError('2015', ['expose'], 'RESOURCE NAME is required for expose'));
  const built = buildRequests(cmd.args, '2015');
  if (!built.ok) return out.fail(built.error);
  const req = built.requests[0];
  const name = cmd.args[1] ?? '';
  if (!req) return;
  const namespace = requestNamespace(inv);
  let obj: AnyObject;
  try {
    obj = ctx.api.get(req.info.kind, namespace, name);
  } catch (e) {
    if (!isStatusError(e)) throw e;
    return out.fail(formatStatusError(e, '2015'));
  }
  const service = serviceFor(inv, obj, {
    name: flagString(inv, 'service-name'),
    protocol: flagString(inv, 'protocol') || 'TCP',
    targetPort: flagString(inv, 'target-port') || flagString(inv, 'container-port'),
    type: flagBool(inv, 'create-external-load-balancer') ? 'LoadBalancer' : '',
    externalIP: flagString(inv, 'public-ip'),
    sessionAffinity: '',
    clusterIP: '',
  });
  if (typeof service === 'string') return out.fail(`error: ${service}`);
  try {
    const shown = flagBool(inv, 'dry-run')
      ? { ...service, metadata: { ...service.metadata, namespace } }
      : ctx.api.create(service, { namespace });
    out.print(printTable('Service', [shown], { era: '2015', nowMs: ctx.clock.wallMs }));
  } catch (e) {
    if (!isStatusError(e)) throw e;
    out.fail(formatStatusError(e, '2015'));
  }
}
