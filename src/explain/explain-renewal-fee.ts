import { fail } from '../core/errors.js';
import { plainObject } from '../core/plain-data.js';
import { cpiIndexChange } from '../renewal/cpi-change.js';
import { assertMoney, type MinorUnits } from '../renewal/money.js';
import { type Ratio, ratio, ratioToNumber, reduced } from '../renewal/rational.js';
import { applyUplift, roundingOf, type RenewFeeOptions } from '../renewal/renew-fee.js';
import { upliftOf } from '../renewal/renewal-uplift.js';
import { clauseSourceOf } from './clause-source.js';
import type { Clause, RenewalFeeExplanation, UpliftCandidate } from './types.js';

/**
 * Options of {@link explainRenewalFee}: those of `renewFee`, the period the CPI-U values cover,
 * and the contract clause.
 *
 * @example
 * ```ts
 * import type { ExplainRenewalFeeOptions } from 'slakit/explain';
 *
 * const options: ExplainRenewalFeeOptions = { cpi: { previous: 304.702, current: 313.689 }, period: 'annual averages 2023 → 2024' };
 * ```
 */
export interface ExplainRenewalFeeOptions extends RenewFeeOptions {
  readonly period?: string;
  readonly source?: Clause;
}

/** An exact non-negative ratio as a decimal when it ends, else as `'n/d'`. */
function exactText(r: Ratio): string {
  const { numerator, denominator } = reduced(r);
  let d = denominator;
  let digits = 0;
  for (; d % 10n === 0n; d /= 10n) digits++;
  for (; d % 5n === 0n || d % 2n === 0n; digits++) d = d % 5n === 0n ? d / 5n : d / 2n;
  if (d !== 1n) return `${numerator}/${denominator}`;
  const scaled = ((numerator * 10n ** BigInt(digits)) / denominator).toString().padStart(digits + 1, '0');
  return digits === 0 ? scaled : `${scaled.slice(0, -digits)}.${scaled.slice(-digits)}`;
}

/**
 * Explains `renewFee(feeMinor, options)`: the CPI-U change used (and its index values and
 * period), each rule's candidate rate (the floor, CPI-U, and a cap when given), the rule that
 * won, the exact product before rounding and the rounding. Render it with {@link formatExplanation}.
 *
 * @throws SlaError as `renewFee`; `INVALID_ARGUMENT` for a bad `period` or `source`.
 * @example
 * ```ts
 * import { explainRenewalFee } from 'slakit/explain';
 *
 * const e = explainRenewalFee(10, { cpi: 0 });
 * e.candidates; //=> [{ rule: 'floor', rate: 0.05 }, { rule: 'cpi', rate: 0 }]
 * [e.rule, e.unroundedMinor, e.renewedMinor]; //=> ['floor', '10.5', '11']
 * explainRenewalFee(1_200_000, { cpi: { previous: 304.702, current: 313.689 } }).cpi.change; //=> 0.029494391241278364
 * ```
 */
export function explainRenewalFee(feeMinor: MinorUnits, options: ExplainRenewalFeeOptions): RenewalFeeExplanation {
  assertMoney(feeMinor, 'feeMinor');
  const values = plainObject(options, 'options', 'INVALID_ARGUMENT', ['cpi', 'floor', 'cap', 'rounding', 'period', 'source']);
  const { cpi, floor, cap, period } = values;
  if (period !== undefined && (typeof period !== 'string' || period === '')) fail('INVALID_ARGUMENT', 'period', period, 'is not a non-empty string');
  const source = clauseSourceOf(values['source'], 'source');
  const rounding = roundingOf(values['rounding']);
  const uplift = upliftOf(cpi, floor, cap);
  const pair = typeof cpi === 'number' ? null : (cpi as { previous: number; current: number });
  const change = pair === null ? (cpi as number) : ratioToNumber(cpiIndexChange(pair, 'cpi'));
  const candidates: UpliftCandidate[] = [
    { rule: 'floor', rate: floor === undefined ? 0.05 : (floor as number) },
    { rule: 'cpi', rate: change },
    ...(cap === undefined ? [] : [{ rule: 'cap' as const, rate: cap as number }]),
  ];
  const fee = BigInt(feeMinor);
  const exact = uplift.exact;
  const renewed = applyUplift(feeMinor, uplift, rounding, 'feeMinor');
  const { numerator, denominator } = reduced(exact);
  return {
    kind: 'renewal-fee',
    feeMinor: fee.toString(),
    cpi: {
      change,
      ...(pair === null ? {} : { previous: pair.previous, current: pair.current }),
      ...(period === undefined ? {} : { period: period as string }),
    },
    candidates,
    rule: uplift.rule,
    rate: uplift.rate,
    exactRate: `${numerator}/${denominator}`,
    unroundedMinor: exactText(ratio(fee * (exact.d + exact.n), exact.d)),
    rounding,
    renewedMinor: String(renewed),
    ...(source === undefined ? {} : { source }),
  };
}
