import fc from 'fast-check';
import { expect } from 'vitest';
import { isSlaError } from '../../src/core/errors.js';
import * as slakit from '../../src/index.js';

// Shared pieces of the fuzz suites: the valid values a call needs to get past its first checks,
// the hostile values of issue 15, and the property every call must keep.

/** The error a hostile Proxy or getter throws; slakit may let the caller's own error through unchanged. */
export class HostileInputError extends Error {}

/** Every SlaErrorCode. */
export const KNOWN_CODES: ReadonlySet<string> = new Set(slakit.SLA_ERROR_CODES);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const t = '2026-06-03T10:00:00Z';
const calendar = slakit.businessHours8to5('America/New_York', [{ month: 12, day: 25, observed: 'nearest-weekday' }]);
const calendar24x7 = slakit.createCalendar({ timeZone: 'Australia/Lord_Howe', hours: '24x7' });
const schedule = slakit.createMaintenanceSchedule(slakit.uniphoreMaintenance);
const report = slakit.measureAvailability({ month: '2026-06', incidents: [], policy: slakit.niceCloudDowntimePolicy });

/** Values that pass a function's first checks, so the fuzz also reaches the deeper ones. */
export const VALID: readonly unknown[] = [
  calendar,
  calendar24x7,
  schedule,
  report,
  slakit.uniphoreSupport,
  slakit.niceCloudDowntimePolicy,
  slakit.uniphoreDowntimePolicy,
  slakit.uniphoreSeverityRules,
  deepFreeze({ timeZone: 'UTC', hours: { mon: [['08:00', '17:00']] }, holidays: ['2026-06-01'] }),
  deepFreeze({ timeZone: 'UTC', windows: [{ region: 'EU', day: 'sun', start: '02:00', end: '04:00' }] }),
  deepFreeze({ severity: 2, openedAt: t, events: [{ type: 'responded', at: '2026-06-03T11:00:00Z' }] }),
  deepFreeze([{ severity: 1, openedAt: t }]),
  deepFreeze({ now: '2026-06-10T00:00:00Z' }),
  deepFreeze({ month: '2026-06', incidents: [{ start: t, end: '2026-06-03T11:00:00Z', cause: 'unplanned' }], policy: slakit.niceCloudDowntimePolicy }),
  deepFreeze({ from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' }),
  deepFreeze([{ start: t, end: null, cause: 'unplanned' }]),
  deepFreeze([{ atLeast: 0, below: 99, creditPercent: 10 }]),
  deepFreeze([{ user: 'a', start: t, end: '2026-06-03T12:00:00Z' }]),
  deepFreeze({ month: '2026-06', timeZone: 'UTC' }),
  deepFreeze({ cpi: 0.031 }),
  deepFreeze({ cpi: { previous: 304.702, current: 313.689 }, cap: 0.07 }),
  deepFreeze({ feeMinor: 1_200_000, start: '2026-03-15', renewals: [{ cpi: 0.03 }, { cpi: 0.02, termMonths: 24 }] }),
  deepFreeze({ peak: 120, minimumCommitted: 100, unitPriceMinor: 4_500 }),
  deepFreeze({ effectiveDate: '2026-01-15' }),
  deepFreeze({ outage: 'complete' }),
  deepFreeze({ region: 'EU' }),
  deepFreeze({ hours: 4 }),
  deepFreeze([{ start: 0, end: 10 }, { start: 5, end: 20 }]),
  deepFreeze({ start: 0, end: 3_600_000 }),
  t,
  '2026-06-03T10:00:00-05:00',
  '2026-06-01',
  '2026-06',
  '2026-06-03T02:30',
  'America/New_York',
  'UTC',
  'PT4H30M',
  new Date(0),
  0,
  1,
  3,
  12,
  60,
  99.9,
  1_780_000_000_000,
  -3_600_000,
  true,
];

function throwingProxy(): object {
  const trap = (): never => {
    throw new HostileInputError('thrown by the hostile input itself');
  };
  // Symbol-keyed reads (fast-check's own clone probe) pass; every string-keyed look throws.
  return new Proxy({}, { get: (_target, key) => (typeof key === 'symbol' ? undefined : trap()), getPrototypeOf: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, has: trap });
}

function throwingGetter(): object {
  return Object.defineProperty({}, 'start', {
    enumerable: true,
    get() {
      throw new HostileInputError('thrown by the hostile input itself');
    },
  });
}

const MEGABYTE = 'x'.repeat(1 << 20);

/** The hostile values of issue 15; functions make fresh objects so a mutation cannot leak between calls. */
export const HOSTILE: readonly (() => unknown)[] = [
  () => undefined,
  () => null,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => -0,
  () => 1e21,
  () => -1e21,
  () => Number.MAX_VALUE,
  () => -Number.MAX_VALUE,
  () => 5e-324,
  () => Number.MAX_SAFE_INTEGER,
  () => 8.64e15,
  () => -8.64e15,
  () => 0.5,
  () => '',
  () => MEGABYTE,
  () => `P${'1'.repeat(100_000)}X`,
  () => '2026-06-03T10:00:00',
  () => '2026-13-45T99:99:99Z',
  () => '+275760-09-13T00:00:00Z',
  () => '-271821-04-20T00:00:00Z',
  () => 'PT999999999999999999H',
  () => 'not a calendar',
  () => [],
  () => [null],
  // eslint-disable-next-line no-sparse-arrays
  () => [, 1],
  () => ({}),
  () => Object.create(null) as object,
  () => Object.assign(Object.create(null) as object, { big: 10n }),
  () => JSON.parse('{"__proto__": {"polluted": 1}, "start": 0, "end": 1}') as unknown,
  () => ({ constructor: { prototype: { polluted: 1 } } }),
  () => ({ engine: {} }),
  () => ({ compiled: {} }),
  () => Object.freeze({ start: 0, end: 1 }),
  () => throwingProxy(),
  () => throwingGetter(),
  () => 10n,
  () => Symbol('hostile'),
  () => () => 1,
  () => new Date(Number.NaN),
];

/** An argument to make inside the property (so fast-check never touches a Proxy), with a readable name. */
export interface ArgumentMaker {
  make(): unknown;
}

function maker(make: () => unknown): ArgumentMaker {
  return { make, [fc.toStringMethod]: () => snapshot(make()).slice(0, 80) } as ArgumentMaker;
}

/** One argument: usually hostile, sometimes valid. */
export const argument: fc.Arbitrary<ArgumentMaker> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE).map(maker) },
  { weight: 2, arbitrary: fc.constantFrom(...VALID).map((value) => maker(() => value)) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 30 }), fc.date()).map((value) => maker(() => value)) },
);

