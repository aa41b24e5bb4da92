import type { Interval } from '../core/interval.js';
import { engineOf } from './create-calendar.js';
import { type CalendarEngine, stretchAfter, type YearTable } from './engine.js';
import type { Calendar } from './types.js';

// Internal queries for modules built on the engine (maintenance windows): whole open stretches,
// merged where a stretch was split at New Year.

function extend(engine: CalendarEngine, table: YearTable, i: number): Interval {
  let start = table.starts[i] as number;
  let end = table.ends[i] as number;
  if (i === 0 && start === table.start) {
    const before = engine.table(table.year - 1);
    const n = before.ends.length;
    if (n > 0 && before.ends[n - 1] === start) start = before.starts[n - 1] as number;
  }
  if (i === table.ends.length - 1 && end === table.end) {
    const after = engine.table(table.year + 1);
    if (after.starts.length > 0 && after.starts[0] === end) end = after.ends[0] as number;
  }
  return { start, end };
}

/** The whole open stretch that contains an instant, or `null` when the calendar is closed then. */
export function stretchAt(calendar: Calendar, epochMs: number): Interval | null {
  const engine = engineOf(calendar);
  const table = engine.tableAt(epochMs);
  const i = stretchAfter(table, epochMs) - 1;
  if (i < 0 || epochMs >= (table.ends[i] as number)) return null;
  return extend(engine, table, i);
}

/**
 * The first whole open stretch that starts at or after an instant, searching at most `years`
 * local years ahead; `null` when there is none.
 */
export function stretchStartingFrom(calendar: Calendar, epochMs: number, years: number): Interval | null {
  const engine = engineOf(calendar);
  let table = engine.tableAt(epochMs);
  let i = stretchAfter(table, epochMs - 1);
  for (let searched = 0; searched <= years; searched++) {
    for (; i < table.starts.length; i++) {
      const stretch = extend(engine, table, i);
      // A piece that continues last year's stretch starts before epochMs: it is not a new start.
      if (stretch.start >= epochMs) return stretch;
    }
    table = engine.table(table.year + 1);
    i = 0;
  }
  return null;
}
