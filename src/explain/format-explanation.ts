import { checkExplanation } from './check-explanation.js';
import { describeWhen } from '../contract/support-plans.js';
import type { AvailabilityExplanation, CaseExplanation, Clause, DueTimeExplanation, Explanation, ExplainedStretch, RenewalFeeExplanation } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS: Record<string, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
const WEEKDAY_OF_INDEX = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `'Fri 20 Nov'` (with the year when asked) for a `'YYYY-MM-DD'` date. */
function dayText(date: string, weekday: string | undefined, year: boolean): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const name = weekday === undefined ? (WEEKDAY_OF_INDEX[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] as string) : (DAYS[weekday] as string);
  return `${name} ${d} ${MONTHS[m - 1] as string}${year ? ` ${y}` : ''}`;
}

/** `'Wed 25 Nov 2026 13:30'` for an ISO string with offset (its wall time is the local one). */
function wallText(isoWithOffset: string): string {
  return `${dayText(isoWithOffset.slice(0, 10), undefined, true)} ${timeText(isoWithOffset)}`;
}

/** `'13:30'` (with seconds when not zero) for an ISO string with offset. */
function timeText(isoWithOffset: string): string {
  const seconds = isoWithOffset.slice(16, 19);
  return isoWithOffset.slice(11, 16) + (seconds === '' || seconds === ':00' ? '' : seconds);
}

