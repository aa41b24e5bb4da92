import type { DurationInput } from '../core/duration.js';
import { fail } from '../core/errors.js';
import type { DateInput } from '../core/instant.js';
import { checkAdvanceNotice } from './check-advance-notice.js';
import type { NoticeRule } from './types.js';

/**
 * Whether a maintenance notice kept what the contract promises: for a `'minimum'` rule (or a bare
 * duration, its shorthand) at least that long before the window starts — exactly that long is
 * enough, after the start never is; for `'best-effort'` and `'none'` always, since neither
 * promises a minimum. Uniphore's "will endeavor to provide up to one week advance notice"
 * (Uniphore Support SLAs, "Uniphore Cloud (X-Platform)") is best-effort: pass
 * `uniphoreMaintenance.notice`, and three days' notice is not a violation. For the lead and the
 * shortfall, use {@link checkAdvanceNotice}.
 *
 * @param rule - The contract's {@link NoticeRule}, or a duration meaning `{ kind: 'minimum', atLeast: duration }`.
 * @throws SlaError `INVALID_DATE` for a bad instant, `INVALID_ARGUMENT` for a missing or bad rule,
 * `INVALID_DURATION` for a bad or negative duration.
 * @example
 * ```ts
 * import { hasAdvanceNotice } from 'slakit/maintenance';
 * import { uniphoreMaintenance } from 'slakit/presets';
 *
 * hasAdvanceNotice('2026-07-01T05:00:00Z', '2026-07-08T05:00:00Z', { days: 7 }); //=> true (exactly one week)
 * hasAdvanceNotice('2026-07-01T05:00:01Z', '2026-07-08T05:00:00Z', { kind: 'minimum', atLeast: { days: 7 } }); //=> false
 * hasAdvanceNotice('2026-07-05T05:00:00Z', '2026-07-08T05:00:00Z', uniphoreMaintenance.notice); //=> true (best-effort: three days is no breach)
 * ```
 */
export function hasAdvanceNotice(noticeAt: DateInput, windowStart: DateInput, rule: NoticeRule | DurationInput): boolean {
  if (rule === undefined) return fail('INVALID_ARGUMENT', 'rule', rule, "is missing: pass the contract's notice rule, e.g. { kind: 'minimum', atLeast: { days: 7 } }");
  const isRule = typeof rule === 'object' && rule !== null && 'kind' in rule;
  return checkAdvanceNotice(noticeAt, windowStart, isRule ? rule : { kind: 'minimum', atLeast: rule as DurationInput }).met;
}
