// Slow, obviously correct models for the renewal module, written independently of src/renewal.
import { civilDateToDays, formatCivilDate, MS_PER_DAY } from '../../src/core/civil-date.js';
import { zoneRules } from '../../src/core/time-zone.js';

// ---- Decimal strings (no bigint): the rounding reference -------------------------------------

/** `x`'s shortest decimal as digits and a scale: value = digits / 10^scale. Non-negative x only. */
export function decimalDigits(x: number): { digits: string; scale: number } {
  const [mantissa, exponent = '0'] = x.toString().split('e');
  const [int, frac = ''] = (mantissa as string).split('.');
  let digits = `${int}${frac}`;
  let scale = frac.length - Number(exponent);
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  return { digits: trim(digits), scale };
}

function trim(digits: string): string {
  const t = digits.replace(/^0+/, '');
  return t === '' ? '0' : t;
}

/** Schoolbook addition of two non-negative digit strings. */
export function addDigits(a: string, b: string): string {
  let out = '';
  let carry = 0;
  for (let i = a.length - 1, j = b.length - 1; i >= 0 || j >= 0 || carry > 0; i--, j--) {
    const sum = (i >= 0 ? Number(a[i]) : 0) + (j >= 0 ? Number(b[j]) : 0) + carry;
    out = String(sum % 10) + out;
    carry = Math.floor(sum / 10);
  }
  return trim(out);
}

/** Schoolbook multiplication of two non-negative digit strings. */
export function mulDigits(a: string, b: string): string {
  const out = new Array<number>(a.length + b.length).fill(0);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const p = i + j + 1;
      const sum = (out[p] as number) + Number(a[i]) * Number(b[j]);
      out[p] = sum % 10;
      out[p - 1] = (out[p - 1] as number) + Math.floor(sum / 10);
    }
  }
  return trim(out.join(''));
}

/** `fee × (1 + rate)` written out in decimal, then rounded by reading the digits after the point. */
export function referenceRenew(fee: string, rate: number, rounding: 'half-up' | 'half-even'): string {
  const { digits, scale } = decimalDigits(rate);
  const one = `1${'0'.repeat(scale)}`;
  const product = mulDigits(fee, addDigits(one, digits)).padStart(scale + 1, '0');
  const integer = trim(product.slice(0, product.length - scale));
  const fraction = product.slice(product.length - scale);
  const half = `5${'0'.repeat(Math.max(0, scale - 1))}`;
  const cmp = scale === 0 ? -1 : fraction < half ? -1 : fraction > half ? 1 : 0; // same length: string order is numeric order
  const lastOdd = Number(integer[integer.length - 1]) % 2 === 1;
  const up = cmp > 0 || (cmp === 0 && (rounding === 'half-up' || lastOdd));
  return up ? addDigits(integer, '1') : integer;
}

/** The rate the contract gives for a fractional CPI change: max(floor, cpi), then min(·, cap). */
export function referenceRate(cpi: number, floor = 0.05, cap?: number): number {
  const raised = Math.max(floor, cpi);
  return cap === undefined ? raised : Math.min(raised, cap);
}

// ---- Index pairs: fee × current / previous, by bigint division -------------------------------

function asFraction(x: number): { n: bigint; d: bigint } {
  const { digits, scale } = decimalDigits(x);
  return { n: BigInt(digits), d: 10n ** BigInt(scale) };
}

/** The renewed fee for an index pair: fee × current / previous unless the floor or cap applies. */
export function referenceRenewIndex(
  fee: bigint,
  index: { current: number; previous: number },
  rounding: 'half-up' | 'half-even',
  floor = 0.05,
  cap?: number,
): { fee: bigint; rule: 'floor' | 'cpi' | 'cap' } {
  const c = asFraction(index.current);
  const p = asFraction(index.previous);
  // 1 + cpi = (c.n / c.d) / (p.n / p.d) = c.n·p.d / (c.d·p.n)
  let num = c.n * p.d;
  let den = c.d * p.n;
  let rule: 'floor' | 'cpi' | 'cap' = 'cpi';
  const f = asFraction(floor);
  if (num * f.d <= den * (f.d + f.n)) {
    num = f.d + f.n;
    den = f.d;
    rule = 'floor';
  }
  if (cap !== undefined) {
    const k = asFraction(cap);
    if (num * k.d > den * (k.d + k.n)) {
      num = k.d + k.n;
      den = k.d;
      rule = 'cap';
    }
  }
  const total = fee * num;
  let q = total / den;
  const r2 = 2n * (total % den);
  if (r2 > den || (r2 === den && (rounding === 'half-up' || q % 2n === 1n))) q += 1n;
  return { fee: q, rule };
}

// ---- Concurrency: count users at every candidate instant -------------------------------------

export interface Session {
  user: string;
  start: number;
  end: number;
}

/** Peak distinct users over [monthStart, monthEnd), trying every login instant as a candidate. */
export function referencePeak(sessions: readonly Session[], month: string, timeZone: string): { peak: number; day: string; at: number; users: number } {
  const rules = zoneRules(timeZone);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = civilDateToDays(`${month}-01`);
  const next = civilDateToDays(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
  const monthStart = rules.toInstant(first * MS_PER_DAY);
  const monthEnd = rules.toInstant(next * MS_PER_DAY);
  const clipped = sessions
    .map((s) => ({ user: s.user, start: Math.max(s.start, monthStart), end: Math.min(s.end, monthEnd) }))
    .filter((s) => s.end > s.start);
  const candidates = [monthStart, ...clipped.map((s) => s.start)].sort((a, b) => a - b);
  let peak = 0;
  let at = monthStart;
  for (const t of candidates) {
    const online = new Set(clipped.filter((s) => s.start <= t && t < s.end).map((s) => s.user));
    if (online.size > peak) {
      peak = online.size;
      at = t;
    }
  }
  const day = formatCivilDate(Math.floor(rules.toWall(at) / MS_PER_DAY));
  return { peak, day, at, users: new Set(clipped.map((s) => s.user)).size };
}
