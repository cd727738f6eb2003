import { describe, expect, it } from 'vitest';
import { createCluster } from '../engine';
import { TEMPLATES, templateFor, templatesFor, type TemplateKind } from './templates';

const KINDS: TemplateKind[] = [
  'Pod',
  'ReplicationController',
  'Service',
  'ReplicaSet',
  'Deployment',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'Namespace',
  'Node',
  'List',
];

describe('new documents from templates', () => {
  it.each(TEMPLATES.map((t) => [t.era, t.label, t] as const))(
    '%s %s applies cleanly on a fresh cluster of its era',
    (era, _, template) => {
      const cluster = createCluster({ era, seed: 3, nodes: 2 });
      const result = cluster.kubectl(`apply -f ${template.name}`, template.text);
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(/ created\n$/);
    },
  );

  it('says in a first comment line the one thing to change', () => {
    for (const t of TEMPLATES) expect(t.text.split('\n')[0]).toMatch(/^# .*\. (Change|Add) /);
  });

  it('offers every kind in the modern era, and the 2015 shapes the seeds used', () => {
    expect(
      templatesFor('modern')
        .map((t) => t.kind)
        .sort(),
    ).toEqual([...KINDS].sort());
    expect(templateFor('Pod', '2015').text).toContain('apiVersion: v1beta1');
    expect(templateFor('Namespace', '2015').text).toContain('apiVersion: v1beta3');
    expect(templateFor('Node', '2015').text).toContain('kind: Minion');
  });

  it('gives a 2015 cluster the modern Deployment, saying that nothing runs it there', () => {
    const template = templateFor('Deployment', '2015');
    expect(template.text).toMatch(/^# Deployments came with Kubernetes 1\.2/);
    const cluster = createCluster({ era: '2015', seed: 3, nodes: 2 });
    expect(cluster.kubectl('apply -f deployment.yaml', template.text).exitCode).toBe(0);
  });
});
