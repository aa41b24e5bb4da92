import { fail } from '../core/errors.js';
import type { CivilDate } from '../core/civil-date.js';
import { isCivilDate } from '../core/civil-date.js';
import { assertMoney, currencyDigits, formatMinorUnits } from './money.js';
import type { RenewalTerm } from './renewal-schedule.js';
import type { UpliftRule } from './renewal-uplift.js';

/**
 * A renewal term as every output shows it (`slakit renewal --json` and the service report's
 * renewal `terms`): the {@link RenewalTerm} with its fee both as exact integer minor units
 * (`feeMinor`, a decimal string beyond 2^53 so that JSON keeps every digit) and as people read it
 * (`fee`, major units with grouping, no currency code).
 *
 * @example
 * ```ts
 * import type { RenewalTermRow } from 'slakit/renewal';
 *
 * const row: RenewalTermRow = { term: 2, start: '2027-03-15', end: '2028-03-14', feeMinor: 12_600_000, fee: '126,000.00', rate: 0.05, rule: 'floor', noticeDeadline: '2028-01-14' };
 * ```
 */
export interface RenewalTermRow {
  readonly term: number;
  readonly start: CivilDate;
  readonly end: CivilDate;
  /** The fee in integer minor units; a decimal string when above 2^53 − 1. */
  readonly feeMinor: number | string;
  /** The fee in major units as people read it (`'126,000.00'`). */
  readonly fee: string;
  readonly rate: number;
  readonly rule: UpliftRule | 'initial';
  readonly noticeDeadline: CivilDate;
}

/**
 * The terms of a {@link renewalSchedule} in the one shape every output uses, each fee written
 * exactly in the currency's major units by the one money formatter.
 *
 * @param terms - The schedule's terms.
 * @param currency - The ISO 4217 code of the fees (USD has 2 decimals, JPY 0).
 * @throws SlaError `INVALID_ARGUMENT` for terms that are not a schedule's or a code that is not a currency;
 * `INVALID_MONEY` for a fee that is not whole minor units.
 * @example
 * ```ts
 * import { renewalSchedule, renewalTermRows } from 'slakit/renewal';
 *
 * const terms = renewalSchedule({ feeMinor: 12_000_000, start: '2026-03-15', renewals: [{ cpi: 0.031 }] });
 * renewalTermRows(terms, 'USD')[1]; //=> { term: 2, start: '2027-03-15', end: '2028-03-14', feeMinor: 12_600_000, fee: '126,000.00', rate: 0.05, rule: 'floor', noticeDeadline: '2028-01-14' }
 * ```
 */
export function renewalTermRows(terms: readonly RenewalTerm[], currency: string): RenewalTermRow[] {
  if (!Array.isArray(terms)) return fail('INVALID_ARGUMENT', 'terms', terms, 'is not the terms of a renewal schedule');
  if (typeof currency !== 'string' || !/^[A-Za-z]{3}$/.test(currency)) return fail('INVALID_ARGUMENT', 'currency', currency, 'is not an ISO 4217 code such as USD');
  let digits: number;
  try {
    digits = currencyDigits(currency.toUpperCase());
  } catch {
    return fail('INVALID_ARGUMENT', 'currency', currency, 'is not an ISO 4217 code such as USD');
  }
  terms.forEach((t: unknown, i) => checkTerm(t, `terms[${i}]`));
  return terms.map((t) => ({
    term: t.term,
    start: t.start,
    end: t.end,
    feeMinor: typeof t.feeMinor === 'bigint' ? t.feeMinor.toString() : t.feeMinor,
    fee: formatMinorUnits(t.feeMinor, digits),
    rate: t.rate,
    rule: t.rule,
    noticeDeadline: t.noticeDeadline,
  }));
}

/** One term of a schedule, checked field by field. */
function checkTerm(value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null) return fail('INVALID_ARGUMENT', path, value, 'is not a term of a renewal schedule');
  const t = value as Record<string, unknown>;
  if (typeof t['term'] !== 'number' || !Number.isSafeInteger(t['term']) || t['term'] < 1) fail('INVALID_ARGUMENT', `${path}.term`, t['term'], 'is not a term number (1, 2, …)');
  for (const key of ['start', 'end', 'noticeDeadline']) if (!isCivilDate(t[key])) fail('INVALID_ARGUMENT', `${path}.${key}`, t[key], "is not a date 'YYYY-MM-DD'");
  assertMoney(t['feeMinor'], `${path}.feeMinor`);
  if (typeof t['rate'] !== 'number' || !Number.isFinite(t['rate'])) fail('INVALID_ARGUMENT', `${path}.rate`, t['rate'], 'is not a finite rate');
  if (typeof t['rule'] !== 'string') fail('INVALID_ARGUMENT', `${path}.rule`, t['rule'], 'is not the rule of an uplift');
}
