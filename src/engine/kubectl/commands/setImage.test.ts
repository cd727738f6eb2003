import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';

describe('kubectl set image', () => {
  it('rolls a deployment to the new image', () => {
    const k = testCluster();
    k.ok('create deployment web --image=nginx:1.26 --replicas=2');
    k.cluster.advance(20_000);
    expect(k.ok('set image deployment/web nginx=nginx:1.27')).toBe(
      'deployment.apps/web image updated\n',
    );
    k.cluster.advance(60_000);
    const pods = k.cluster.api
      .list('Pod', { namespace: 'default' })
      .filter((p) => !p.metadata.deletionTimestamp);
    expect(pods).toHaveLength(2);
    for (const p of pods) expect(p.spec.containers[0]?.image).toBe('nginx:1.27');
    expect(k.ok('rollout history deployment/web')).toContain('2         <none>');
  });

  it('changes a running pod in place, every container with *', () => {
    const k = testCluster();
    k.ok('run web --image=nginx:1.26');
    expect(k.ok('set image pod web *=nginx:1.27')).toBe('pod/web image updated\n');
  });

  it("says what is missing, in kubectl's words", () => {
    const k = testCluster();
    k.ok('create deployment web --image=nginx:1.26');
    expect(k.fails('set image deployment/web nope=nginx')).toBe(
      'error: unable to find container named "nope"\n',
    );
    expect(k.fails('set image deployment/web')).toBe(
      "error: at least one image update is required\nSee 'kubectl set image -h' for help and examples\n",
    );
    expect(k.fails('set image deployment/ghost web=nginx')).toBe(
      'Error from server (NotFound): deployments.apps "ghost" not found\n',
    );
  });
});
