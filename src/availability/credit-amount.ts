import { addDaysToCivilDate, civilFields, daysInMonth, formatCivilDate, MS_PER_DAY } from '../core/civil-date.js';
import { fail } from '../core/errors.js';
import { plainObject } from '../core/plain-data.js';
import { boolean, date, list, number, object, optional, orNull, text } from '../core/shape.js';
import { zoneRules } from '../core/time-zone.js';
import type { MinorUnits } from '../renewal/money.js';
import { serviceCredit } from './service-credit.js';
import type { AvailabilityReport, CreditAmount, CreditAmountOptions, CreditIncident } from './types.js';

const OPTION_KEYS = ['monthlyFee', 'tiers', 'terms'];
// What the credit reads of a report, checked so that a report not made by measureAvailability is an SlaError.
const checkReport = object({
  percent: orNull(number),
  timeZone: text,
  end: date,
  segments: list(object({ start: date, end: date, excusable: boolean, counted: boolean, incidentIndex: number, incidentId: optional(text) })),
});
const TERM_KEYS = ['capPercent', 'minimumAmount', 'claimWithinDays', 'claimWithinMonths'];

/** A whole number from 1 to `max` at `path`, or `undefined` when absent. */
function count(value: unknown, path: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max ? value : fail('INVALID_ARGUMENT', path, value, `is not a whole number from 1 to ${max}`);
}

/** Validated credit terms. */
function readTerms(value: unknown): { cap: number | null; minimum: MinorUnits | null; days: number | undefined; months: number | undefined } {
  if (value === undefined) return { cap: null, minimum: null, days: undefined, months: undefined };
  const terms = plainObject(value, 'options.terms', 'INVALID_ARGUMENT', TERM_KEYS);
  const cap = terms['capPercent'];
  if (cap !== undefined && (typeof cap !== 'number' || !Number.isFinite(cap) || cap < 0 || cap > 100)) fail('INVALID_ARGUMENT', 'options.terms.capPercent', cap, 'is not a percentage from 0 to 100');
  const minimum = terms['minimumAmount'];
  if (minimum !== undefined) money(minimum, 'options.terms.minimumAmount');
  const days = count(terms['claimWithinDays'], 'options.terms.claimWithinDays', 3660);
  const months = count(terms['claimWithinMonths'], 'options.terms.claimWithinMonths', 120);
  if (days !== undefined && months !== undefined) fail('INVALID_ARGUMENT', 'options.terms.claimWithinMonths', months, 'is given as well as claimWithinDays; a contract states one claim window');
  return { cap: (cap as number | undefined) ?? null, minimum: (minimum as MinorUnits | undefined) ?? null, days, months };
}

