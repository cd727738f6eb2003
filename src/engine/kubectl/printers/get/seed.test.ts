/**
 * seeds/001 ("Quick Intro to Kubernetes", 2015) shows real `kubectl get pods` output for the todo
 * app. The blog collapsed the table's spaces, so the seed is compared word by word; the exact
 * layout is spelled out as well.
 */
import { describe, expect, it } from 'vitest';
import { printTable } from '../index';
import { NOW } from '../testing/fixtures';
import { seedTodo } from '../testing/scenes';

const o15 = { era: '2015' as const, nowMs: NOW };
const words = (text: string): string[][] =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/));

describe('the 2015 seed: kubectl get pods for the todo app', () => {
  it('a running todo pod, word for word as the seed shows it', () => {
    const seed = `POD        IP         CONTAINER(S) IMAGE(S) HOST                  LABELS             STATUS  CREATED   MESSAGE
todo-hmj8e 10.246.1.3                       10.245.1.3/10.245.1.3 run-container=todo Running 4 minutes
                      todo dockerinpractice/todo                                     Running About a minute`;
    const out = printTable('Pod', seedTodo.running(), o15);
    expect(words(out)).toEqual(words(seed));
    expect(out).toBe(
      [
        'POD          IP           CONTAINER(S)   IMAGE(S)                HOST                    LABELS               STATUS    CREATED          MESSAGE',
        'todo-hmj8e   10.246.1.3                                          10.245.1.3/10.245.1.3   run-container=todo   Running   4 minutes        ',
        '                          todo           dockerinpractice/todo                                                Running   About a minute   ',
        '',
      ].join('\n'),
    );
  });

  it('after resize --replicas=3, word for word', () => {
    const seed = `POD IP CONTAINER(S) IMAGE(S) HOST LABELS STATUS CREATED MESSAGE
todo-2ip3n 10.246.2.2 10.245.1.4/10.245.1.4 run-container=todo Running 10 minutes
todo dockerinpractice/todo Running 8 minutes
todo-4os5b 10.246.1.3 10.245.1.3/10.245.1.3 run-container=todo Running 2 minutes
todo dockerinpractice/todo Running 48 seconds
todo-cuggp 10.246.2.3 10.245.1.4/10.245.1.4 run-container=todo Running 2 minutes
todo dockerinpractice/todo Running 2 minutes`;
    expect(words(printTable('Pod', seedTodo.resized(), o15))).toEqual(words(seed));
  });

  it('a pending pod on its host before the kubelet reports: the pod row as the seed shows it', () => {
    // The seed's kubectl (v0.1x) printed no container rows until the kubelet reported statuses;
    // the later 2015 printer (v0.17–v1.0, k8s-reference §9.4) lists the containers as specified.
    const seedPodRow = 'todo-hmj8e 10.245.1.3/ run-container=todo Pending About a minute';
    const [header, podRow, containerRow] = words(printTable('Pod', seedTodo.pending(), o15));
    expect(header).toEqual([
      'POD',
      'IP',
      'CONTAINER(S)',
      'IMAGE(S)',
      'HOST',
      'LABELS',
      'STATUS',
      'CREATED',
      'MESSAGE',
    ]);
    expect(podRow).toEqual(seedPodRow.split(' '));
    expect(containerRow).toEqual(['todo', 'dockerinpractice/todo']);
  });
});
