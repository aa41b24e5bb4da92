import type { DowntimeSegment } from './types.js';

/** `'23 h 30 min'`: whole hours, minutes and seconds of a length in ms (a leftover under a second is left out). */
export function lengthText(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const parts: string[] = [];
  if (seconds >= 3600) parts.push(`${Math.floor(seconds / 3600)} h`);
  if (seconds % 3600 >= 60) parts.push(`${Math.floor((seconds % 3600) / 60)} min`);
  if (seconds % 60 > 0) parts.push(`${seconds % 60} s`);
  return parts.length === 0 ? '0 min' : parts.join(' ');
}

/**
 * Why a segment of a cause with a notice condition (`ExcuseCondition`) counts as it does, in
 * words: `'announced 23 h 30 min ahead, 72 h required'`, `'not announced, 72 h required'`,
 * `'past the announced end 2026-06-03T12:00:00Z'`; for a best-effort notice (no minimum),
 * `'announced 10 min ahead; best-effort notice, no minimum: excused with any notice, or none'`. An
 * empty string for a segment without `notice`.
 *
 * @example
 * ```ts
 * import { describeNotice } from 'slakit/availability';
 *
 * describeNotice({
 *   reason: 'short-notice',
 *   notice: { announcedAt: new Date('2026-06-02T10:30:00Z'), aheadMs: 84_600_000, requiredMs: 259_200_000, plannedEnd: null },
 * });
 * //=> 'announced 23 h 30 min ahead, 72 h required'
 * ```
 */
export function describeNotice(segment: Pick<DowntimeSegment, 'reason' | 'notice'>): string {
  const notice = segment.notice;
  if (notice === undefined) return '';
  if (notice.bestEffort === true) {
    const given = notice.aheadMs === null ? 'not announced' : notice.aheadMs < 0 ? `announced ${lengthText(notice.aheadMs)} after it began` : `announced ${lengthText(notice.aheadMs)} ahead`;
    // Best-effort notice has no minimum: whatever was given, the cause counts as the policy says.
    return `${given}; best-effort notice, no minimum: ${segment.reason === 'unscheduled-cause' ? 'the notice given does not change how it counts' : 'excused with any notice, or none'}`;
  }
  const required = notice.requiredMs === null ? '' : `, ${lengthText(notice.requiredMs)} required`;
  if (segment.reason === 'past-planned-end') return `past the announced end ${(notice.plannedEnd as Date).toISOString().replace('.000Z', 'Z')}`;
  if (segment.reason === 'no-planned-end') return 'no announced end; the excuse lasts only until the announced end';
  if (notice.aheadMs === null) return notice.requiredMs === null ? 'not announced' : `not announced${required}`;
  const when = notice.aheadMs < 0 ? `announced ${lengthText(notice.aheadMs)} after it began` : `announced ${lengthText(notice.aheadMs)} ahead`;
  return `${when}${required}`;
}
