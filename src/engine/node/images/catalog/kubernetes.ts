/**
 * Images from Kubernetes' own registries that its docs and samples use: the pause (sandbox)
 * image, the echo server, and the guestbook's frontend and Redis followers. These registries
 * have no `latest` for most of them, so an untagged reference fails as it would for real.
 */
import { debianFs, dirs } from '../filesystems';
import { MiB, type ImageSpec } from './build';

const pauseUsage = { idleMilliCpu: 0, idleMemoryBytes: 300 * 1024, perRequestMilliCpu: 0 };

const pause = (name: string, builds: ImageSpec['builds'], defaultTag: string): ImageSpec => ({
  name,
  builds,
  defaultTag,
  behaviour: 'pause',
  entrypoint: ['/pause'],
  files: { '/pause': '' },
  usage: pauseUsage,
});

const echoserver = (name: string): ImageSpec => ({
  name,
  builds: [
    [['1.10'], 46_493_718],
    [['1.4'], 56_813_245],
  ],
  defaultTag: '1.10',
  behaviour: 'http-echo',
  cmd: ['/usr/local/bin/run.sh'],
  ports: [8080, 8443],
  files: {
    ...debianFs,
    '/usr/local/bin/run.sh': '',
    '/usr/local/openresty/nginx/conf/nginx.conf': '',
  },
  usage: { idleMilliCpu: 0, idleMemoryBytes: 5 * MiB, perRequestMilliCpu: 1 },
});

const redisFollower = (name: string, builds: ImageSpec['builds'], upstream: string): ImageSpec => ({
  name,
  builds,
  defaultTag: builds[0]?.[0][0] ?? 'latest',
  behaviour: 'redis-slave',
  cmd: ['/run.sh'],
  ports: [6379],
  workingDir: '/data',
  upstreamService: upstream,
  files: {
    ...debianFs,
    '/data': { dir: true },
    '/run.sh': '',
    '/usr/local/bin/redis-server': '',
    '/usr/local/bin/redis-cli': '',
  },
  usage: { idleMilliCpu: 2, idleMemoryBytes: 4 * MiB, perRequestMilliCpu: 1 },
});

export const kubernetesImages: ImageSpec[] = [
  pause(
    'registry.k8s.io/pause',
    [
      [['3.10'], 320_368],
      [['3.9'], 321_520],
      [['3.8'], 311_286],
    ],
    '3.10',
  ),
  pause(
    'k8s.gcr.io/pause',
    [
      [['3.5'], 301_416],
      [['3.2'], 299_513],
      [['3.1'], 317_164],
    ],
    '3.2',
  ),
  pause('gcr.io/google_containers/pause', [[['0.8.0'], 241_656]], '0.8.0'),
  echoserver('registry.k8s.io/echoserver'),
  echoserver('k8s.gcr.io/echoserver'),
  {
    name: 'gcr.io/google-samples/gb-frontend',
    builds: [
      [['v4'], 176_204_388],
      [['v5'], 189_027_645],
    ],
    defaultTag: 'v4',
    behaviour: 'http-server',
    cmd: ['apache2-foreground'],
    ports: [80],
    workingDir: '/var/www/html',
    files: {
      ...debianFs,
      ...dirs('/var/www/html'),
      '/var/www/html/index.html': '',
      '/var/www/html/guestbook.php': '',
      '/var/www/html/controllers.js': '',
      '/usr/local/bin/apache2-foreground': '',
    },
    usage: { idleMilliCpu: 1, idleMemoryBytes: 12 * MiB, perRequestMilliCpu: 3 },
  },
  redisFollower('gcr.io/google-samples/gb-redis-follower', [[['v2'], 38_121_779]], 'redis-leader'),
  redisFollower(
    'gcr.io/google_samples/gb-redisslave',
    [
      [['v3'], 40_371_916],
      [['v1'], 40_109_428],
    ],
    'redis-master',
  ),
];
