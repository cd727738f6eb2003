/**
 * What a node's own disk holds before any pod writes to it, for hostPath volumes to show: a
 * few of the files a student would look for on a real node (its hostname, its OS, its logs
 * and the kubelet's directories). Era-specific: 2015 nodes ran Debian wheezy with Docker.
 */
import type { Era } from '../../contract';
import { MODERN, LEGACY } from '../../era';
import { type DirNode, ensureDir, newDir, putFile, segments } from './tree';

const MODERN_OS_RELEASE = `PRETTY_NAME="${MODERN.osImage}"
NAME="Ubuntu"
VERSION_ID="22.04"
VERSION="22.04.4 LTS (Jammy Jellyfish)"
ID=ubuntu
ID_LIKE=debian
`;

const WHEEZY_OS_RELEASE = `PRETTY_NAME="${LEGACY.osImage}"
NAME="Debian GNU/Linux"
VERSION_ID="7"
VERSION="7 (wheezy)"
ID=debian
`;

export function nodeRootFS(nodeName: string, era: Era, mtime: number): DirNode {
  const root = newDir(mtime);
  const modern = era === 'modern';
  const dirs = modern
    ? [
        '/etc/kubernetes/manifests',
        '/home',
        '/mnt',
        '/tmp',
        '/var/lib/kubelet/pods',
        '/var/lib/containerd',
        '/var/log/containers',
        '/var/log/pods',
      ]
    : [
        '/etc/kubernetes',
        '/home',
        '/mnt',
        '/tmp',
        '/var/lib/kubelet/pods',
        '/var/lib/docker',
        '/var/log',
      ];
  for (const d of dirs) ensureDir(root, segments(d), mtime);
  putFile(root, '/etc/hostname', `${nodeName}\n`, mtime);
  putFile(root, '/etc/os-release', modern ? MODERN_OS_RELEASE : WHEEZY_OS_RELEASE, mtime);
  if (modern) putFile(root, '/var/log/syslog', '', mtime);
  else {
    putFile(root, '/var/log/kubelet.log', '', mtime);
    putFile(root, '/var/log/docker.log', '', mtime);
  }
  return root;
}
