import { engineOf } from '../calendar/create-calendar.js';
import type { Calendar } from '../calendar/types.js';
import { civilFields, dayNumber, MS_PER_DAY, parseYearMonth } from '../core/civil-date.js';
import { fail } from '../core/errors.js';

/** The largest epoch ms a `Date` holds. */
const MAX_INSTANT = 8.64e15;

/**
 * Which month a case belongs to: `'YYYY-MM'` of its opening in the zone of its calendar, the
 * customer's (never the zone of whoever runs the report). `complianceReport`'s `groupBy: 'month'`,
 * `slakit compliance --month`, `slakit cases --month` and the service report all place a case
 * through it.
 *
 * @param openedAt - The opening, as a read case has it: epoch ms or a `Date`.
 * @throws SlaError `INVALID_DATE` for an opening that is not an instant; `INVALID_CALENDAR` for a
 * calendar that is not one.
 * @example
 * ```ts
 * import { caseMonth } from 'slakit/cases';
 * import { businessHours8to5 } from 'slakit/presets';
 *
 * // 1 November 07:30 in Tokyo is still 31 October in New York.
 * caseMonth(businessHours8to5('Asia/Tokyo'), Date.parse('2026-10-31T22:30:00Z')); //=> '2026-11'
 * caseMonth(businessHours8to5('America/New_York'), Date.parse('2026-10-31T22:30:00Z')); //=> '2026-10'
 * ```
 */
export function caseMonth(calendar: Calendar, openedAt: number | Date): string {
  const opened = typeof openedAt === 'number' ? openedAt : openedAt instanceof Date ? openedAt.getTime() : Number.NaN;
  if (!(Math.abs(opened) <= MAX_INSTANT)) fail('INVALID_DATE', 'openedAt', openedAt, 'is not an instant (epoch ms or a Date)');
  const { year, month } = civilFields(Math.floor(engineOf(calendar).zone.toWall(opened) / MS_PER_DAY));
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * `(calendar, openedAt) => caseMonth(calendar, openedAt) === month` for one `month` ('YYYY-MM'),
 * compiled once: the opening's wall time in the calendar's zone lies in the month's wall days.
 * For readers of many cases, which would otherwise build each case's month as text.
 *
 * @throws SlaError `INVALID_DATE` for a month that is not 'YYYY-MM' (at `path`).
 */
export function caseMonthTest(month: string, path = 'month'): (calendar: Calendar, openedAt: number) => boolean {
  const { year, month: m } = parseYearMonth(month, path);
  const first = dayNumber(year, m, 1) * MS_PER_DAY;
  const next = (m === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, m + 1, 1)) * MS_PER_DAY;
  return (calendar, openedAt) => {
    const wall = engineOf(calendar).zone.toWall(openedAt);
    return wall >= first && wall < next;
  };
}
