/**
 * Base layers the catalog's images are built on: the few directories and files of each
 * distribution a student is likely to look at (`/etc/os-release`, `/etc/passwd`, the shell).
 * The container runtime writes `/etc/hostname`, `/etc/hosts` and `/etc/resolv.conf` at start,
 * so images carry them empty.
 */
import type { ImageFile } from './types';

export type FileTree = Record<string, ImageFile>;

const dir = { dir: true } as const;

export function dirs(...paths: string[]): FileTree {
  return Object.fromEntries(paths.map((p) => [p, dir]));
}

/** Adds the parent directories of every path, so a listing never has a file without its folder. */
export function withParents(tree: FileTree): FileTree {
  const out: FileTree = {};
  for (const path of Object.keys(tree)) {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) out[`/${parts.slice(0, i).join('/')}`] = dir;
  }
  return { ...out, ...tree };
}

const runtimeFiles: FileTree = { '/etc/hostname': '', '/etc/hosts': '', '/etc/resolv.conf': '' };

const rootPasswd = 'root:x:0:0:root:/root:/bin/sh\n';

export const busyboxFs: FileTree = {
  ...dirs('/bin', '/dev', '/etc', '/home', '/proc', '/root', '/sys', '/tmp', '/usr', '/var'),
  '/bin/busybox': '',
  '/bin/sh': '',
  '/bin/ls': '',
  '/bin/cat': '',
  '/bin/wget': '',
  '/etc/group': 'root:x:0:\nnogroup:x:65534:\n',
  '/etc/passwd': `${rootPasswd}nobody:x:65534:65534:nobody:/home:/bin/false\n`,
  ...runtimeFiles,
};

const alpineOsRelease = `NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.20.3
PRETTY_NAME="Alpine Linux v3.20"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`;

export const alpineFs: FileTree = {
  ...dirs(
    '/bin',
    '/dev',
    '/etc',
    '/etc/apk',
    '/home',
    '/lib',
    '/media',
    '/mnt',
    '/opt',
    '/proc',
    '/root',
    '/run',
    '/sbin',
    '/srv',
    '/sys',
    '/tmp',
    '/usr',
    '/usr/bin',
    '/usr/lib',
    '/usr/local',
    '/usr/sbin',
    '/var',
    '/var/log',
  ),
  '/bin/busybox': '',
  '/bin/sh': '',
  '/sbin/apk': '',
  '/etc/alpine-release': '3.20.3\n',
  '/etc/os-release': alpineOsRelease,
  '/etc/passwd': rootPasswd,
  ...runtimeFiles,
};

const debianOsRelease = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

const debianLikeDirs = dirs(
  '/boot',
  '/dev',
  '/etc',
  '/etc/apt',
  '/home',
  '/media',
  '/mnt',
  '/opt',
  '/proc',
  '/root',
  '/run',
  '/srv',
  '/sys',
  '/tmp',
  '/usr',
  '/usr/bin',
  '/usr/lib',
  '/usr/local',
  '/usr/local/bin',
  '/usr/sbin',
  '/usr/share',
  '/var',
  '/var/lib',
  '/var/log',
);

const debianPasswd =
  'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n' +
  'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n';

export const debianFs: FileTree = {
  ...debianLikeDirs,
  '/usr/bin/bash': '',
  '/usr/bin/sh': '',
  '/usr/bin/apt-get': '',
  '/etc/debian_version': '12.8\n',
  '/etc/os-release': debianOsRelease,
  '/etc/passwd': debianPasswd,
  ...runtimeFiles,
};

const ubuntuOsRelease = `PRETTY_NAME="Ubuntu 24.04.1 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.1 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
UBUNTU_CODENAME=noble
`;

export const ubuntuFs: FileTree = {
  ...debianLikeDirs,
  '/usr/bin/bash': '',
  '/usr/bin/sh': '',
  '/usr/bin/apt-get': '',
  '/etc/debian_version': 'trixie/sid\n',
  '/etc/os-release': ubuntuOsRelease,
  '/etc/passwd': `${debianPasswd}ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n`,
  '/home/ubuntu': dir,
  ...runtimeFiles,
};

/** The 2015 images in the seeds were built on Ubuntu 14.04, where /bin was still a directory. */
const trustyOsRelease = `NAME="Ubuntu"
VERSION="14.04.2 LTS, Trusty Tahr"
ID=ubuntu
ID_LIKE=debian
PRETTY_NAME="Ubuntu 14.04.2 LTS"
VERSION_ID="14.04"
HOME_URL="http://www.ubuntu.com/"
SUPPORT_URL="http://help.ubuntu.com/"
BUG_REPORT_URL="http://bugs.launchpad.net/ubuntu/"
`;

export const trustyFs: FileTree = {
  ...debianLikeDirs,
  ...dirs('/bin', '/lib', '/sbin'),
  '/bin/bash': '',
  '/bin/sh': '',
  '/usr/bin/apt-get': '',
  '/etc/debian_version': 'jessie/sid\n',
  '/etc/os-release': trustyOsRelease,
  '/etc/passwd': debianPasswd,
  ...runtimeFiles,
};
