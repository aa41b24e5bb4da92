import { civilDateToDays, dayNumber, daysInMonth, weekdayOf } from '../core/civil-date.js';
import type { Holiday } from './types.js';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Day numbers on which the validated holidays fall in one year (observed shifts may cross years). */
export function holidayDaysNear(holidays: readonly Holiday[], year: number): Set<number> {
  const days = new Set<number>();
  for (const holiday of holidays) {
    if (typeof holiday === 'string') {
      days.add(civilDateToDays(holiday));
      continue;
    }
    for (let y = year - 1; y <= year + 1; y++) {
      const day = 'weekday' in holiday ? nthWeekday(y, holiday.month, WEEKDAYS.indexOf(holiday.weekday), holiday.nth) : observedDay(y, holiday.month, holiday.day, holiday.observed);
      if (day !== null) days.add(day);
    }
  }
  return days;
}

function observedDay(year: number, month: number, day: number, observed: string | undefined): number | null {
  if (day > daysInMonth(year, month)) return null; // 29 February outside leap years
  const date = dayNumber(year, month, day);
  const weekday = weekdayOf(date);
  if (observed === 'nearest-weekday') return weekday === 6 ? date - 1 : weekday === 0 ? date + 1 : date;
  if (observed === 'next-weekday') return weekday === 6 ? date + 2 : weekday === 0 ? date + 1 : date;
  return date;
}

function nthWeekday(year: number, month: number, weekday: number, nth: number): number | null {
  const length = daysInMonth(year, month);
  if (nth > 0) {
    const first = dayNumber(year, month, 1);
    const day = 1 + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
    return day <= length ? first + day - 1 : null;
  }
  const last = dayNumber(year, month, length);
  const day = length - ((weekdayOf(last) - weekday + 7) % 7) + (nth + 1) * 7;
  return day >= 1 ? last - length + day : null;
}
