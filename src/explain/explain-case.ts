import { engineOf } from '../calendar/create-calendar.js';
import { toResultDate } from '../calendar/engine.js';
import type { Calendar } from '../calendar/types.js';
import { fail } from '../core/errors.js';
import { plainObject } from '../core/plain-data.js';
import { advance, ClockScan, dueOf, resumeOf, scanTarget, type Spans } from '../cases/case-clock.js';
import { forEachReply } from '../cases/reply-clock.js';
import { forEachCycle } from '../cases/reopen-cycles.js';
import { Timeline } from '../cases/case-timeline.js';
import { cutAtAutoClose } from '../cases/auto-close.js';
import { readNow } from '../cases/evaluate-case.js';
import { deadlineText } from '../cases/deadline.js';
import type { CaseInput, SupportPolicy } from '../cases/types.js';
import { type CadenceRun, updateCadence } from '../cases/update-cadence.js';
import { CLOCK_24X7, type CompiledLevel, type CompiledTarget, compilePolicy, PAUSED, RESUMED } from '../cases/validate-support-policy.js';
import type { DateInput } from '../core/instant.js';
import { clauseSourceOf } from './clause-source.js';
import { explainDueTime } from './due-time.js';
import type { CaseExplanation, Clause, DueTimeExplanation } from './types.js';

/**
 * Options of {@link explainCase}: the instant to explain at, as for `evaluateCase`, and the
 * contract clauses of the targets when the policy does not carry them.
 *
 * @example
 * ```ts
 * import type { ExplainCaseOptions } from 'slakit/explain';
 *
 * const options: ExplainCaseOptions = {
 *   now: '2026-11-23T12:00:00-05:00',
 *   sources: { response: { doc: 'Uniphore Support Policy', section: 'Response Times' } },
 * };
 * ```
 */
export interface ExplainCaseOptions {
  readonly now: DateInput;
  /** Clauses per target; each wins over a `source` on the policy's target. */
  readonly sources?: { readonly response?: Clause; readonly resolution?: Clause; readonly updates?: Clause; readonly reply?: Clause };
}

type TargetKey = 'response' | 'resolution' | 'updates' | 'reply';
type Reasons = NonNullable<Parameters<typeof explainDueTime>[5]['reasons']>;

/** The pauses of a timeline that carry a reason (a pause open at `now` runs to `now`). */
function reasonsOf(timeline: Timeline, now: number): Reasons {
  const found: { start: number; end: number; reason: string }[] = [];
  const { n, type, at, note } = timeline;
  for (let k = 0; k < n && (at[k] as number) <= now; k++) {
    if (type[k] !== PAUSED || note[k] === undefined) continue;
    let end = now;
    for (let j = k + 1; j < n; j++) {
      if (type[j] !== RESUMED) continue; // the `resumed` that ends it
      end = Math.min(now, at[j] as number);
      break;
    }
    found.push({ start: at[k] as number, end, reason: note[k] as string });
  }
  return found;
}

/** The clause of a target: from the options, else a `source` the policy's target carries. */
function sourceOf(policy: SupportPolicy, severity: number, key: TargetKey, sources: Record<string, unknown> | undefined): Clause | undefined {
  if (sources !== undefined && sources[key] !== undefined) return clauseSourceOf(sources[key], `options.sources.${key}`);
  const target = (policy.levels as unknown as Record<string, Record<string, { source?: unknown } | undefined>>)[String(severity)]?.[key];
  return clauseSourceOf(target?.source, `levels.${severity}.${key}.source`);
}

function explainTarget(calendar: Calendar, target: CompiledTarget, start: number, spans: Spans, label: string, source: Clause | undefined, reasons: Reasons = []): DueTimeExplanation {
  const due = toResultDate(dueOf(calendar, target, start, spans), `${label}.dueAt`, start).getTime();
  const off = Array.from({ length: spans.length }, (_, i) => ({ start: spans.starts[i] as number, end: spans.ends[i] as number }));
  const breachedAfter = toResultDate(resumeOf(calendar, target.kind, due, spans), `${label}.breachedAfter`, start).getTime();
  return explainDueTime(calendar, target.kind === CLOCK_24X7 ? '24x7' : 'business', start, due, off, {
    label,
    breachedAfter,
    ...(target.days === 0 ? {} : { businessDays: target.days }),
    ...(target.deadline === undefined ? {} : { deadline: deadlineText(target.days, target.deadline.by) }),
    ...(source === undefined ? {} : { source }),
    ...(reasons.length === 0 ? {} : { reasons }),
  });
}

