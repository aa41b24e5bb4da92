import { engineOf } from '../calendar/create-calendar.js';
import type { Calendar } from '../calendar/types.js';
import { fail, SlaError } from '../core/errors.js';
import { plainObject } from '../core/plain-data.js';
import { type CaseCalendars, calendarFor } from './case-calendar.js';
import { caseMonth } from './case-month.js';
import { parseYearMonth } from '../core/civil-date.js';
import { Timeline } from './case-timeline.js';
import { complianceCounter } from './compliance-counter.js';
import { readNow } from './evaluate-case.js';
import type { CaseInput, ComplianceReport, ComplianceReportOptions, SupportPolicy } from './types.js';
import { compilePolicy, share } from './validate-support-policy.js';

/** The same error with the case's position in front of its path (`cases[12].events[3].at`). */
function inCase(error: unknown, index: number): unknown {
  if (!(error instanceof SlaError)) return error;
  // Every SlaError message reads `CODE: path: …`; a whole case's path 'case' becomes `cases[i]`.
  const inner = String(error.details.path);
  const rest = error.message.slice(error.code.length + 2);
  const path = inner === 'case' ? `cases[${index}]` : `cases[${index}].${inner}`;
  return new SlaError(error.code, path + rest.slice(inner.length), { ...error.details, path });
}

/** Reads `groupBy`. */
function groupByOption(value: unknown): ComplianceReportOptions['groupBy'] {
  if (value === undefined || value === 'month' || value === 'severity' || value === 'team') return value;
  const object = plainObject(value, 'options.groupBy', 'INVALID_ARGUMENT', ['attribute']);
  if (typeof object['attribute'] !== 'string') fail('INVALID_ARGUMENT', 'options.groupBy', value, "is not 'month', 'severity', 'team' or { attribute: 'customer' }");
  return value as ComplianceReportOptions['groupBy'];
}

/**
 * Response, resolution and update compliance of a set of cases, overall and per severity.
 *
 * - Response: a case is met (contacted by the due time), breached (contacted late, or still
 *   waiting past the due time), pending (waiting and not yet due), or cancelled (closed before the
 *   due time without a contact). `rate` is `met / (met + breached)`: pending and cancelled cases
 *   are left out, and when no case is met or breached the rate is `null` — there is nothing to
 *   judge — and so is `meetsTarget`.
 * - Resolution: the cases whose level has a resolution target, judged as {@link evaluateCase}
 *   judges `resolution` (met, breached or pending).
 * - Updates: see {@link UpdateCompliance}.
 *
 * A compliance target belongs to the levels it is set on: a level's `complianceTarget` judges that
 * level only, and the policy's `complianceTarget` (or `options.target`) judges every level and the
 * whole. So a report of Sev 3 cases alone is not judged against a target set on Sev 1, and the
 * overall `target` is `null` when the policy sets targets on levels only. A level's resolution
 * and update counts are judged by the `complianceTarget` of its `resolution` and `updates` targets
 * (`{ after: 'PT45H', clock: 'business', complianceTarget: 0.9 }`); `options.target` overrides
 * the response targets only, and the overall resolution and update counts carry no target.
 *
 * The cases are read one at a time from any iterable (an array, a generator, a stream of parsed
 * lines), so memory does not grow with their number unless `outcomes: 'all'` is asked for. A case
 * with a `timeZone` other than the calendar's runs on `options.calendarFor(zone)` (called once per
 * zone), e.g. `(zone) => withTimeZone(calendar, zone)`. Reports of disjoint sets of cases
 * combine exactly with `mergeComplianceReports` (`slakit/records`).
 *
 * @param cases - Any iterable of cases, e.g. the cases opened in the month being reported.
 * @param options - `now`; `target` to override every compliance target; `outcomes` for per-case
 * evidence; `groupBy` for counts per month, severity or attribute; `calendarFor` for cases in other zones.
 * @throws SlaError with the case's index in the path (`cases[12].events[3]: …`): `INVALID_CASE`,
 * `INVALID_TIME_ZONE`, `INVALID_ARGUMENT` for a case opened after `now`; `INVALID_POLICY` for a bad policy.
 * @example
 * ```ts
 * import { complianceReport } from 'slakit/cases';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const calendar = businessHours8to5('America/New_York');
 * const report = complianceReport(uniphoreSupport, calendar, [
 *   { severity: 1, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'resolution-notice', at: '2026-11-23T09:40:00-05:00' }] },
 *   { id: 'C-2', severity: 1, openedAt: '2026-11-23T10:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T11:30:00-05:00' }] },
 *   { severity: 3, openedAt: '2026-11-23T10:00:00-05:00' },
 * ], { now: '2026-11-23T12:00:00-05:00', outcomes: 'breached' });
 * report.rate; //=> 0.5 (1 met, 1 breached; the Sev 3 case is pending)
 * report.bySeverity[1].meetsTarget; //=> false (Uniphore's 90% belongs to Sev 1)
 * report.meetsTarget; //=> null (no target for all levels together)
 * report.outcomes?.map((o) => [o.id, o.response.overrunWall]); //=> [['C-2', 1_800_000]]
 * ```
 */
export function complianceReport(policy: SupportPolicy, calendar: Calendar, cases: Iterable<CaseInput>, options: ComplianceReportOptions): ComplianceReport {
  const compiled = compilePolicy(policy);
  engineOf(calendar);
  const { now, values } = readNow(options, ['target', 'outcomes', 'groupBy', 'calendarFor', 'month']);
  const month = values['month'];
  if (month !== undefined) parseYearMonth(month, 'options.month');
  const perZone = values['calendarFor'];
  if (perZone !== undefined && typeof perZone !== 'function') fail('INVALID_ARGUMENT', 'options.calendarFor', perZone, 'is not a function from a zone to its calendar');
  const target = share(values, 'target', 'options', 'INVALID_ARGUMENT');
  const detail = values['outcomes'];
  if (detail !== undefined && detail !== 'breached' && detail !== 'all') fail('INVALID_ARGUMENT', 'options.outcomes', detail, "is not 'breached' or 'all'");
  const groupBy = groupByOption(values['groupBy']);
  if (typeof (cases as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') fail('INVALID_ARGUMENT', 'cases', cases, 'is not an iterable of cases');

  const counter = complianceCounter(policy, compiled, { now, target, detail, groupBy });
  const calendars: CaseCalendars = { calendar, calendarFor: perZone as CaseCalendars['calendarFor'], zones: new Map() };
  const timeline = new Timeline();
  let index = 0;
  for (const input of cases) {
    try {
      timeline.load(input, compiled);
      if (now < timeline.opened) fail('INVALID_ARGUMENT', 'openedAt', new Date(timeline.opened).toISOString(), `is after now (${new Date(now).toISOString()})`);
      const cal = calendarFor(calendars, input);
      if (month !== undefined && caseMonth(cal, timeline.opened) !== month) {
        index++;
        continue;
      }
      counter.count(timeline, cal, input.attributes, (input as { id?: string | number }).id, index);
    } catch (error) {
      throw inCase(error, index);
    }
    index++;
  }
  return counter.report();
}