/** A number of hours for text: at most two decimals. */
function hours(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

function stretchText(s: ExplainedStretch): string {
  return `${dayText(s.date, s.weekday, false)} ${s.from}–${s.to} (${hours(s.minutes)} h)`;
}

function clauseText(source: Clause): string {
  return `Clause: ${source.doc}, ${source.section}${source.quote === undefined ? '' : `: “${source.quote}”`}`;
}

function dueTimeLines(e: DueTimeExplanation): string[] {
  const unit = e.clock === 'business' ? 'business hours' : 'hours';
  const what = e.label === undefined ? 'Due' : `${e.label.charAt(0).toUpperCase()}${e.label.slice(1)} due`;
  const target = e.businessDays === undefined ? `${hours(e.targetMinutes)} ${unit}` : `${e.businessDays} business day${e.businessDays === 1 ? '' : 's'}`;
  const parts = e.stretches.length === 0 ? '0' : e.stretches.map((s) => hours(s.minutes)).join(' + ');
  const lines =
    e.deadline === undefined
      ? [`${what} ${wallText(e.due)} (${e.timeZone}): ${target} = ${parts} ${unit} from ${wallText(e.start)}`]
      : // A deadline in words, then its instant; pauses (listed below) push it back by their length.
        [`${what} ${e.deadline}${e.pauses.length === 0 ? '' : ', pushed back by the pauses'}: ${wallText(e.due)} (${e.timeZone}, UTC${e.due.slice(-6)}) = ${parts} ${unit} from ${wallText(e.start)}`];
  if (e.breachedAfter !== undefined && e.breachedAfter !== e.due) {
    const resumes = e.clock === 'business' ? 'business time resumes' : 'the clock runs again';
    lines.push(`Not ${e.label === 'next update' ? 'missed' : 'breached'} until ${resumes} ${wallText(e.breachedAfter)}: no clock time passes after the due time before then`);
  }
  if (e.stretches.length > 0) lines.push(e.stretches.map(stretchText).join(' · '));
  if (e.skippedDays.length > 0) lines.push(`Skipped: ${e.skippedDays.map((d) => `${dayText(d.date, d.weekday, false)} (${d.reason})`).join(' · ')}`);
  for (const change of e.dstChanges) lines.push(`Clocks change ${wallText(change.wall)}: ${change.from} → ${change.to}`);
  for (const pause of e.pauses) lines.push(`Paused ${wallText(pause.start)} – ${wallText(pause.end)}${pause.reason === undefined ? '' : ` (${pause.reason})`}: ${hours(pause.minutes)} ${unit} not counted`);
  if (e.source !== undefined) lines.push(clauseText(e.source));
  return lines;
}

function percent(rate: number): string {
  return `${Number((rate * 100).toFixed(4))}%`;
}

/** An exact amount; a fraction gets its value to two decimals. */
function unrounded(text: string): string {
  const [n, d] = text.split('/');
  return d === undefined ? text : `${text} ≈ ${(Number(n) / Number(d)).toFixed(2)}`;
}

function feeLines(e: RenewalFeeExplanation): string[] {
  const cpi = e.cpi.previous === undefined ? percent(e.cpi.change) : `${e.cpi.previous} → ${e.cpi.current} = ${percent(e.cpi.change)}`;
  const candidates = e.candidates.map((c) => `${c.rule} ${percent(c.rate)}`).join(', ');
  const lines = [
    `Renewed fee ${e.renewedMinor} (minor units) = ${e.feeMinor} × (1 + ${percent(e.rate)}) = ${unrounded(e.unroundedMinor)}, rounded ${e.rounding}`,
    `CPI-U change${e.cpi.period === undefined ? '' : ` (${e.cpi.period})`}: ${cpi}`,
    `Candidates: ${candidates}; the ${e.rule} rule wins: ${percent(e.rate)} (exactly ${e.exactRate})`,
  ];
  if (e.source !== undefined) lines.push(clauseText(e.source));
  return lines;
}

function minutesText(minutes: number): string {
  return `${Math.round(minutes * 100) / 100} min`;
}

function availabilityLines(e: AvailabilityExplanation): string[] {
  const percentText = e.percent === null ? 'not measurable (x − y = 0)' : `${e.percent}%`;
  const lines = [`Availability ${e.month} (${e.timeZone}): ${percentText} = ((x − y − z) / (x − y)) × 100 with x = ${e.x}, y = ${e.y}, z = ${e.z} minutes`];
  if (e.dropped > 0) lines.push(`Dropped (under a minute): ${minutesText(e.dropped)}`);
  if (e.outsideServiceHours !== undefined) lines.push(`Service hours: x, y and z count only minutes inside them; ${minutesText(e.outsideServiceHours)} of downtime outside them not counted`);
  for (const i of e.incidents) {
    const parts: string[] = [];
    if (i.excusableMs > 0) parts.push(`y +${minutesText(i.excusableMinutes)}`);
    if (i.unscheduledMs > 0) parts.push(`z +${minutesText(i.unscheduledMinutes)}`);
    if (i.droppedMs > 0) parts.push(`dropped ${minutesText(i.droppedMinutes)}`);
    if (i.overlappedMs > 0) parts.push(`${minutesText(i.overlappedMinutes)} overlapped, counted under another incident`);
    if ((i.outsideServiceHoursMinutes ?? 0) > 0) parts.push(`${minutesText(i.outsideServiceHoursMinutes as number)} outside service hours, not counted`);
    for (const said of i.notice ?? []) parts.push(said);
    for (const w of i.windows) parts.push(`excused by maintenance window ${w.id ?? w.region ?? ''} ${wallText(w.start)}–${timeText(w.end)}`.replace('  ', ' '));
    if (i.source !== undefined) parts.push(clauseText(i.source));
    const end = i.end.slice(0, 10) === i.start.slice(0, 10) ? timeText(i.end) : wallText(i.end);
    lines.push(`${i.id ?? `#${i.index}`} (${i.cause}) ${wallText(i.start)}–${end}: ${parts.join('; ')}`);
  }
  if (e.source !== undefined) lines.push(clauseText(e.source));
  return lines;
}

function caseLines(e: CaseExplanation): string[] {
  const head = `Case${e.id === undefined ? '' : ` ${e.id}`}, severity ${e.severity}`;
  const plan = e.plan === undefined ? [] : [`Plan ${e.plan.name}, chosen by rule ${e.plan.rule + 1} of support.select (${describeWhen(e.plan.when)})`];
  return [head, ...plan, ...[e.response, e.resolution, e.update, ...(e.replies ?? [])].flatMap((part) => (part === null ? [] : dueTimeLines(part)))];
}

/**
 * Renders an explanation as plain-language text, one fact per line, e.g.
 * `Fri 20 Nov 16:30–17:00 (0.5 h) · Mon 23 Nov 08:00–17:00 (9 h) · …`. Wall times are in the
 * explanation's zone; amounts are hours with at most two decimals (the data holds exact milliseconds).
 *
 * @throws SlaError `INVALID_ARGUMENT` naming the first field of `explanation` that is not of an
 * explanation's shape (one read back from JSON, say).
 * @example
 * ```ts
 * import { explainBusinessTime, formatExplanation } from 'slakit/explain';
 * import { businessHours8to5 } from 'slakit/presets';
 *
 * const calendar = businessHours8to5('America/New_York');
 * formatExplanation(explainBusinessTime(calendar, '2026-11-20T16:30:00-05:00', { hours: 24 }));
 * //=> 'Due Wed 25 Nov 2026 13:30 (America/New_York): 24 business hours = 0.5 + 9 + 9 + 5.5 business hours from Fri 20 Nov 2026 16:30\n' +
 * //   'Fri 20 Nov 16:30–17:00 (0.5 h) · Mon 23 Nov 08:00–17:00 (9 h) · Tue 24 Nov 08:00–17:00 (9 h) · Wed 25 Nov 08:00–13:30 (5.5 h)\n' +
 * //   'Skipped: Sat 21 Nov (closed) · Sun 22 Nov (closed)'
 * ```
 */
export function formatExplanation(explanation: Explanation): string {
  checkExplanation(explanation);
  const lines =
    explanation.kind === 'due-time'
      ? dueTimeLines(explanation)
      : explanation.kind === 'case'
        ? caseLines(explanation)
        : explanation.kind === 'availability'
          ? availabilityLines(explanation)
          : feeLines(explanation);
  return lines.join('\n');
}
