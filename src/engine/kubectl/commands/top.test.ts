import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';
import { podYaml, useFakeKubelets } from './logs.testkit';

const Mi = 1024 * 1024;

function scraped() {
  const t = testCluster({ nodes: 2 });
  t.ok('create namespace team-a');
  t.ok('create -f -', podYaml({ name: 'web', labels: '{app: web}' }));
  t.ok('create -f -', podYaml({ name: 'db', labels: '{app: db}' }));
  t.ok('create -f -', podYaml({ name: 'cache', metadata: '  namespace: team-a' }));
  t.cluster.advance(60_000);
  useFakeKubelets(t, {
    pods: [
      {
        namespace: 'default',
        name: 'web',
        containers: [
          { name: 'nginx', cpuMilli: 12, memoryBytes: 35 * Mi + 500 },
          { name: 'log', cpuMilli: 3, memoryBytes: 4 * Mi },
        ],
      },
      {
        namespace: 'default',
        name: 'db',
        containers: [{ name: 'main', cpuMilli: 250, memoryBytes: 20 * Mi }],
      },
      {
        namespace: 'team-a',
        name: 'cache',
        containers: [{ name: 'main', cpuMilli: 1, memoryBytes: 3 * Mi }],
      },
    ],
    nodes: [
      { name: 'node-2', cpuMilli: 310, memoryBytes: 1024 * Mi },
      { name: 'node-1', cpuMilli: 96, memoryBytes: 700 * Mi },
    ],
  });
  return t;
}

describe('kubectl top pod', () => {
  it('prints each pod summed over its containers, padded like kubectl (trailing spaces too)', () => {
    const t = scraped();
    expect(t.ok('top pods')).toBe(
      [
        'NAME   CPU(cores)   MEMORY(bytes)   ',
        'db     250m         20Mi            ',
        'web    15m          39Mi            ',
        '',
      ].join('\n'),
    );
    expect(t.ok('top pod --sort-by=memory --no-headers')).toBe(
      'web   15m    39Mi   \ndb    250m   20Mi   \n',
    );
    expect(t.ok('top pod -l app=web')).toBe(
      'NAME   CPU(cores)   MEMORY(bytes)   \nweb    15m          39Mi            \n',
    );
  });

  it('shows containers, all namespaces and a sum', () => {
    const t = scraped();
    expect(t.ok('top pod --containers --sort-by=cpu web')).toBe(
      [
        'POD   NAME    CPU(cores)   MEMORY(bytes)   ',
        'web   nginx   12m          35Mi            ',
        'web   log     3m           4Mi             ',
        '',
      ].join('\n'),
    );
    expect(t.ok('top pod -A --sum')).toBe(
      [
        'NAMESPACE   NAME    CPU(cores)   MEMORY(bytes)   ',
        'default     db      250m         20Mi            ',
        'default     web     15m          39Mi            ',
        'team-a      cache   1m           3Mi             ',
        '                    ________     ________        ',
        '                    266m         62Mi            ',
        '',
      ].join('\n'),
    );
  });

  it('explains missing metrics as kubectl does', () => {
    const t = testCluster({ nodes: 1 });
    useFakeKubelets(t, { pods: [] });
    expect(t.run('top pod')).toEqual({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
      exitCode: 0,
    });
    t.ok('create -f -', podYaml({ name: 'web' }));
    t.cluster.advance(90_000);
    expect(t.fails('top pod')).toBe('error: metrics not available yet\n');
    t.cluster.advance(90_000);
    expect(t.fails('top pod')).toBe(
      'error: Metrics not available for pod default/web, age: 3m0s\n',
    );
    expect(t.fails('top pod web')).toBe(
      'Error from server (NotFound): podmetrics.metrics.k8s.io "default/web" not found\n',
    );
    expect(t.fails('top pod --sort-by=disk')).toBe('error: --sort-by accepts only cpu or memory\n');
    expect(t.fails('top pod web -l app=web')).toBe(
      'error: only one of NAME or selector can be provided\n',
    );
  });

  it('reads what the real kubelets report once pods run', () => {
    const t = testCluster({ nodes: 1 });
    t.ok('create -f -', podYaml({ name: 'web' }));
    t.cluster.advance(60_000);
    expect(t.ok('top pod')).toMatch(
      /^NAME {3}CPU\(cores\) {3}MEMORY\(bytes\) {3}\nweb {4}\d+m +\d+Mi +\n$/,
    );
  });
});

describe('kubectl top node', () => {
  it('prints usage and its share of allocatable, or of capacity', () => {
    const t = scraped();
    // allocatable: 2 CPUs and 3996Mi per node
    expect(t.ok('top nodes')).toBe(
      [
        'NAME     CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%   ',
        'node-1   96m          4%     700Mi           17%       ',
        'node-2   310m         15%    1024Mi          25%       ',
        '',
      ].join('\n'),
    );
    expect(t.ok('top node --sort-by=cpu --no-headers')).toBe(
      'node-2   310m   15%   1024Mi   25%   \nnode-1   96m    4%    700Mi    17%   \n',
    );
  });

  it('marks a node without metrics unknown, and names what is missing', () => {
    const t = scraped();
    useFakeKubelets(t, { nodes: [{ name: 'node-1', cpuMilli: 96, memoryBytes: 700 * Mi }] });
    expect(t.ok('top node')).toBe(
      [
        'NAME     CPU(cores)   CPU%        MEMORY(bytes)   MEMORY%     ',
        'node-1   96m          4%          700Mi           17%         ',
        'node-2   <unknown>    <unknown>   <unknown>       <unknown>   ',
        '',
      ].join('\n'),
    );
    expect(t.fails('top node node-2')).toBe(
      'Error from server (NotFound): nodemetrics.metrics.k8s.io "node-2" not found\n',
    );
    expect(t.fails('top node node-9')).toBe(
      'Error from server (NotFound): nodemetrics.metrics.k8s.io "node-9" not found\n',
    );
    useFakeKubelets(t, { nodes: [] });
    expect(t.fails('top node')).toBe('error: metrics not available yet\n');
  });
});
