import { type DurationInput, parseDuration } from '../core/duration.js';
import { type DateInput, toEpochMs } from '../core/instant.js';

const ONE_WEEK_MS = 7 * 86_400_000;

/**
 * Whether a maintenance notice came at least `minimum` before the window starts (UNI: "Uniphore
 * will endeavor to provide up to one week advance notice"). Exactly `minimum` ahead is enough; a
 * notice after the start never is.
 *
 * @param minimum - Default 7 days (one week). Any {@link DurationInput}.
 * @throws SlaError `INVALID_DATE` for a bad instant, `INVALID_DURATION` for a bad or negative minimum.
 * @example
 * ```ts
 * import { hasAdvanceNotice } from 'slakit/maintenance';
 *
 * hasAdvanceNotice('2026-07-01T05:00:00Z', '2026-07-08T05:00:00Z'); //=> true (exactly one week)
 * hasAdvanceNotice('2026-07-01T05:00:01Z', '2026-07-08T05:00:00Z'); //=> false
 * hasAdvanceNotice('2026-07-07T05:00:00Z', '2026-07-08T05:00:00Z', { hours: 24 }); //=> true
 * ```
 */
export function hasAdvanceNotice(noticeAt: DateInput, windowStart: DateInput, minimum: DurationInput = ONE_WEEK_MS): boolean {
  const notice = toEpochMs(noticeAt, 'noticeAt');
  const start = toEpochMs(windowStart, 'windowStart');
  return start - notice >= parseDuration(minimum, { path: 'minimum' });
}
