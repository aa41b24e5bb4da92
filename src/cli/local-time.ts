// Instants shown as people read them: the wall time in a zone, with its weekday and UTC offset.
import { instantToZonedTime } from '../core/time-zone.js';

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `Wed 2026-11-25 13:30 -05:00` (seconds only when not zero; without the weekday for tables). */
export function formatLocal(at: Date, timeZone: string, withWeekday = true): string {
  const text = instantToZonedTime(timeZone, at); // 2026-11-25T13:30:00.000-05:00
  const date = text.slice(0, 10);
  const seconds = text.slice(17, 19);
  const time = seconds === '00' ? text.slice(11, 16) : text.slice(11, 19);
  const local = `${date} ${time} ${text.slice(23)}`;
  return withWeekday ? `${WEEKDAY_NAMES[new Date(`${date}T00:00:00Z`).getUTCDay()] as string} ${local}` : local;
}

/** A duration in ms as `26h 30m` (hours, not days: business time has no 24-hour day; the sign kept). */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.round(Math.abs(ms) / 1000);
  const parts: string[] = [];
  for (const [unit, size] of [['h', 3_600], ['m', 60], ['s', 1]] as const) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count}${unit}`);
  }
  return parts.length === 0 ? '0m' : sign + parts.join(' ');
}
