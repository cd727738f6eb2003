/** `kubectl version`, `api-resources`, `api-versions`, `explain` and `cluster-info`. */
import { explain as explainSchema } from '../../api/schema';
import { groupVersion, RESOURCES } from '../../api/resources';
import { flagBool, flagString, type Invocation } from '../context';
import { formatTabbed, MODERN_TABLE } from '../printers/format/tabwriter';

export function version(inv: Invocation): void {
  const { ctx, out } = inv;
  const v = ctx.profile.kubernetesVersion;
  const clientOnly = flagBool(inv, 'client');
  const format = flagString(inv, 'output');
  if (ctx.era === '2015') {
    const [major, minor] = v.replace(/^v/, '').split('.');
    const info = `version.Info{Major:"${major}", Minor:"${minor}", GitVersion:"${v}", GitCommit:"6a5c06e3d1eb27a6310a09270e4a5fb1afa93e74", GitTreeState:"clean"}`;
    out.println(`Client Version: ${info}`);
    if (!clientOnly) out.println(`Server Version: ${info}`);
    return;
  }
  const [, major, minor] = /^v(\d+)\.(\d+)/.exec(v) ?? ['', '1', '31'];
  const versionInfo = {
    major,
    minor,
    gitVersion: v,
    gitCommit: '6911225c3f747e1cd9d109c305436d08b668f086',
    gitTreeState: 'clean',
    buildDate: '2024-08-13T07:28:49Z',
    goVersion: 'go1.22.5',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
  if (format === 'json' || format === 'yaml') {
    const doc = {
      clientVersion: versionInfo,
      kustomizeVersion: 'v5.4.2',
      ...(clientOnly ? {} : { serverVersion: versionInfo }),
    };
    if (format === 'json') out.println(JSON.stringify(doc, null, 2));
    else out.print(yamlVersion(doc));
    return;
  }
  if (format) return out.fail(`error: --output must be 'yaml' or 'json'`);
  out.println(`Client Version: ${v}`);
  out.println('Kustomize Version: v5.4.2');
  if (!clientOnly) out.println(`Server Version: ${v}`);
}

function yamlVersion(doc: Record<string, unknown>): string {
  let s = '';
  for (const [k, v] of Object.entries(doc)) {
    if (typeof v === 'string') s += `${k}: ${v}\n`;
    else {
      s += `${k}:\n`;
      for (const [k2, v2] of Object.entries(v as Record<string, string>))
        s += `  ${k2}: ${/^\d+$/.test(v2) ? `"${v2}"` : v2}\n`;
    }
  }
  return s;
}

export function apiResources(inv: Invocation): void {
  const { out } = inv;
  const wide = flagString(inv, 'output') === 'wide';
  const nameOnly = flagString(inv, 'output') === 'name';
  const namespacedFlag = inv.cmd.set.has('namespaced') ? flagBool(inv, 'namespaced') : undefined;
  const rows = [...RESOURCES]
    .filter((r) => namespacedFlag === undefined || r.namespaced === namespacedFlag)
    .sort((a, b) =>
      a.group === b.group ? (a.resource < b.resource ? -1 : 1) : a.group < b.group ? -1 : 1,
    );
  if (nameOnly) {
    for (const r of rows) out.println(r.group ? `${r.resource}.${r.group}` : r.resource);
    return;
  }
  const header = [
    'NAME',
    'SHORTNAMES',
    'APIVERSION',
    'NAMESPACED',
    'KIND',
    ...(wide ? ['VERBS'] : []),
  ];
  const body = rows.map((r) => [
    r.resource,
    r.shortNames.join(','),
    groupVersion(r),
    String(r.namespaced),
    r.kind,
    ...(wide ? [`[${r.verbs.join(' ')}]`] : []),
  ]);
  out.print(
    formatTabbed([header, ...body].map((row) => `${row.join('\t')}\n`).join(''), MODERN_TABLE),
  );
}

export function apiVersions(inv: Invocation): void {
  for (const gv of ['apps/v1', 'v1']) inv.out.println(gv);
}

export function explain(inv: Invocation): void {
  const { cmd, out } = inv;
  const path = cmd.args[0];
  if (!path)
    return out.fail(
      'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee \'kubectl explain -h\' for help and examples',
    );
  const result = explainSchema(path, {
    recursive: flagBool(inv, 'recursive'),
    ...(flagString(inv, 'api-version') ? { apiVersion: flagString(inv, 'api-version') } : {}),
  });
  if (result.ok) out.print(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
  else out.fail(result.error.startsWith('error:') ? result.error : `error: ${result.error}`);
}

export function clusterInfo(inv: Invocation): void {
  const { ctx, out } = inv;
  const master = ctx.era === '2015' ? 'https://10.245.1.2' : 'https://10.240.0.2:6443';
  if (ctx.era === '2015') {
    out.println(`Kubernetes master is running at ${master}`);
    return;
  }
  out.println(`Kubernetes control plane is running at ${master}`);
  out.println('');
  out.println("To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.");
}
