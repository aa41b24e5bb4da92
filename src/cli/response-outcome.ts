// The response outcome of one case, as complianceReport judges it, for streaming reports over
// cases in many zones: the policy is compiled once, and one timeline and clock scan are reused.
// The same steps as complianceReport's loop (src/cases/compliance-report.ts); test/cli checks that
// the command's counts equal complianceReport's. (A library accumulator that can be fed case by
// case and merged would replace this.)
import { engineOf } from '../calendar/create-calendar.js';
import type { Calendar } from '../calendar/types.js';
import { ClockScan, dueOf, scanClock } from '../cases/case-clock.js';
import { Timeline } from '../cases/case-timeline.js';
import { outcomeOf } from '../cases/evaluate-case.js';
import type { CaseTargetOutcome, SeverityLevel, SupportPolicy } from '../cases/types.js';
import { type CompiledLevel, compilePolicy } from '../cases/validate-support-policy.js';
import { fail } from '../core/errors.js';

/** What a compliance report needs of a case. */
export interface ResponseOutcome {
  /** Epoch ms. */
  readonly openedAt: number;
  /** The level whose response target applied. */
  readonly severity: SeverityLevel;
  readonly outcome: CaseTargetOutcome;
}

/** A judge of cases under `policy` at `now` (epoch ms); a bad case throws the SlaError evaluateCase would. */
export function responseJudge(policy: SupportPolicy, now: number): (calendar: Calendar, input: unknown) => ResponseOutcome {
  const compiled = compilePolicy(policy);
  const timeline = new Timeline();
  const scan = new ClockScan();
  const checked = new WeakSet<Calendar>();
  return (calendar, input) => {
    if (!checked.has(calendar)) {
      engineOf(calendar);
      checked.add(calendar);
    }
    timeline.load(input, compiled);
    if (now < timeline.opened) fail('INVALID_ARGUMENT', 'options.now', new Date(now).toISOString(), `is before the case's openedAt ${new Date(timeline.opened).toISOString()}`);
    scanClock(timeline, compiled.restart, now, false, scan);
    const level = compiled.levels[scan.severity] as CompiledLevel;
    const outcome = outcomeOf(calendar, level.response.kind, scan, dueOf(calendar, level.response, scan.start, scan.off), true);
    return { openedAt: timeline.opened, severity: scan.severity as SeverityLevel, outcome };
  };
}
