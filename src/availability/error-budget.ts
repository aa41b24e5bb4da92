import { readOptions } from '../core/plain-data.js';
import { fail } from '../core/errors.js';
import { type DateInput, toEpochMs } from '../core/instant.js';
import type { AvailabilityReport, ErrorBudget } from './types.js';

function instantOf(value: unknown, path: string): number {
  if (!(value instanceof Date)) return fail('INVALID_ARGUMENT', path, value, 'is not a Date; pass a report made by measureAvailability');
  return toEpochMs(value, path);
}

function minutesOf(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return fail('INVALID_ARGUMENT', path, value, 'is not a number of minutes ≥ 0; pass a report made by measureAvailability');
  return value;
}

/**
 * `100 − target` as a fraction of whole numbers when the target has at most 10 decimals, so that
 * 99.9 gives 1/10 and not 0.09999999999999432 (the binary value of 100 − 99.9).
 */
function complement(target: number): { numerator: number; denominator: number } {
  for (let scale = 1; scale <= 1e10; scale *= 10) {
    const scaled = Math.round(target * scale);
    if (scaled / scale === target) return { numerator: 100 * scale - scaled, denominator: scale };
  }
  return { numerator: 100 - target, denominator: 1 };
}

/**
 * The month's error budget for an availability target: the unscheduled downtime the target
 * allows over the measurable time, `(x − y) × (100 − target) / 100`, how much of it z has used,
 * what remains (negative once overspent), and the burn rate at `asOf`: the share of the budget used
 * divided by the share of the month elapsed (1 = on pace to use exactly the budget).
 *
 * @param options.asOf - Default: the report's `asOf`, else the end of the month. After the month
 * the elapsed share is 1.
 * @throws SlaError `INVALID_AVAILABILITY` for a target outside (0, 100] or below 1 (a fraction such
 * as 0.999 passed for 99.9%: the message shows both readings), `INVALID_ARGUMENT` for something
 * that is not a report, an unknown option or an `asOf` before the month starts, `INVALID_DATE` for a bad
 * `asOf`.
 * @example
 * ```ts
 * import { errorBudget, measureAvailability } from 'slakit/availability';
 *
 * const report = measureAvailability({
 *   month: '2026-06',
 *   incidents: [{ start: '2026-06-03T10:00:00Z', end: '2026-06-03T10:21:36Z', cause: 'unplanned' }],
 *   policy: { excusable: [], maintenanceWindowsOnly: false },
 * });
 * errorBudget(report, 99.9, { asOf: '2026-06-16T00:00:00Z' });
 * //=> { targetPercent: 99.9, allowedMinutes: 43.2, usedMinutes: 21.6, remainingMinutes: 21.6,
 * //     elapsedShare: 0.5, burnRate: 1, asOf: new Date('2026-06-16T00:00:00Z') }
 * ```
 */
export function errorBudget(report: AvailabilityReport, targetPercent: number, options?: { asOf?: DateInput }): ErrorBudget {
  if (typeof report !== 'object' || report === null) return fail('INVALID_ARGUMENT', 'report', report, 'is not an availability report');
  if (typeof targetPercent !== 'number' || !Number.isFinite(targetPercent) || targetPercent <= 0 || targetPercent > 100) {
    return fail('INVALID_AVAILABILITY', 'targetPercent', targetPercent, 'is not a percentage above 0 and at most 100 such as 99.9');
  }
  // No contract promises under 1%: such a number is a fraction passed for a percentage.
  if (targetPercent < 1) {
    return fail('INVALID_AVAILABILITY', 'targetPercent', targetPercent, `would be a ${targetPercent}% target; targets are percentages: pass ${Number((targetPercent * 100).toPrecision(12))} for ${Number((targetPercent * 100).toPrecision(12))}%`);
  }
  const read = readOptions(options, 'options', ['asOf']);
  const start = instantOf(report.start, 'report.start');
  const end = instantOf(report.end, 'report.end');
  const x = minutesOf(report.totalMinutes, 'report.totalMinutes');
  const y = minutesOf(report.excusableMinutes, 'report.excusableMinutes');
  const used = minutesOf(report.unscheduledMinutes, 'report.unscheduledMinutes');
  const asOfInput = read['asOf'] ?? report.asOf ?? report.end;
  const asOf = toEpochMs(asOfInput, 'asOf');
  if (asOf < start) return fail('INVALID_ARGUMENT', 'asOf', asOfInput, `is before the month starts (${new Date(start).toISOString()})`);
  const elapsedShare = asOf >= end ? 1 : (asOf - start) / (end - start);
  const { numerator, denominator } = complement(targetPercent);
  const allowedMinutes = ((x - y) * numerator) / (100 * denominator);
  const burnRate = allowedMinutes > 0 && elapsedShare > 0 ? used / allowedMinutes / elapsedShare : null;
  return { targetPercent, allowedMinutes, usedMinutes: used, remainingMinutes: allowedMinutes - used, elapsedShare, burnRate, asOf: new Date(asOf) };
}
