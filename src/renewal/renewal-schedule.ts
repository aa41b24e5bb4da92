import type { CivilDate } from '../core/civil-date.js';
import { fail } from '../core/errors.js';
import { assertMoney, type MinorUnits, type SameMoney } from './money.js';
import { nonRenewalNoticeDeadline } from './non-renewal-notice-deadline.js';
import { applyUplift, type RenewalRounding, roundingOf } from './renew-fee.js';
import { type CpiInput, type UpliftRule, upliftOf } from './renewal-uplift.js';
import { shiftDays, shiftMonths } from './dates.js';
import { optionsObject, wholeNumber } from './validate.js';

/**
 * One renewal's inputs: the CPI-U change for it and, optionally, a floor or cap that differs from
 * the schedule's.
 *
 * @example
 * ```ts
 * import type { RenewalInput } from 'slakit/renewal';
 *
 * const renewal: RenewalInput = { cpi: { previous: 304.702, current: 313.689 } };
 * ```
 */
export interface RenewalInput {
  readonly cpi: CpiInput;
  readonly floor?: number;
  readonly cap?: number;
  /**
   * This renewal term's length in months, when it differs (NOP §2.2 lets a renewal be "for a
   * different length"). Default: the length of the term before it.
   */
  readonly termMonths?: number;
  /** As in {@link RenewalUpliftOptions}: accept a CPI-U change beyond ±50% for this renewal. */
  readonly allowLargeCpiChange?: boolean;
}

const RENEWAL_KEYS = ['cpi', 'floor', 'cap', 'termMonths', 'allowLargeCpiChange'];
const SCHEDULE_KEYS = ['feeMinor', 'start', 'termMonths', 'renewals', 'noticeDays', 'floor', 'cap', 'rounding', 'allowLargeCpiChange'];

/**
 * Inputs of {@link renewalSchedule}.
 *
 * @example
 * ```ts
 * import type { RenewalScheduleOptions } from 'slakit/renewal';
 *
 * const options: RenewalScheduleOptions<number> = { feeMinor: 1_200_000, start: '2026-03-15', renewals: [{ cpi: 0.031 }] };
 * ```
 */
export interface RenewalScheduleOptions<M extends MinorUnits = MinorUnits> {
  /** The Initial Support Term's fee in minor units. */
  readonly feeMinor: M;
  /** The first day of the Initial Support Term (the Delivery Date). */
  readonly start: CivilDate;
  /**
   * Length of the Initial Support Term in months. Default 12 (NOP §2.1); each renewal is "equal in
   * length to the then-currently expiring term" unless it gives its own `termMonths`.
   */
  readonly termMonths?: number;
  /** One entry per renewal term, in order. */
  readonly renewals: readonly RenewalInput[];
  /** Days before a term's end by which a Non-Renewal Notice is due. Default 60. */
  readonly noticeDays?: number;
  /** Default floor for every renewal (default `0.05`). */
  readonly floor?: number;
  /** Default cap for every renewal (default: none). */
  readonly cap?: number;
  /** Default `'half-up'`. */
  readonly rounding?: RenewalRounding;
  /** Default for every renewal: accept CPI-U changes beyond ±50% a year. Default `false`. */
  readonly allowLargeCpiChange?: boolean;
}

/**
 * One term of a schedule. Term 1 is the Initial Support Term (its `rate` is 0 and its `rule`
 * `'initial'`); term `k + 1` is renewal `k`.
 *
 * @example
 * ```ts
 * import type { RenewalTerm } from 'slakit/renewal';
 *
 * const row: RenewalTerm<number> = {
 *   term: 1, start: '2026-03-15', end: '2027-03-14', feeMinor: 1_200_000, rate: 0, rule: 'initial', noticeDeadline: '2027-01-13',
 * };
 * ```
 */
export interface RenewalTerm<M extends MinorUnits = MinorUnits> {
  /** 1 for the Initial Support Term, 2 for the first renewal, … */
  readonly term: number;
  readonly start: CivilDate;
  /** The last day of the term. */
  readonly end: CivilDate;
  /** The term's fee in minor units. */
  readonly feeMinor: M;
  /** The uplift applied to the previous term's fee (0 for the initial term). */
  readonly rate: number;
  readonly rule: UpliftRule | 'initial';
  /** The last day to send a Non-Renewal Notice that stops the NEXT term: `end − noticeDays`. */
  readonly noticeDeadline: CivilDate;
}

