import { describe, expect, it } from 'vitest';
import { tableLook, type Piece } from './tableLook';

const looks = (lines: Piece[][]) =>
  lines.map((pieces) => pieces.filter((p) => p.look).map((p) => `${p.look}:${p.text.trim()}`));

describe("how kubectl's output reads in the console", () => {
  it('bolds the header and colours the STATUS column, keeping the text whole', () => {
    const stdout = [
      'NAME    READY   STATUS             RESTARTS   AGE',
      'web     1/1     Running            0          5s',
      'db      0/1     CrashLoopBackOff   3          2m',
      'cache   0/1     Pending            0          1s',
      '',
    ].join('\n');
    const lines = tableLook(stdout, 'kubectl get pods');
    expect(looks(lines)).toEqual([
      ['header:NAME    READY   STATUS             RESTARTS   AGE'],
      ['ok:Running'],
      ['error:CrashLoopBackOff'],
      ['wait:Pending'],
      [],
    ]);
    expect(lines.map((l) => l.map((p) => p.text).join('')).join('\n')).toBe(stdout);
  });

  it("reads 2015's tables, container rows included", () => {
    const stdout = [
      'POD          IP           CONTAINER(S)   IMAGE(S)                HOST                LABELS               STATUS    CREATED     MESSAGE',
      'todo-xgkaj   10.246.1.2                                          node-1/10.245.1.3   run-container=todo   Pending   5 seconds   ',
      '                          todo           dockerinpractice/todo                                            Waiting               ContainerCreating',
    ].join('\n');
    expect(looks(tableLook(stdout, 'get pods')).slice(1)).toEqual([
      ['wait:Pending'],
      ['wait:Waiting'],
    ]);
  });

  it('colours node statuses, a cordoned node differently from a Ready one', () => {
    const stdout = [
      'NAME     STATUS                     ROLES    AGE   VERSION',
      'node-1   Ready                      <none>   5s    v1.31.0',
      'node-2   Ready,SchedulingDisabled   <none>   5s    v1.31.0',
      'node-3   NotReady                   <none>   5s    v1.31.0',
    ].join('\n');
    expect(looks(tableLook(stdout, 'get nodes')).slice(1)).toEqual([
      ['ok:Ready'],
      ['cordoned:Ready,SchedulingDisabled'],
      ['error:NotReady'],
    ]);
  });

  it("leaves a container's own output alone", () => {
    expect(looks(tableLook('GET / HTTP/1.1 STATUS OK\nRunning', 'kubectl logs web'))).toEqual([
      [],
      [],
    ]);
  });

  it('leaves lines that are not tables alone', () => {
    expect(looks(tableLook('pod/web created\n', 'run web --image=nginx'))).toEqual([[], []]);
  });
});
