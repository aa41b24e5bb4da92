import { type DateInput, toEpochMs } from '../core/instant.js';
import { readNoticeRule } from './notice-rule.js';
import type { AdvanceNoticeCheck, NoticeRule } from './types.js';

/**
 * How a maintenance notice stands against what the contract promises: the lead it gave, the lead
 * the rule names, whether the promise was kept and by how much the notice fell short.
 *
 * A best-effort rule is a ceiling, not a minimum: Uniphore Support SLAs, "Uniphore Cloud
 * (X-Platform)" — "Uniphore will endeavor to provide up to one week advance notice" — is not
 * broken by three days' notice (`met: true`, `shortBy` says how far below the week it was). Only
 * a `'minimum'` rule can be broken: exactly `atLeast` ahead keeps it, a notice after the start
 * never does.
 *
 * @throws SlaError `INVALID_DATE` for a bad instant, `INVALID_ARGUMENT` for a bad rule,
 * `INVALID_DURATION` for a bad or negative `upTo`/`atLeast`.
 * @example
 * ```ts
 * import { checkAdvanceNotice } from 'slakit/maintenance';
 *
 * const uniphore = checkAdvanceNotice('2026-07-05T05:00:00Z', '2026-07-08T05:00:00Z', { kind: 'best-effort', upTo: { weeks: 1 } });
 * uniphore.met; //=> true (an endeavour, not a minimum)
 * uniphore.shortBy; //=> 345600000 (4 days short of the week)
 * checkAdvanceNotice('2026-07-05T05:00:00Z', '2026-07-08T05:00:00Z', { kind: 'minimum', atLeast: { days: 7 } }).met; //=> false
 * checkAdvanceNotice('2026-07-05T05:00:00Z', '2026-07-08T05:00:00Z', { kind: 'none' });
 * //=> { promised: 'none', lead: 259200000, promisedLead: null, met: true, shortBy: 0 }
 * ```
 */
export function checkAdvanceNotice(noticeAt: DateInput, windowStart: DateInput, rule: NoticeRule): AdvanceNoticeCheck {
  const lead = toEpochMs(windowStart, 'windowStart') - toEpochMs(noticeAt, 'noticeAt');
  const read = readNoticeRule(rule, 'rule', 'INVALID_ARGUMENT');
  const promisedLead = read.lead;
  return {
    promised: read.rule.kind,
    lead,
    promisedLead,
    met: read.rule.kind !== 'minimum' || lead >= (promisedLead as number),
    shortBy: promisedLead === null ? 0 : Math.max(0, promisedLead - lead),
  };
}
