/**
 * Docker Hub official images (`docker.io/library/…`): the tags a lesson is likely to use, with
 * compressed linux/amd64 sizes of the builds current in late 2024, and each image's config
 * (entrypoint, cmd, exposed ports, env) as `docker inspect` shows it.
 */
import { alpineFs, busyboxFs, debianFs, dirs, ubuntuFs } from '../filesystems';
import { MiB, type ImageSpec } from './build';

const nginxIndex = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>
</body>
</html>
`;

export const officialImages: ImageSpec[] = [
  {
    name: 'nginx',
    builds: [
      [['latest', 'mainline', '1', '1.27', '1.27.3'], 72_195_283],
      [['stable', '1.26', '1.26.2'], 71_049_846],
      [['alpine', '1.27-alpine', '1.27.3-alpine'], 20_481_920],
      [['1.25', '1.25.5'], 70_543_270],
      [['1.14.2'], 44_711_680],
      [['1.7.9'], 39_947_412],
    ],
    behaviour: 'http-server',
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    ports: [80],
    env: { NGINX_VERSION: '1.27.3', NJS_VERSION: '0.8.7', PKG_RELEASE: '1~bookworm' },
    files: {
      ...debianFs,
      ...dirs('/etc/nginx/conf.d', '/var/cache/nginx', '/docker-entrypoint.d'),
      '/docker-entrypoint.sh': '',
      '/usr/sbin/nginx': '',
      '/etc/nginx/nginx.conf': '',
      '/etc/nginx/conf.d/default.conf': '',
      '/usr/share/nginx/html/index.html': nginxIndex,
      '/usr/share/nginx/html/50x.html': '',
      '/var/log/nginx/access.log': '',
      '/var/log/nginx/error.log': '',
    },
    usage: { idleMilliCpu: 0, idleMemoryBytes: 7 * MiB, perRequestMilliCpu: 1 },
  },
  {
    name: 'httpd',
    builds: [
      [['latest', '2', '2.4', '2.4.62'], 58_239_341],
      [['alpine', '2.4-alpine', '2.4.62-alpine'], 22_136_512],
    ],
    behaviour: 'http-server',
    cmd: ['httpd-foreground'],
    ports: [80],
    env: { HTTPD_PREFIX: '/usr/local/apache2', HTTPD_VERSION: '2.4.62' },
    workingDir: '/usr/local/apache2',
    files: {
      ...debianFs,
      '/usr/local/bin/httpd-foreground': '',
      '/usr/local/apache2/bin/httpd': '',
      '/usr/local/apache2/conf/httpd.conf': '',
      '/usr/local/apache2/htdocs/index.html': '<html><body><h1>It works!</h1></body></html>\n',
      '/usr/local/apache2/logs': { dir: true },
    },
    usage: { idleMilliCpu: 1, idleMemoryBytes: 9 * MiB, perRequestMilliCpu: 1 },
  },
  {
    name: 'redis',
    builds: [
      [['latest', '7', '7.4', '7.4.1'], 45_010_417],
      [['7.2', '7.2.6'], 41_492_503],
      [['alpine', '7.4-alpine', '7-alpine'], 17_598_702],
      [['6.2', '6'], 40_112_836],
    ],
    behaviour: 'redis-server',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    ports: [6379],
    env: { REDIS_VERSION: '7.4.1' },
    workingDir: '/data',
    files: {
      ...debianFs,
      '/data': { dir: true },
      '/usr/local/bin/docker-entrypoint.sh': '',
      '/usr/local/bin/redis-server': '',
      '/usr/local/bin/redis-cli': '',
    },
    usage: { idleMilliCpu: 2, idleMemoryBytes: 4 * MiB, perRequestMilliCpu: 1 },
  },
  {
    name: 'busybox',
    builds: [
      [['latest', 'stable', '1', '1.37', '1.37.0'], 2_222_260],
      [['1.36', '1.36.1'], 2_151_334],
      [['1.28'], 727_869],
    ],
    behaviour: 'shell',
    cmd: ['sh'],
    files: busyboxFs,
    usage: { idleMilliCpu: 0, idleMemoryBytes: 256 * 1024, perRequestMilliCpu: 0 },
  },
  {
    name: 'alpine',
    builds: [
      [['latest', '3', '3.20', '3.20.3'], 3_623_807],
      [['3.19', '3.19.4'], 3_419_668],
      [['3.18', '3.18.9'], 3_401_419],
    ],
    behaviour: 'shell',
    cmd: ['/bin/sh'],
    files: alpineFs,
    usage: { idleMilliCpu: 0, idleMemoryBytes: 512 * 1024, perRequestMilliCpu: 0 },
  },
  {
    name: 'ubuntu',
    builds: [
      [['latest', 'noble', '24.04'], 29_754_290],
      [['jammy', '22.04'], 29_534_055],
      [['focal', '20.04'], 27_508_227],
      [['trusty', '14.04'], 70_691_577],
    ],
    behaviour: 'shell',
    cmd: ['/bin/bash'],
    files: ubuntuFs,
    usage: { idleMilliCpu: 0, idleMemoryBytes: 1 * MiB, perRequestMilliCpu: 0 },
  },
  {
    name: 'debian',
    builds: [
      [['latest', 'bookworm', '12'], 49_557_541],
      [['bookworm-slim', '12-slim'], 28_231_158],
      [['bullseye', '11'], 55_081_114],
    ],
    behaviour: 'shell',
    cmd: ['bash'],
    files: debianFs,
    usage: { idleMilliCpu: 0, idleMemoryBytes: 1 * MiB, perRequestMilliCpu: 0 },
  },
  {
    name: 'node',
    builds: [
      [['latest', 'lts', '22', '22.11.0'], 399_463_311],
      [['20', '20.18.0'], 388_213_576],
      [['alpine', '22-alpine'], 56_443_080],
      [['20-alpine'], 43_009_728],
    ],
    behaviour: 'shell',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    env: { NODE_VERSION: '22.11.0', YARN_VERSION: '1.22.22' },
    files: {
      ...debianFs,
      '/usr/local/bin/node': '',
      '/usr/local/bin/npm': '',
      '/usr/local/bin/docker-entrypoint.sh': '',
    },
    usage: { idleMilliCpu: 0, idleMemoryBytes: 40 * MiB, perRequestMilliCpu: 2 },
  },
  {
    name: 'python',
    builds: [
      [['latest', '3', '3.13', '3.13.0'], 381_220_654],
      [['3.12', '3.12.7'], 374_640_117],
      [['slim', '3.13-slim'], 43_087_415],
      [['3.12-slim'], 45_516_202],
      [['alpine', '3.13-alpine'], 17_540_983],
    ],
    behaviour: 'shell',
    cmd: ['python3'],
    env: { LANG: 'C.UTF-8', PYTHON_VERSION: '3.13.0' },
    files: { ...debianFs, '/usr/local/bin/python3': '', '/usr/local/bin/pip': '' },
    usage: { idleMilliCpu: 0, idleMemoryBytes: 10 * MiB, perRequestMilliCpu: 2 },
  },
  {
    name: 'postgres',
    builds: [
      [['latest', '17', '17.0'], 161_430_709],
      [['16', '16.4'], 158_020_566],
      [['16-alpine', 'alpine'], 91_312_047],
    ],
    behaviour: 'postgres',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['postgres'],
    ports: [5432],
    env: {
      PG_MAJOR: '17',
      PG_VERSION: '17.0-1.pgdg120+1',
      PGDATA: '/var/lib/postgresql/data',
      LANG: 'en_US.utf8',
    },
    files: {
      ...debianFs,
      '/var/lib/postgresql/data': { dir: true },
      '/usr/local/bin/docker-entrypoint.sh': '',
      '/docker-entrypoint-initdb.d': { dir: true },
    },
    usage: { idleMilliCpu: 2, idleMemoryBytes: 30 * MiB, perRequestMilliCpu: 3 },
  },
  {
    name: 'mysql',
    builds: [
      [['latest', 'innovation', '9', '9.1', '9.1.0'], 170_912_370],
      [['lts', '8', '8.4', '8.4.3'], 173_034_912],
      [['8.0', '8.0.40'], 167_187_318],
      [['5.7', '5.7.44'], 137_104_660],
    ],
    behaviour: 'mysql',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['mysqld'],
    ports: [3306, 33060],
    env: {
      MYSQL_MAJOR: 'innovation',
      MYSQL_VERSION: '9.1.0-1.el9',
      MYSQL_SHELL_VERSION: '9.1.0-1.el9',
    },
    files: {
      ...dirs('/bin', '/etc', '/usr', '/usr/bin', '/usr/sbin', '/var', '/tmp', '/root'),
      '/etc/os-release': `NAME="Oracle Linux Server"\nVERSION="9.4"\nID="ol"\nVERSION_ID="9.4"\nPRETTY_NAME="Oracle Linux Server 9.4"\n`,
      '/usr/sbin/mysqld': '',
      '/usr/bin/mysql': '',
      '/usr/local/bin/docker-entrypoint.sh': '',
      '/var/lib/mysql': { dir: true },
      '/etc/hostname': '',
      '/etc/hosts': '',
      '/etc/resolv.conf': '',
    },
    usage: { idleMilliCpu: 5, idleMemoryBytes: 360 * MiB, perRequestMilliCpu: 3 },
  },
  {
    name: 'memcached',
    builds: [
      [['latest', '1', '1.6', '1.6.32'], 32_104_211],
      [['alpine', '1.6-alpine'], 4_951_306],
    ],
    behaviour: 'memcached',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['memcached'],
    ports: [11211],
    env: { MEMCACHED_VERSION: '1.6.32' },
    files: {
      ...debianFs,
      '/usr/local/bin/memcached': '',
      '/usr/local/bin/docker-entrypoint.sh': '',
    },
    usage: { idleMilliCpu: 1, idleMemoryBytes: 2 * MiB, perRequestMilliCpu: 1 },
  },
  {
    name: 'hello-world',
    builds: [[['latest', 'linux'], 2_479]],
    behaviour: 'exit-0',
    cmd: ['/hello'],
    files: { '/hello': '' },
    usage: { idleMilliCpu: 0, idleMemoryBytes: 0, perRequestMilliCpu: 0 },
  },
];
