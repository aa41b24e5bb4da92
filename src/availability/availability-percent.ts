import { fail } from '../core/errors.js';

/** `100 × (x − y − z) / (x − y)` for checked inputs with `x − y > 0`; exact integers give the nearest double. */
export function percentOf(x: number, y: number, z: number): number {
  const base = x - y;
  const up = base - z;
  // One division of the (exact, for integer ms) numerator keeps 99.9 from printing as 99.90000000000001.
  if (up === base) return 100;
  const scaled = 100 * up;
  // Near Number.MAX_VALUE, 100 × up overflows; the ratio first stays finite (and within [0, 100]).
  return Number.isFinite(scaled) ? scaled / base : 100 * (up / base);
}

function amount(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return fail('INVALID_AVAILABILITY', name, value, 'is not a finite number of minutes ≥ 0');
  return value;
}

/**
 * The NCS §7 availability formula, `((x − y − z) / (x − y)) × 100`: x = minutes in the month,
 * y = excusable downtime, z = unscheduled downtime other than excusable downtime (any unit, the
 * same for all three). Not rounded.
 *
 * @throws SlaError `INVALID_AVAILABILITY` for a negative or non-finite input, `y > x`,
 * `z > x − y`, and for `x − y = 0`, where there is nothing to measure (the answer is neither 100
 * nor NaN; {@link measureAvailability} reports `measurable: false` then).
 * @example
 * ```ts
 * import { availabilityPercent } from 'slakit/availability';
 *
 * availabilityPercent(43_200, 0, 43.2); //=> 99.9
 * availabilityPercent(43_200, 720, 42.48); //=> 99.9
 * availabilityPercent(43_200, 43_200, 0); // throws SlaError INVALID_AVAILABILITY
 * ```
 */
export function availabilityPercent(x: number, y: number, z: number): number {
  amount(x, 'x');
  amount(y, 'y');
  amount(z, 'z');
  if (y > x) return fail('INVALID_AVAILABILITY', 'y', y, `is more than x (${x})`);
  if (x - y === 0) return fail('INVALID_AVAILABILITY', 'y', y, 'equals x: x − y is 0, so availability is not measurable');
  if (z > x - y) return fail('INVALID_AVAILABILITY', 'z', z, `is more than x − y (${x - y})`);
  return percentOf(x, y, z);
}
