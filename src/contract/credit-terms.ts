import type { CreditTerms } from '../availability/types.js';
import { fail } from '../core/errors.js';
import { number, object, optional, text } from '../core/shape.js';
import { currencyDigits } from '../renewal/money.js';
import type { ContractAvailability } from './types.js';

// What creditTermsOf reads, checked so that an object not loaded by loadContract is an SlaError.
const checkAvailability = object({
  creditTerms: optional(object({ capPercent: optional(number), minimumAmount: optional(text), currency: optional(text), claimWithinDays: optional(number), claimWithinMonths: optional(number) })),
});

/**
 * A contract's credit terms ready for `serviceCreditAmount`, in the minor units of `currency`:
 * the `minimumAmount` text (`"1.00"`) becomes `100` in USD, `1` in JPY is `"1"`.
 *
 * @throws SlaError `INVALID_ARGUMENT` when `currency` is not an ISO 4217 code, or differs from the
 * `currency` the terms state; `INVALID_MONEY` when the minimum has more decimals than the currency.
 * @example
 * ```ts
 * import { creditTermsOf } from 'slakit/contract';
 *
 * creditTermsOf({ target: 99.9, credits: [], timeZone: 'UTC', creditTerms: { capPercent: 30, minimumAmount: '1.00', claimWithinDays: 30 } }, 'USD');
 * //=> { capPercent: 30, minimumAmount: 100, claimWithinDays: 30 }
 * ```
 */
export function creditTermsOf(availability: ContractAvailability, currency: string): CreditTerms {
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return fail('INVALID_ARGUMENT', 'currency', currency, 'is not an ISO 4217 code such as USD');
  checkAvailability(availability, 'availability');
  const terms = availability.creditTerms;
  if (terms === undefined) return {};
  if (terms.currency !== undefined && terms.currency !== currency) fail('INVALID_ARGUMENT', 'currency', currency, `is not the currency of the credit terms (${terms.currency})`);
  const out: { -readonly [K in keyof CreditTerms]: CreditTerms[K] } = {};
  if (terms.capPercent !== undefined) out.capPercent = terms.capPercent;
  if (terms.minimumAmount !== undefined) out.minimumAmount = minorUnitsOf(terms.minimumAmount, currencyDigits(currency), currency);
  if (terms.claimWithinDays !== undefined) out.claimWithinDays = terms.claimWithinDays;
  if (terms.claimWithinMonths !== undefined) out.claimWithinMonths = terms.claimWithinMonths;
  return out;
}

/** `'1.00'` at 2 digits → 100, exactly; more decimals than the currency has is an error. */
function minorUnitsOf(amount: string, digits: number, currency: string): number {
  if (!/^\d{1,15}(?:\.\d+)?$/.test(amount)) return fail('INVALID_MONEY', 'terms.minimumAmount', amount, 'is not an amount such as "1.00"');
  const [whole = '', fraction = ''] = amount.split('.');
  if (fraction.length > digits) return fail('INVALID_MONEY', 'terms.minimumAmount', amount, `has ${fraction.length} decimals; ${currency} has ${digits}`);
  return Number(`${whole}${fraction.padEnd(digits, '0')}`);
}
