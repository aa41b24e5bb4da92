import { type CivilDate, civilDateToDays, civilFields, dayNumber, formatCivilDate } from '../core/civil-date.js';
import { fail } from '../core/errors.js';

/**
 * The Commencement Date of a cloud subscription: the first day of the calendar month after the
 * Initiation Date (also when the Initiation Date is itself the 1st).
 *
 * Implements NCS §1 "“Commencement Date” means the first day of the calendar month following the
 * Initiation Date."
 *
 * @throws SlaError `INVALID_DATE` for a bad date or one in December 9999.
 * @example
 * ```ts
 * import { commencementDate } from 'slakit/renewal';
 *
 * commencementDate('2026-04-17'); //=> '2026-05-01'
 * commencementDate('2026-05-01'); //=> '2026-06-01'
 * commencementDate('2026-12-31'); //=> '2027-01-01'
 * ```
 */
export function commencementDate(initiation: CivilDate): CivilDate {
  const { year, month } = civilFields(civilDateToDays(initiation, 'initiation'));
  if (year === 9999 && month === 12) fail('INVALID_DATE', 'initiation', initiation, 'is in the last month of year 9999');
  return formatCivilDate(month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1));
}
