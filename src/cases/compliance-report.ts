import { engineOf } from '../calendar/create-calendar.js';
import type { Calendar } from '../calendar/types.js';
import { fail, SlaError } from '../core/errors.js';
import { ClockScan, dueOf, scanClock } from './case-clock.js';
import { Timeline } from './case-timeline.js';
import { outcomeOf, readNow } from './evaluate-case.js';
import type { CaseInput, CaseTargetOutcome, ComplianceCounts, ComplianceReport, ComplianceReportOptions, SeverityLevel, SupportPolicy } from './types.js';

const OUTCOMES: readonly CaseTargetOutcome[] = ['met', 'breached', 'pending', 'cancelled'];
import { type CompiledLevel, compilePolicy, share } from './validate-support-policy.js';

/** The same error with the case's position in front of its path (`cases[12].events[3].at`). */
function inCase(error: unknown, index: number): unknown {
  if (!(error instanceof SlaError)) return error;
  // Every SlaError message reads `CODE: path: …`; a whole case's path 'case' becomes `cases[i]`.
  const inner = String(error.details.path);
  const rest = error.message.slice(error.code.length + 2);
  const path = inner === 'case' ? `cases[${index}]` : `cases[${index}].${inner}`;
  return new SlaError(error.code, path + rest.slice(inner.length), { ...error.details, path });
}

/**
 * The share of cases whose initial response met its target, overall and per severity. A case is
 * met (contacted by the due time), breached (contacted late, or still waiting past the due time),
 * pending (waiting and not yet due), or cancelled (closed before the due time without a contact).
 * `rate` is `met / (met + breached)`: pending and cancelled cases are left out, and when no case
 * is met or breached the rate is `null` — there is nothing to judge — and so is `meetsTarget`.
 *
 * The cases are read one at a time from any iterable (an array, a generator, a stream of parsed
 * lines), so memory does not grow with their number. Each case is judged exactly as
 * {@link evaluateCase} judges its `response`, with the same `now` for all.
 *
 * @param cases - Any iterable of cases, e.g. the cases opened in the month being reported.
 * @param options - `now`, and `target` to override the policy's `complianceTarget` (and every level's).
 * @throws SlaError with the case's index in the path (`cases[12].events[3]: …`): `INVALID_CASE`,
 * `INVALID_ARGUMENT` for a case opened after `now`; `INVALID_POLICY` for a bad policy.
 * @example
 * ```ts
 * const calendar = businessHours8to5('America/New_York');
 * const report = complianceReport(uniphoreSupport, calendar, [
 *   { severity: 1, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T09:40:00-05:00' }] },
 *   { severity: 1, openedAt: '2026-11-23T10:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T11:30:00-05:00' }] },
 *   { severity: 3, openedAt: '2026-11-23T10:00:00-05:00' },
 * ], { now: '2026-11-23T12:00:00-05:00' });
 * report.rate; //=> 0.5 (1 met, 1 breached; the Sev 3 case is pending)
 * report.bySeverity[1].meetsTarget; //=> false (Uniphore's 90% target is on Sev 1)
 * report.meetsTarget; //=> null (no target for all levels together)
 * report.bySeverity[1].breached; //=> 1
 * ```
 */
export function complianceReport(policy: SupportPolicy, calendar: Calendar, cases: Iterable<CaseInput>, options: ComplianceReportOptions): ComplianceReport {
  const compiled = compilePolicy(policy);
  engineOf(calendar);
  const { now, values } = readNow(options, ['target']);
  const target = share(values, 'target', 'options', 'INVALID_ARGUMENT');
  if (typeof (cases as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') fail('INVALID_ARGUMENT', 'cases', cases, 'is not an iterable of cases');

  // Met, breached, pending and cancelled: of all cases at 0–3, and of each severity s at 4s to 4s + 3.
  const tally = new Float64Array(compiled.levels.length * 4);
  const timeline = new Timeline();
  const scan = new ClockScan();
  const restart = compiled.restart;
  let index = 0;
  for (const input of cases) {
    try {
      timeline.load(input, compiled);
      if (now < timeline.opened) fail('INVALID_ARGUMENT', 'openedAt', new Date(timeline.opened).toISOString(), `is after now (${new Date(now).toISOString()})`);
      scanClock(timeline, restart, now, false, scan);
      const level = compiled.levels[scan.severity] as CompiledLevel;
      const outcome = OUTCOMES.indexOf(outcomeOf(scan, dueOf(calendar, level.response, scan.start, scan.off), now, true));
      tally[outcome] = (tally[outcome] as number) + 1;
      tally[scan.severity * 4 + outcome] = (tally[scan.severity * 4 + outcome] as number) + 1;
    } catch (error) {
      throw inCase(error, index);
    }
    index++;
  }

  const counts = (severity: number, target: number | null): ComplianceCounts => {
    const [met, breached, pending, cancelled] = tally.subarray(severity * 4, severity * 4 + 4) as unknown as [number, number, number, number];
    const rate = met + breached === 0 ? null : met / (met + breached);
    return { total: met + breached + pending + cancelled, met, breached, pending, cancelled, rate, target, meetsTarget: rate === null || target === null ? null : rate >= target };
  };
  const levelCounts = (severity: SeverityLevel): ComplianceCounts =>
    counts(severity, target ?? (compiled.levels[severity] as CompiledLevel).complianceTarget ?? compiled.complianceTarget);
  const bySeverity: ComplianceReport['bySeverity'] = {};
  for (let level = 1; level < compiled.levels.length; level++) bySeverity[level] = levelCounts(level);
  return { ...counts(0, target ?? compiled.complianceTarget), bySeverity };
}
