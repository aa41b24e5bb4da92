// The sentences of page 1: one per missed target, saying what missed it, derived from the breaches
// (counts at weekends and by customer) and the incidents.
import { addDaysToCivilDate } from '../core/civil-date.js';
import { formatPercent } from '../core/percent.js';
import { readableInstant } from '../core/readable-time.js';
import { instantToZonedTime } from '../core/time-zone.js';
import { breachesOf, capitalised } from './document.js';
import { duration, plural } from './format.js';
import type { ReportBreach, ReportComplianceRow, ServiceReport } from './types.js';

const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const dayName = (date: string): string => DAY[new Date(`${date}T00:00:00Z`).getUTCDay()] as string;
const shortDate = (date: string): string => `${Number(date.slice(8, 10))} ${MONTH[Number(date.slice(5, 7)) - 1] as string}`;

/** The Saturday of the weekend a breach fell due on, in its case's zone; `null` on a weekday. */
function weekendOf(b: ReportBreach): string | null {
  const date = instantToZonedTime(b.timeZone, Date.parse(b.dueAt)).slice(0, 10);
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 6 ? date : day === 0 ? addDaysToCivilDate(date, -1) : null;
}

/** The most frequent key and its count (ties: the first in order of the list). */
function top(keys: readonly string[]): [string, number] | null {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best: [string, number] | null = null;
  for (const entry of counts) if (best === null || entry[1] > best[1]) best = entry;
  return best;
}

/**
 * What missed one level's target: `9 P1 replies late, 6 of them on one weekend (Sat 17–Sun 18
 * Oct); 5 for Acme.` A weekend is named when one holds at least 2 and a quarter of them, weekends
 * together otherwise; a customer when one holds at least 2 and a third of them among several.
 */
export function whatMissed(kind: 'response' | 'resolution', row: ReportComplianceRow, breaches: readonly ReportBreach[]): string {
  const mine = breaches.filter((b) => b.kind === kind && b.level === row.level);
  const noun = kind === 'response' ? ['reply', 'replies'] : ['resolution', 'resolutions'];
  const head = `${row.label} ${kind} ${formatPercent((row.rate ?? 0) * 100, 1)} against a target of ${formatPercent((row.target ?? 0) * 100, 1)}: ${plural(mine.length, `${row.label} ${noun[0] as string}`, `${row.label} ${noun[1] as string}`)} late`;
  const parts: string[] = [];
  const weekends = mine.map(weekendOf).filter((w): w is string => w !== null);
  const weekend = top(weekends);
  if (weekend !== null && weekend[1] >= 2 && weekend[1] * 4 >= mine.length) {
    const sunday = addDaysToCivilDate(weekend[0], 1);
    parts.push(`${weekend[1] === mine.length ? 'all' : weekend[1]} of them on one weekend (${dayName(weekend[0])} ${Number(weekend[0].slice(8, 10))}–${dayName(sunday)} ${shortDate(sunday)})`);
  } else if (weekends.length > 0) {
    parts.push(`${weekends.length} of them at weekends`);
  }
  const customers = mine.map((b) => b.customer ?? '');
  const customer = top(customers);
  if (customer !== null && customer[0] !== '' && customer[1] >= 2 && customer[1] * 3 >= mine.length && new Set(customers).size > 1) parts.push(`${customer[1]} for ${customer[0]}`);
  return `${head}${parts.length === 0 ? '' : `, ${parts.join('; ')}`}.`;
}

/** The availability sentence when its target was missed: the unscheduled minutes and the incident that weighed most. */
function availabilityMissed(a: NonNullable<ServiceReport['availability']>, timeZone: string): string {
  const counting = a.incidents.filter((i) => i.unscheduledMinutes > 0);
  const worst = counting.reduce<(typeof counting)[number] | undefined>((w, i) => (w === undefined || i.unscheduledMinutes > w.unscheduledMinutes ? i : w), undefined);
  const credit = a.creditPercent === null || a.creditPercent === 0 ? '' : `; service credit ${a.creditPercent}%${a.credit === null || a.credit === undefined ? '' : ` (${a.credit.amount})`}`;
  const most = worst === undefined ? '' : `, the longest ${worst.id} (${worst.cause}, ${duration(worst.unscheduledMinutes * 60_000)}, ${readableInstant(timeZone, Date.parse(worst.start))})`;
  return `Availability ${a.percent === null ? 'not measurable' : formatPercent(a.percent, 4)} against a target of ${a.target}%: ${duration(a.z * 60_000)} of unscheduled downtime in ${plural(counting.length, 'incident', 'incidents')}${most}${credit}.`;
}

/** One sentence per missed target of the report: availability, then each level's response and resolution (under plans or a history, each part's, named: `Plan premium: P1 response …`). */
export function findingsOf(report: Pick<ServiceReport, 'availability' | 'compliance' | 'timeZone'>): string[] {
  const out: string[] = [];
  const a = report.availability;
  if (a !== null && a.met === false) out.push(availabilityMissed(a, report.timeZone));
  const c = report.compliance;
  if (c !== null && c.parts !== undefined) {
    // Under plans or a history, each part against its own targets, the sentence naming the part.
    for (const part of c.parts) {
      const mine = breachesOf(c.breaches, part);
      for (const kind of ['response', 'resolution'] as const) {
        for (const row of part[kind]) if (row.meetsTarget === false) out.push(`${capitalised(part.name)}: ${whatMissed(kind, row, mine)}`);
      }
    }
  } else if (c !== null) {
    for (const kind of ['response', 'resolution'] as const) {
      for (const row of c[kind]) if (row.meetsTarget === false) out.push(whatMissed(kind, row, c.breaches));
    }
  }
  return out;
}