/** The start of the cadence period that ends at the next update due: the anchor, or the last due time passed. */
function periodStart(calendar: Calendar, run: CadenceRun): number {
  const { target, anchor, missed, off } = run;
  if (target.days === 0) return missed === 0 ? anchor : advance(calendar, target.kind, anchor, missed * target.ms, false, off);
  let from = anchor;
  for (let i = 0; i < missed; i++) from = dueOf(calendar, target, from, off);
  return from;
}

/**
 * Explains the due times of a case as `evaluateCase` computes them at `now`: for the response, the
 * resolution and the next update (the cadence period that ends at `nextUpdateDueAt`), the stretches of clock time consumed (adding up exactly to the target),
 * the closed days and holidays skipped, the clock changes crossed, the pauses honoured, and the
 * contract clause. Each also gives `breachedAfter`: a target due at a closing is not breached
 * until the clock runs again ("due Wed 17:00; not breached until business time resumes Thu 08:00").
 * Render it with {@link formatExplanation}.
 *
 * @throws SlaError as `evaluateCase`; `INVALID_ARGUMENT` for a bad `sources` entry.
 * @example
 * ```ts
 * import { explainCase, formatExplanation } from 'slakit/explain';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const calendar = businessHours8to5('America/New_York');
 * const e = explainCase(uniphoreSupport, calendar, { severity: 3, openedAt: '2026-11-20T16:30:00-05:00' }, { now: '2026-11-23T12:00:00-05:00' });
 * e.response.stretches.map((s) => s.minutes / 60); //=> [0.5, 9, 9, 5.5]
 * formatExplanation(e.response).split('\n')[0];
 * //=> 'Response due Wed 25 Nov 2026 13:30 (America/New_York): 24 business hours = 0.5 + 9 + 9 + 5.5 business hours from Fri 20 Nov 2026 16:30'
 * ```
 */
export function explainCase(policy: SupportPolicy, calendar: Calendar, input: CaseInput, options: ExplainCaseOptions): CaseExplanation {
  const compiled = compilePolicy(policy);
  engineOf(calendar);
  const { now, values } = readNow(options, ['sources']);
  const sources = values['sources'] === undefined ? undefined : plainObject(values['sources'], 'options.sources', 'INVALID_ARGUMENT', ['response', 'resolution', 'updates', 'reply']);
  const timeline = new Timeline();
  timeline.load(input, compiled);
  if (now < timeline.opened) fail('INVALID_ARGUMENT', 'options.now', options.now, `is before the case's openedAt ${new Date(timeline.opened).toISOString()}`);
  cutAtAutoClose(compiled, calendar, timeline);
  const responseScan = new ClockScan();
  scanTarget(timeline, compiled.restart, now, false, responseScan, (s) => (compiled.levels[s] as CompiledLevel).response);
  const resolutionScan = new ClockScan();
  scanTarget(timeline, compiled.restart, now, true, resolutionScan, (s) => (compiled.levels[s] as CompiledLevel).resolution);
  const responseLevel = compiled.levels[responseScan.severity] as CompiledLevel;
  const reasons = timeline.reasoned ? reasonsOf(timeline, now) : [];
  const level = compiled.levels[resolutionScan.severity] as CompiledLevel;
  const { run } = updateCadence(compiled, calendar, timeline, now);
  const id = (input as { id?: string | number }).id;
  let resolution: DueTimeExplanation | null =
    level.resolution === null
      ? null
      : explainTarget(calendar, level.resolution, resolutionScan.start, resolutionScan.off, 'resolution', sourceOf(policy, resolutionScan.severity, 'resolution', sources), reasons);
  if (compiled.cycles) {
    // Under reopen: 'new-cycle' the resolution due time is the last cycle's, as evaluateCase gives it.
    resolution = null;
    forEachCycle(compiled, timeline, now, new ClockScan(), (scan, target) => {
      resolution = explainTarget(calendar, target, scan.start, scan.off, 'resolution', sourceOf(policy, scan.severity, 'resolution', sources), reasons);
    });
  }
  const explanation: CaseExplanation = {
    kind: 'case',
    ...(id === undefined ? {} : { id }),
    severity: resolutionScan.severity,
    response: explainTarget(calendar, responseLevel.response, responseScan.start, responseScan.off, 'response', sourceOf(policy, responseScan.severity, 'response', sources), reasons),
    resolution,
    update: run === null ? null : explainTarget(calendar, run.target, periodStart(calendar, run), run.off, 'next update', sourceOf(policy, resolutionScan.severity, 'updates', sources), reasons),
  };
  if (!compiled.replies) return explanation;
  const replies: DueTimeExplanation[] = [];
  forEachReply(compiled, timeline, now, new ClockScan(), (scan, target) => replies.push(explainTarget(calendar, target, scan.start, scan.off, 'reply', sourceOf(policy, scan.severity, 'reply', sources), reasons)));
  return { ...explanation, replies };
}
