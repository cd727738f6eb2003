import { useLayoutEffect, useState } from 'react';
import type { RequestTally } from '../../state/traffic';
import { boxOf, usePicture } from '../cluster/picture';
import { useTraffic } from './trafficStore';

interface Badge {
  pod: string;
  count: number;
  x: number;
  y: number;
}

const WIDTH = 44;
const HEIGHT = 16;

/**
 * Beside each pod, how many of the last service's requests it answered: where the proxy sent
 * them reads in the picture itself (even in turn in 2015, uneven at random in the modern era).
 */
export function RequestBadges() {
  const { content, version } = usePicture();
  const last = useTraffic((s) => s.last);
  const tally = useTraffic((s) => (s.last ? s.tallies[s.last.key] : undefined));
  const [badges, setBadges] = useState<Badge[]>([]);

  useLayoutEffect(() => {
    setBadges(content && last && tally ? measure(content, tally, last.namespace) : []);
  }, [content, version, last, tally]);

  return (
    <g className="request-badges">
      {badges.map((b) => (
        <g
          key={b.pod}
          className="request-count-badge"
          transform={`translate(${b.x},${b.y})`}
          data-requests-pod={b.pod}
          data-requests={b.count}
        >
          <title>{`${b.pod} answered ${b.count} of the requests to ${last?.name ?? ''}`}</title>
          <rect width={WIDTH} height={HEIGHT} rx={8} />
          <text x={WIDTH / 2} y={11.5} textAnchor="middle">
            {b.count} req
          </text>
        </g>
      ))}
    </g>
  );
}

function measure(content: HTMLElement, tally: RequestTally, namespace: string): Badge[] {
  const badges: Badge[] = [];
  for (const { pod, count } of Object.values(tally.pods)) {
    const box = boxOf(content, { kind: 'Pod', name: pod, namespace });
    // a pod that is gone keeps its row in the table, not a badge in the picture
    if (!box) continue;
    badges.push({ pod, count, x: box.x + box.width - WIDTH / 2, y: box.y - HEIGHT / 2 });
  }
  return badges;
}
