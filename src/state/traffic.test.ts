import { describe, expect, it } from 'vitest';
import { emptyTally, flightsOf, tallied, tallyRows } from './traffic';

const ok = (pod: string, node = 'node-1') => ({
  pod,
  node,
  podIP: '10.244.1.2',
  via: 'node-1',
  status: 200,
});

describe('request counts', () => {
  it('counts answers per pod, and failures by their message', () => {
    let tally = emptyTally;
    for (const r of [ok('web-b'), ok('web-a'), ok('web-b'), { error: 'connection refused' }])
      tally = tallied(tally, r);
    expect(tallyRows(tally)).toEqual({
      pods: [
        { pod: 'web-a', node: 'node-1', count: 1 },
        { pod: 'web-b', node: 'node-1', count: 2 },
      ],
      errors: [{ error: 'connection refused', count: 1 }],
    });
    expect(emptyTally).toEqual({ pods: {}, errors: {} });
  });

  it('paces the requests one after another, in the order the proxy answered', () => {
    const flights = flightsOf(
      { id: 'default/web', namespace: 'default' },
      [ok('a'), ok('b'), ok('c')],
      7,
      250,
    );
    expect(flights.map((f) => [f.id, f.departsMs])).toEqual([
      [7, 0],
      [8, 250],
      [9, 500],
    ]);
  });
});
