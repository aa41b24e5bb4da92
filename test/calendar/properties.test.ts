import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  type CalendarSpec,
  calendarToJSON,
  createCalendar,
  isBusinessDay,
  isOpen,
  nextClose,
  nextOpen,
  openIntervals,
  withTimeZone,
} from '../../src/calendar/index.js';
import { formatCivilDate } from '../../src/core/civil-date.js';
import { DAY, instantFor, spec, ZONES } from './arbitraries.js';
import { ReferenceCalendar } from './reference-model.js';

const scenario = spec.chain((s) => fc.record({ spec: fc.constant(s), t: instantFor(s.timeZone), fraction: fc.double({ min: 0, max: 1, noNaN: true }), n: fc.integer({ min: -12, max: 12 }), span: fc.integer({ min: 0, max: 60 * DAY }) }));

function reference(s: CalendarSpec, t: number): ReferenceCalendar {
  const day = Math.floor(t / DAY);
  return new ReferenceCalendar(s, day - 420, day + 420);
}

const runs = { numRuns: 300 };

describe('the engine agrees with the slow reference model', () => {
  it('isOpen, businessTimeBetween, openIntervals and isBusinessDay', () => {
    fc.assert(
      fc.property(scenario, ({ spec: s, t, span }) => {
        const cal = createCalendar(s);
        const ref = reference(s, t);
        expect(isOpen(cal, t)).toBe(ref.isOpen(t));
        expect(businessTimeBetween(cal, t, t + span)).toBe(ref.between(t, t + span));
        expect(businessTimeBetween(cal, t - span, t)).toBe(ref.between(t - span, t));
        expect(openIntervals(cal, t, t + 10 * DAY).map((i) => ({ start: i.start.getTime(), end: i.end.getTime() }))).toEqual(ref.openIntervals(t, t + 10 * DAY));
        for (let k = -3; k <= 3; k++) {
          const day = Math.floor(t / DAY) + k;
          expect(isBusinessDay(cal, formatCivilDate(day))).toBe(ref.businessDays.has(day));
        }
      }),
      runs,
    );
  });

  it('addBusinessTime forwards and backwards (earliest / latest instant)', () => {
    fc.assert(
      fc.property(scenario, ({ spec: s, t, fraction }) => {
        const cal = createCalendar(s);
        const ref = reference(s, t);
        const forward = Math.floor(fraction * ref.between(t, t + 365 * DAY));
        const backward = -Math.floor(fraction * ref.between(t - 365 * DAY, t));
        expect(addBusinessTime(cal, t, forward).getTime()).toBe(ref.add(t, forward));
        expect(addBusinessTime(cal, t, backward).getTime()).toBe(ref.add(t, backward));
      }),
      runs,
    );
  });

  it('nextOpen, nextClose and addBusinessDays', () => {
    fc.assert(
      fc.property(scenario, ({ spec: s, t, n }) => {
        const cal = createCalendar(s);
        const ref = reference(s, t);
        const trusted = t + 380 * DAY; // answers beyond this may be cut by the model's window
        const open = ref.nextOpen(t);
        if (open !== undefined && open < trusted) expect(nextOpen(cal, t).getTime()).toBe(open);
        const close = ref.nextClose(t);
        const engineClose = nextClose(cal, t);
        if (close !== undefined && close < trusted) expect(engineClose?.getTime()).toBe(close);
        else expect(engineClose === null || engineClose.getTime() >= trusted).toBe(true);
        const moved = ref.addBusinessDays(t, n);
        if (moved !== undefined && moved < trusted) expect(addBusinessDays(cal, t, n).getTime()).toBe(moved);
      }),
      runs,
    );
  });
});

