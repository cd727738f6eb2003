/**
 * `kubectl create namespace NAME` and `kubectl create deployment NAME --image=…`: objects kubectl
 * builds itself from flags, as its generators do (a deployment's pods are labelled `app=NAME`
 * and its containers named after their images).
 */
import { isStatusError } from '../../api/status';
import { orderLikeGo } from '../../api/schema';
import type { AnyObject, Container, Deployment, Namespace } from '../../types';
import { flagList, flagString, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { printJson, printYaml } from '../printers';
import { dryRunMode, dryRunSuffix, objectRef } from './create';

function submit(inv: Invocation, obj: AnyObject): void {
  const { ctx, out } = inv;
  const dryRun = dryRunMode(inv);
  const format = flagString(inv, 'output');
  if (dryRun === 'client' && (format === 'yaml' || format === 'json')) {
    const shown = orderLikeGo({ ...obj, status: {} } as AnyObject);
    out.print(format === 'yaml' ? printYaml(shown) : printJson(shown));
    return;
  }
  try {
    const created = ctx.api.create(obj, {
      namespace: requestNamespace(inv),
      dryRun: dryRun !== 'none',
    });
    if (format === 'yaml') out.print(printYaml(orderLikeGo(created)));
    else if (format === 'json') out.print(printJson(orderLikeGo(created)));
    else if (format === 'name') out.println(objectRef(created, 'modern'));
    else out.println(`${objectRef(created, 'modern')} created${dryRunSuffix(dryRun)}`);
  } catch (e) {
    if (!isStatusError(e)) throw e;
    out.fail(formatStatusError(e, ctx.era));
  }
}

export function createNamespace(inv: Invocation): void {
  const name = inv.cmd.args[0] ?? '';
  const ns: Namespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
  submit(inv, ns);
}

/** `nginx:1.27` → `nginx`, `registry:5000/team/app@sha256:…` → `app`. */
export function containerNameFor(image: string): string {
  const last = image.split('/').pop() ?? image;
  return (last.split('@')[0] ?? last).split(':')[0] ?? last;
}

export function createDeployment(inv: Invocation): void {
  const name = inv.cmd.args[0] ?? '';
  const images = flagList(inv, 'image');
  const port = inv.cmd.flags.port;
  const replicas = inv.cmd.flags.replicas;
  const containers: Container[] = images.map((image) => ({
    name: containerNameFor(image),
    image,
    ...(typeof port === 'number' && port > 0 ? { ports: [{ containerPort: port }] } : {}),
  }));
  const rest = inv.cmd.argsAfterDash;
  const first = containers[0];
  if (first && rest.length) first.command = [...rest];
  const labels = { app: name };
  const deployment: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels },
    spec: {
      replicas: typeof replicas === 'number' ? replicas : 1,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers } },
    },
  };
  submit(inv, deployment);
}