/** A whole, non-negative amount of minor units (a safe integer or a bigint) at `path`. */
function money(value: unknown, path: string): MinorUnits {
  if (typeof value === 'bigint' ? value >= 0n : typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value as MinorUnits;
  return fail('INVALID_ARGUMENT', path, value, 'is not a whole, non-negative amount of minor units (cents); pass a safe integer or a bigint');
}

/** `fee × percent / 100` in minor units, exactly (the percentage read as the decimal it prints as), rounded half-up. */
function percentOfFee(fee: MinorUnits, percent: number): bigint {
  // 0 ≤ percent ≤ 100 was checked, so String() gives plain digits, or an exponent for a tiny one.
  const [digits = '0', exponent = '0'] = String(percent).split('e');
  const [whole = '0', fraction = ''] = digits.split('.');
  const scale = fraction.length - Number(exponent);
  const n = BigInt(whole + fraction) * (scale < 0 ? 10n ** BigInt(-scale) : 1n);
  const product = BigInt(fee) * n;
  const denominator = 10n ** BigInt(Math.max(scale, 0)) * 100n;
  const q = product / denominator;
  return 2n * (product - q * denominator) >= denominator ? q + 1n : q;
}

/** The last day to claim: the measured period's last day plus the days, or the end of the n-th month after it. */
function claimDate(report: AvailabilityReport, days: number | undefined, months: number | undefined): string | null {
  if (days === undefined && months === undefined) return null;
  const zone = zoneRules(report.timeZone);
  const lastDay = Math.floor(zone.toWall(report.end.getTime() - 1) / MS_PER_DAY);
  if (days !== undefined) return addDaysToCivilDate(formatCivilDate(lastDay), days);
  const { year, month } = civilFields(lastDay);
  const index = year * 12 + (month - 1) + (months as number);
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** The incidents with unscheduled downtime that counted, in order of their first such minute. */
function earningIncidents(report: AvailabilityReport): CreditIncident[] {
  const byIndex = new Map<number, CreditIncident>();
  for (const s of report.segments) {
    if (s.excusable || !s.counted) continue;
    const minutes = (s.end.getTime() - s.start.getTime()) / 60_000;
    const known = byIndex.get(s.incidentIndex);
    if (known !== undefined) known.unscheduledMinutes += minutes;
    else byIndex.set(s.incidentIndex, { incidentIndex: s.incidentIndex, ...(s.incidentId === undefined ? {} : { incidentId: s.incidentId }), unscheduledMinutes: minutes });
  }
  return [...byIndex.values()];
}

/**
 * The service credit a measured period earns, in money, with the contract's limits: the tier's
 * percentage of the monthly fee, at most `capPercent`; nothing when the amount is below
 * `minimumAmount` (`belowMinimum: true`); the last day to claim it (`claimWithinDays` after the
 * period's last day, or the end of the `claimWithinMonths`-th month after it, in the report's zone);
 * and the incidents whose unscheduled downtime earned it. The amount is exact: `fee × percent / 100`
 * in minor units, rounded half-up once, in the fee's type (number or bigint).
 *
 * @throws SlaError `INVALID_ARGUMENT` for a fee or minimum that is not whole minor units and for
 * bad terms; what `serviceCredit` throws for bad tiers; `INVALID_AVAILABILITY`
 * when the period is not measurable (the whole of it was excusable).
 * @example
 * ```ts
 * import { measureAvailability, serviceCreditAmount } from 'slakit/availability';
 *
 * const report = measureAvailability({
 *   month: '2026-10',
 *   incidents: [{ id: 'INC-1', start: '2026-10-05T14:00:00Z', end: '2026-10-05T22:00:00Z', cause: 'unplanned' }],
 *   policy: { excusable: [], maintenanceWindowsOnly: false },
 * });
 * const credit = serviceCreditAmount(report, {
 *   monthlyFee: 400_000,
 *   tiers: [{ atLeast: 99, below: 99.9, creditPercent: 10 }, { atLeast: 0, below: 99, creditPercent: 25 }],
 *   terms: { capPercent: 20, minimumAmount: 100, claimWithinDays: 30 },
 * });
 * [credit.creditPercent, credit.appliedPercent, credit.amount, credit.claimBy]; //=> [25, 20, 80000, '2026-11-30']
 * credit.incidents; //=> [{ incidentIndex: 0, incidentId: 'INC-1', unscheduledMinutes: 480 }]
 * ```
 */
export function serviceCreditAmount<M extends MinorUnits>(report: AvailabilityReport, options: CreditAmountOptions<M>): CreditAmount<M> {
  checkReport(report, 'report');
  const object = plainObject(options, 'options', 'INVALID_ARGUMENT', OPTION_KEYS);
  const fee = money(object['monthlyFee'], 'options.monthlyFee');
  const { cap, minimum, days, months } = readTerms(object['terms']);
  if (report.percent === null) return fail('INVALID_AVAILABILITY', 'report.percent', null, 'is null: the whole period was excusable, so it earns no credit tier');
  const { creditPercent, tier } = serviceCredit(report.percent, object['tiers'] as CreditAmountOptions<M>['tiers']);
  const capped = cap !== null && creditPercent > cap;
  const appliedPercent = capped ? cap : creditPercent;
  const exact = percentOfFee(fee, appliedPercent);
  const belowMinimum = exact > 0n && minimum !== null && exact < BigInt(minimum);
  // A credit is at most the fee, so a number fee gives a safe number.
  const paid = belowMinimum ? 0n : exact;
  const amount = (typeof fee === 'bigint' ? paid : Number(paid)) as CreditAmount<M>['amount'];
  return {
    creditPercent,
    tier,
    appliedPercent,
    capped,
    amount,
    belowMinimum,
    claimBy: creditPercent > 0 ? claimDate(report, days, months) : null,
    incidents: creditPercent > 0 ? earningIncidents(report) : [],
  };
}
