/**
 * kubectl v1.0 `describe`: plain `Key:\tvalue` lines through a tabwriter that pads with tabs
 * (`Name:\t\t\t\tweb`), labels on one line, and events with both timestamps in RFC 1123Z.
 */
import type { Event } from '../../../../types';
import { formatRFC1123Z } from '../../format/goTime';
import { LEGACY_DESCRIBE, Tabwriter } from '../../format/tabwriter';
import { legacyEventSource } from '../../get/event';
import { sortEvents } from '../common';

export function legacyWriter(): Tabwriter {
  return new Tabwriter(LEGACY_DESCRIBE);
}

/** v1.0 `DescribeEvents`; note that `No events.` has no newline (the command adds one). */
export function describeLegacyEvents(out: Tabwriter, events: readonly Event[]): void {
  if (events.length === 0) return out.write('No events.');
  out.write('Events:\n  FirstSeen\tLastSeen\tCount\tFrom\tSubobjectPath\tReason\tMessage\n');
  for (const e of sortEvents(events)) {
    out.write(
      `  ${formatRFC1123Z(e.firstTimestamp)}\t${formatRFC1123Z(e.lastTimestamp)}\t${e.count}\t${legacyEventSource(e)}\t` +
        `${e.involvedObject.fieldPath ?? ''}\t${e.reason}\t${e.message}\n`,
    );
  }
}

/** `makeImageList`: the images of a pod spec joined by commas. */
export const imageList = (containers: readonly { image: string }[] | undefined): string =>
  (containers ?? []).map((c) => c.image).join(',');