/**
 * The support terms of a contract with their dates, fees and notice deadlines: the Initial
 * Support Term and one renewal per entry of `renewals`. Each renewal's fee is the previous term's
 * ROUNDED fee raised by that renewal's rate (compounding, rounded once per renewal), exactly as
 * repeated {@link renewFee} calls. Term dates come from {@link supportTerm} on the original start,
 * so the terms tile the calendar.
 *
 * Implements NOP §2.1 "For a period of twelve (12) months commencing on the Delivery Date", §2.2
 * "will renew for additional periods of time equal in length to the then-currently expiring term
 * … and the fees for each such Renewal Term may be increased by the greater of: (a) five percent
 * (5%) or (b) the most recent annual increase in the Consumer Price Index for all Urban Consumers
 * (CPI-U)", and "at least sixty (60) days prior to the conclusion of the then-current Support
 * Term" for the notice deadline.
 *
 * A renewal may have its own length (`{ cpi, termMonths: 24 }`); later renewals keep it, as each
 * is "equal in length to the then-currently expiring term".
 *
 * @throws SlaError `INVALID_MONEY`, `INVALID_RATE` and `INVALID_DATE` as the single-step functions
 * (paths such as `renewals[2].cpi`); `INVALID_ARGUMENT` for `termMonths` 0, a bad `noticeDays`,
 * rounding, an unknown key (`renewals[0].months`), or `renewals` that is not an array.
 * @example
 * ```ts
 * import { renewalSchedule } from 'slakit/renewal';
 *
 * const terms = renewalSchedule({
 *   feeMinor: 1_200_000,
 *   start: '2026-03-15',
 *   renewals: [{ cpi: { previous: 304.702, current: 313.689 } }, { cpi: 0.0612 }],
 * });
 * terms.map((t) => [t.start, t.end, t.feeMinor, t.rule, t.noticeDeadline]);
 * //=> [['2026-03-15', '2027-03-14', 1_200_000, 'initial', '2027-01-13'],
 * //    ['2027-03-15', '2028-03-14', 1_260_000, 'floor', '2028-01-14'],
 * //    ['2028-03-15', '2029-03-14', 1_337_112, 'cpi', '2029-01-13']]
 * renewalSchedule({ feeMinor: 1_200_000, start: '2026-03-15', renewals: [{ cpi: 0.031, termMonths: 24 }] })[1].end;
 * //=> '2029-03-14'
 * ```
 */
export function renewalSchedule<M extends MinorUnits>(options: RenewalScheduleOptions<M>): RenewalTerm<SameMoney<M>>[] {
  const { feeMinor, start, termMonths = 12, renewals, noticeDays = 60, floor, cap, allowLargeCpiChange } = optionsObject(options, SCHEDULE_KEYS);
  assertMoney(feeMinor, 'feeMinor');
  wholeNumber(termMonths, 'termMonths', 1, 'a whole number of months ≥ 1');
  wholeNumber(noticeDays, 'noticeDays', 0, 'a whole number of days ≥ 0');
  const rounding = roundingOf(options.rounding);
  if (!Array.isArray(renewals)) fail('INVALID_ARGUMENT', 'renewals', renewals, 'is not an array of { cpi } renewals');
  // Terms tile the calendar: each starts `monthsBefore` whole months after the original start.
  let monthsBefore = 0;
  const row = (term: number, months: number, fee: SameMoney<M>, rate: number, rule: UpliftRule | 'initial'): RenewalTerm<SameMoney<M>> => {
    const from = shiftMonths(start, monthsBefore, 'start');
    const end = shiftDays(shiftMonths(start, monthsBefore + months, 'start'), -1, 'start');
    monthsBefore += months;
    return { term, start: from, end, feeMinor: fee, rate, rule, noticeDeadline: nonRenewalNoticeDeadline(end, noticeDays) };
  };
  let fee = feeMinor as unknown as SameMoney<M>;
  let months = termMonths;
  const terms = [row(1, months, fee, 0, 'initial')];
  // A plain loop, so a hole in the array is read (as undefined) and rejected.
  for (let i = 0; i < renewals.length; i++) {
    const at = `renewals[${i}]`;
    const renewal = optionsObject(renewals[i] as RenewalInput, RENEWAL_KEYS, at);
    if (renewal.termMonths !== undefined) months = wholeNumber(renewal.termMonths, `${at}.termMonths`, 1, 'a whole number of months ≥ 1');
    const ownFloor = renewal.floor !== undefined;
    const ownCap = renewal.cap !== undefined;
    const uplift = upliftOf(
      renewal.cpi,
      ownFloor ? renewal.floor : floor,
      ownCap ? renewal.cap : cap,
      { cpi: `${at}.cpi`, floor: ownFloor ? `${at}.floor` : 'floor', cap: ownCap ? `${at}.cap` : 'cap' },
      renewal.allowLargeCpiChange ?? allowLargeCpiChange,
    );
    fee = applyUplift(fee, uplift, rounding, at) as SameMoney<M>;
    terms.push(row(i + 2, months, fee, uplift.rate, uplift.rule));
  }
  return terms;
}
