/**
 * The 2015 images the seed texts run. Their Dockerfiles are not all public any more; what the
 * seeds show is kept (todo serves HTTP on 8000; simplewriter appends a line of random
 * characters to a file in /data every five seconds and simplereader follows that file; the
 * Redis images listen on 6379) and the rest follows the images they were built from
 * (Ubuntu 14.04, node 0.12, the dockerfile/redis base).
 */
import { dirs, trustyFs } from '../filesystems';
import { MiB, type ImageSpec } from './build';

/** The shared file the seed's writer appends to and its reader follows. */
export const SIMPLE_DATA_FILE = '/data/file';

const redisFiles = {
  ...trustyFs,
  '/data': { dir: true },
  '/usr/local/bin/redis-server': '',
  '/usr/local/bin/redis-cli': '',
  '/etc/redis/redis.conf': '',
} as const;

const redisUsage = { idleMilliCpu: 2, idleMemoryBytes: 3 * MiB, perRequestMilliCpu: 1 };

export const legacyImages: ImageSpec[] = [
  {
    name: 'dockerinpractice/todo',
    builds: [[['latest'], 246_379_822]],
    behaviour: 'http-server',
    cmd: ['npm', 'start'],
    ports: [8000],
    env: { NODE_VERSION: '0.12.7', NPM_VERSION: '2.11.3' },
    workingDir: '/todo',
    files: {
      ...trustyFs,
      ...dirs('/todo', '/todo/node_modules'),
      '/todo/package.json': '',
      '/usr/local/bin/node': '',
      '/usr/local/bin/npm': '',
    },
    usage: { idleMilliCpu: 1, idleMemoryBytes: 38 * MiB, perRequestMilliCpu: 4 },
  },
  {
    name: 'dockerinpractice/simplewriter',
    builds: [[['latest'], 66_104_380]],
    behaviour: 'simplewriter',
    cmd: [
      '/bin/sh',
      '-c',
      `while true; do head -c 12 /dev/urandom | tr -dc '[:print:]' >> ${SIMPLE_DATA_FILE}; echo >> ${SIMPLE_DATA_FILE}; sleep 5; done`,
    ],
    files: { ...trustyFs, '/data': { dir: true } },
    usage: { idleMilliCpu: 1, idleMemoryBytes: 600 * 1024, perRequestMilliCpu: 0 },
  },
  {
    name: 'dockerinpractice/simplereader',
    builds: [[['latest'], 66_104_377]],
    behaviour: 'simplereader',
    cmd: ['tail', '-F', SIMPLE_DATA_FILE],
    files: { ...trustyFs, '/data': { dir: true } },
    usage: { idleMilliCpu: 0, idleMemoryBytes: 400 * 1024, perRequestMilliCpu: 0 },
  },
  {
    name: 'gurpartap/redis',
    builds: [[['latest'], 98_302_715]],
    behaviour: 'redis-server',
    entrypoint: ['/usr/local/bin/redis-server'],
    ports: [6379],
    workingDir: '/data',
    files: redisFiles,
    usage: redisUsage,
  },
  {
    name: 'dockerfile/redis',
    builds: [[['latest'], 112_488_156]],
    behaviour: 'redis-server',
    cmd: ['redis-server', '/etc/redis/redis.conf'],
    ports: [6379],
    workingDir: '/data',
    files: redisFiles,
    usage: redisUsage,
  },
  {
    name: 'brendanburns/redis-slave',
    builds: [[['latest'], 112_491_034]],
    behaviour: 'redis-slave',
    cmd: ['/run.sh'],
    ports: [6379],
    workingDir: '/data',
    upstreamService: 'redis-master',
    files: { ...redisFiles, '/run.sh': '' },
    usage: redisUsage,
  },
];