describe('algebra of business time', () => {
  it('between is additive and antisymmetric', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -30 * DAY, max: 30 * DAY }), fc.integer({ min: -30 * DAY, max: 30 * DAY }), ({ spec: s, t }, x, y) => {
        const cal = createCalendar(s);
        const [a, b, c] = [t, t + x, t + y];
        expect(businessTimeBetween(cal, a, b) + businessTimeBetween(cal, b, c)).toBe(businessTimeBetween(cal, a, c));
        expect(businessTimeBetween(cal, a, b)).toBe(-businessTimeBetween(cal, b, a) || 0);
      }),
      runs,
    );
  });

  it('between(t, add(t, d)) = d, and nothing earlier (later for d < 0) reaches d', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -200 * 3_600_000, max: 200 * 3_600_000 }), ({ spec: s, t }, d) => {
        const cal = createCalendar(s);
        const u = addBusinessTime(cal, t, d).getTime();
        if (d >= 0) {
          expect(businessTimeBetween(cal, t, u)).toBe(d);
          if (d > 0) expect(businessTimeBetween(cal, t, u - 1)).toBe(d - 1);
        } else {
          expect(businessTimeBetween(cal, u, t)).toBe(-d);
          expect(businessTimeBetween(cal, u + 1, t)).toBe(-d - 1);
        }
      }),
      runs,
    );
  });

  it('nextOpen is open; isOpen agrees with openIntervals', () => {
    fc.assert(
      fc.property(scenario, ({ spec: s, t }) => {
        const cal = createCalendar(s);
        expect(isOpen(cal, nextOpen(cal, t))).toBe(true);
        expect(isOpen(cal, t)).toBe(openIntervals(cal, t, t + 1).length > 0);
        const close = nextClose(cal, t);
        if (close !== null) expect(isOpen(cal, close)).toBe(false);
      }),
      runs,
    );
  });
});

describe('addBusinessDays from closed time', () => {
  const closedRun = fc.integer({ min: 1, max: 4 * DAY });

  it('n > 0: never before the input; every start in one closed stretch counts from its next opening', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 12 }), closedRun, ({ spec: s, t, fraction }, n, run) => {
        const cal = createCalendar(s);
        const result = addBusinessDays(cal, t, n).getTime();
        expect(result).toBeGreaterThanOrEqual(t);
        const opening = nextOpen(cal, t).getTime();
        const fromOpening = addBusinessDays(cal, opening, n).getTime();
        expect(result).toBe(fromOpening);
        // Another start later in the same closed stretch: [t, later] holds no open time.
        const later = t + Math.floor(fraction * run);
        if (!isOpen(cal, later) && businessTimeBetween(cal, t, later) === 0) {
          expect(businessTimeBetween(cal, nextOpen(cal, later), addBusinessDays(cal, later, n))).toBe(businessTimeBetween(cal, opening, result));
        }
      }),
      runs,
    );
  });

  it('n < 0: never after the input; every start in one closed stretch counts from its previous close', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -12, max: -1 }), closedRun, ({ spec: s, t, fraction }, n, run) => {
        const cal = createCalendar(s);
        const result = addBusinessDays(cal, t, n).getTime();
        expect(result).toBeLessThanOrEqual(t);
        // Another start earlier in the same closed stretch: [earlier, t] holds no open time.
        const earlier = t - Math.floor(fraction * run);
        if (!isOpen(cal, t) && businessTimeBetween(cal, earlier, t) === 0) {
          expect(addBusinessDays(cal, earlier, n).getTime()).toBe(result);
        }
      }),
      runs,
    );
  });
});

describe('serialisation and zones', () => {
  it('calendarToJSON round-trips; withTimeZone equals a calendar made in that zone', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...ZONES), ({ spec: s, t, span }, zone) => {
        const cal = createCalendar(s);
        const again = createCalendar(JSON.parse(JSON.stringify(calendarToJSON(cal))) as CalendarSpec);
        expect(businessTimeBetween(again, t, t + span)).toBe(businessTimeBetween(cal, t, t + span));
        expect(nextOpen(again, t).getTime()).toBe(nextOpen(cal, t).getTime());
        const moved = withTimeZone(cal, zone);
        const made = createCalendar({ ...s, timeZone: zone });
        expect(businessTimeBetween(moved, t, t + span)).toBe(businessTimeBetween(made, t, t + span));
        expect(calendarToJSON(moved)).toEqual(calendarToJSON(made));
      }),
      { numRuns: 100 },
    );
  });
});