/** A description of a value that survives Proxies and throwing getters. */
export function snapshot(value: unknown, depth = 0): string {
  try {
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'symbol' || typeof value === 'function') return String(typeof value);
    if (typeof value !== 'object' || value === null) return Object.is(value, -0) ? '-0' : String(value);
    if (value instanceof Date) return `Date(${value.getTime()})`;
    if (depth > 6) return '…';
    const keys = Reflect.ownKeys(value).map(String).sort();
    return `{${keys.map((k) => `${k}:${snapshot((value as Record<string, unknown>)[k], depth + 1)}`).join(',')}}`;
  } catch {
    return '<unreadable>';
  }
}

/** Problems in a result: NaN, an Invalid Date, an infinite number. */
export function resultProblems(value: unknown, path = 'result', seen = new Set<unknown>(), problems: string[] = []): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${path} is ${value}`);
  if (value instanceof Date && Number.isNaN(value.getTime())) problems.push(`${path} is an Invalid Date`);
  if (typeof value === 'object' && value !== null && !seen.has(value) && seen.size < 10_000) {
    seen.add(value);
    for (const key of Object.keys(value)) resultProblems((value as Record<string, unknown>)[key], `${path}.${key}`, seen, problems);
  }
  return problems;
}

/** Own keys of Object.prototype and a probe of pollution. */
export function prototypeState(): string {
  return `${Object.getOwnPropertyNames(Object.prototype).sort().join(',')}|${String(({} as Record<string, unknown>)['polluted'])}`;
}

/** One call's outcome, or the reason it broke the property. */
export function checkCall(name: string, fn: (...args: unknown[]) => unknown, args: unknown[]): void {
  const before = args.map((a) => snapshot(a));
  const proto = prototypeState();
  let result: unknown;
  let thrown: unknown;
  let threw = false;
  try {
    result = /^[A-Z]/.test(name) ? Reflect.construct(fn, args) : fn(...args);
  } catch (error) {
    threw = true;
    thrown = error;
  }
  const shown = `${name}(${args.map((a) => snapshot(a).slice(0, 80)).join(', ')})`;
  if (threw) {
    if (!(thrown instanceof HostileInputError)) {
      expect(isSlaError(thrown), `${shown} threw ${String(thrown)}`).toBe(true);
      expect(KNOWN_CODES.has((thrown as { code: string }).code), `${shown}: unknown code ${(thrown as { code: string }).code}`).toBe(true);
    }
  } else {
    expect(resultProblems(result), shown).toEqual([]);
  }
  expect(args.map((a) => snapshot(a)), `${shown} mutated an input`).toEqual(before);
  expect(prototypeState(), `${shown} touched Object.prototype`).toBe(proto);
}


const month = '2026-06';
/** A valid call of each function, so a fuzz can change one argument, or one field of one, at a time. */
export const VALID_CALLS: Readonly<Record<string, readonly unknown[]>> = {
  addBusinessDays: [calendar, t, 3],
  addBusinessTime: [calendar, t, 'PT4H'],
  businessTimeBetween: [calendar, t, '2026-06-10T00:00:00Z'],
  openIntervals: [calendar, t, '2026-06-10T00:00:00Z'],
  nextOpen: [calendar, t],
  nextClose: [calendar, t],
  isOpen: [calendar, t],
  isBusinessDay: [calendar, '2026-06-03'],
  withTimeZone: [calendar, 'Asia/Kolkata'],
  createCalendar: [{ timeZone: 'UTC', hours: { mon: [['08:00', '17:00']], tue: [['22:00', '06:00']] }, holidays: [{ month: 1, day: 1 }, '2026-12-24'], overrides: { '2026-06-06': [['10:00', '12:00']] } }],
  evaluateCase: [slakit.uniphoreSupport, calendar, { severity: 2, openedAt: t, events: [{ type: 'responded', at: '2026-06-03T11:00:00Z' }] }, { now: '2026-06-10T00:00:00Z' }],
  complianceReport: [slakit.uniphoreSupport, calendar, [{ severity: 1, openedAt: t }], { now: '2026-06-10T00:00:00Z' }],
  classifySeverity: [{ outage: 'complete' }],
  validateSupportPolicy: [slakit.uniphoreSupport],
  measureAvailability: [{ month, incidents: [{ start: t, end: '2026-06-03T11:00:00Z', cause: 'unplanned' }], policy: slakit.niceCloudDowntimePolicy }],
  classifyDowntime: [[{ start: t, end: null, cause: 'unplanned' }], slakit.niceCloudDowntimePolicy, { from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z', asOf: '2026-06-04T00:00:00Z' }],
  errorBudget: [report, 99.9, { asOf: '2026-06-16T00:00:00Z' }],
  serviceCredit: [98, [{ atLeast: 0, below: 99, creditPercent: 10 }]],
  availabilityPercent: [43_200, 0, 43.2],
  minutesInMonth: [month, 'America/New_York'],
  createMaintenanceSchedule: [{ timeZone: 'UTC', windows: [{ id: 'a', region: 'EU', day: 'sun', start: '23:00', end: '01:00' }] }],
  maintenanceWindowsBetween: [schedule, t, '2026-06-20T00:00:00Z', { region: 'EU' }],
  nextMaintenanceWindow: [schedule, t, { region: 'EU' }],
  maintenanceWindowAt: [schedule, t],
  hasAdvanceNotice: [t, '2026-06-20T00:00:00Z', { days: 7 }],
  renewFee: [1_200_000, { cpi: 0.031, cap: 0.07, rounding: 'half-even' }],
  renewalUplift: [{ cpi: { previous: 304.702, current: 313.689 } }],
  renewalSchedule: [{ feeMinor: 1_200_000, start: '2026-03-15', renewals: [{ cpi: 0.031, termMonths: 24 }, { cpi: 0.02 }], noticeDays: 60 }],
  overage: [{ peak: 120, minimumCommitted: 100, unitPriceMinor: 4_500 }],
  peakConcurrentUsers: [[{ user: 'a', start: t, end: '2026-06-03T12:00:00Z' }, { user: 'b', start: t, end: '2026-06-03T11:00:00Z' }], { month, timeZone: 'UTC' }],
  initiationDate: [{ effectiveDate: '2026-01-15', productionUse: '2026-03-02' }],
  supportTerm: ['2026-03-15', 12, 2],
  cpiChange: [{ previous: 304.702, current: 313.689 }],
  parseDuration: ['-PT1H', { allowNegative: true, path: 'x' }],
  unionIntervals: [[{ start: 0, end: 10 }, { start: 5, end: 20 }]],
  zonedTimeToInstant: ['America/New_York', '2026-03-08T02:30'],
  monthInterval: [month, 'Australia/Lord_Howe'],
  uniphoreSupportWith: [{ urgentClock: 'business', businessDayLength: { hours: 9 } }],
  niceCloudSupport: [{ response: { 1: { minutes: 30 }, 2: { hours: 2 }, 3: { hours: 8 }, 4: { businessDays: 2 } } }],
};

/** A copy of a valid call with one argument, or one field inside one, replaced by `value`. */
export function replaceOne(args: readonly unknown[], position: number, keyChoice: number, value: unknown): unknown[] {
  const copy = [...args];
  const index = position % copy.length;
  const target = copy[index];
  if (keyChoice % 2 === 0 || typeof target !== 'object' || target === null || !Object.getPrototypeOf(target) || (Object.getPrototypeOf(target) !== Object.prototype && !Array.isArray(target))) {
    copy[index] = value;
    return copy;
  }
  const keys = Object.keys(target);
  if (keys.length === 0) {
    copy[index] = value;
    return copy;
  }
  const key = keys[keyChoice % keys.length] as string;
  copy[index] = Array.isArray(target) ? Object.assign([...target], { [key]: value }) : { ...target, [key]: value };
  return copy;
}
