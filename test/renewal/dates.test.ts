import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToCivilDate, addMonthsToCivilDate, civilDateToDays, formatCivilDate } from '../../src/core/civil-date.js';
import { isSlaError } from '../../src/core/errors.js';
import {
  commencementDate,
  deadlineAfter,
  endOfSupport,
  initiationDate,
  nonRenewalNoticeDeadline,
  renewalSchedule,
  renewFee,
  supportTerm,
} from '../../src/renewal/index.js';

function errorOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (!isSlaError(error)) throw error;
    return `${error.code} ${String(error.details.path)}`;
  }
  return undefined;
}

describe('supportTerm: 12 months from the Delivery Date, end inclusive', () => {
  it('a 12-month term from 2026-03-15 runs through 2027-03-14', () => {
    expect(supportTerm('2026-03-15')).toEqual({ start: '2026-03-15', end: '2027-03-14' });
    expect(supportTerm('2026-01-01')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('month ends clamp: 2026-01-31 + 1 month is 2026-02-28, and 2024-02-29 in a leap year', () => {
    expect(supportTerm('2026-01-31', 1)).toEqual({ start: '2026-01-31', end: '2026-02-27' });
    expect(supportTerm('2024-01-31', 1)).toEqual({ start: '2024-01-31', end: '2024-02-28' });
    expect(supportTerm('2024-02-29')).toEqual({ start: '2024-02-29', end: '2025-02-27' });
  });

  it('later terms are counted from the original start, so the 31st and 29 February come back', () => {
    expect(supportTerm('2026-01-31', 1, 2)).toEqual({ start: '2026-02-28', end: '2026-03-30' });
    expect(supportTerm('2026-01-31', 1, 3)).toEqual({ start: '2026-03-31', end: '2026-04-29' });
    expect(supportTerm('2024-02-29', 12, 5)).toEqual({ start: '2028-02-29', end: '2029-02-27' });
    expect(supportTerm('2026-03-15', 12, 2)).toEqual({ start: '2027-03-15', end: '2028-03-14' });
  });

  it.each([
    [() => supportTerm('2026-02-30'), 'INVALID_DATE start'],
    [() => supportTerm('2026-3-15'), 'INVALID_DATE start'],
    [() => supportTerm('2026-03-15', 0), 'INVALID_ARGUMENT months'],
    [() => supportTerm('2026-03-15', -12), 'INVALID_ARGUMENT months'],
    [() => supportTerm('2026-03-15', 1.5), 'INVALID_ARGUMENT months'],
    [() => supportTerm('2026-03-15', 12, 0), 'INVALID_ARGUMENT term'],
    [() => supportTerm('9999-03-15'), 'INVALID_DATE start'],
  ])('bad input is an SlaError naming the field (%#)', (run, expected) => {
    expect(errorOf(run)).toBe(expected);
  });
});

describe('nonRenewalNoticeDeadline: at least 60 days before the end', () => {
  it('the last day a notice can be sent is end − 60 days', () => {
    expect(nonRenewalNoticeDeadline('2027-03-14')).toBe('2027-01-13');
    expect(civilDateToDays('2027-03-14') - civilDateToDays(nonRenewalNoticeDeadline('2027-03-14'))).toBe(60);
    expect(nonRenewalNoticeDeadline('2028-03-14')).toBe('2028-01-14'); // leap February
    expect(nonRenewalNoticeDeadline('2027-03-14', 90)).toBe('2026-12-14');
    expect(nonRenewalNoticeDeadline('2027-03-14', 0)).toBe('2027-03-14');
  });

  it('the other readings are one day either side (days 59 and 61)', () => {
    expect(nonRenewalNoticeDeadline('2027-03-14', 59)).toBe('2027-01-14');
    expect(nonRenewalNoticeDeadline('2027-03-14', 61)).toBe('2027-01-12');
  });

  it.each([
    [() => nonRenewalNoticeDeadline('2027-02-30'), 'INVALID_DATE termEnd'],
    [() => nonRenewalNoticeDeadline('2027-03-14', -1), 'INVALID_ARGUMENT days'],
    [() => nonRenewalNoticeDeadline('2027-03-14', 6.5), 'INVALID_ARGUMENT days'],
    [() => nonRenewalNoticeDeadline('0000-01-15'), 'INVALID_DATE termEnd'],
  ])('bad input is an SlaError naming the field (%#)', (run, expected) => {
    expect(errorOf(run)).toBe(expected);
  });
});

describe('endOfSupport: a version is supported for 12 months as of its official release', () => {
  it('the last supported day is the day before the release date 12 months later', () => {
    expect(endOfSupport('2026-03-15')).toBe('2027-03-14');
    expect(endOfSupport('2026-01-01')).toBe('2026-12-31');
    expect(endOfSupport('2024-02-29')).toBe('2025-02-27');
    expect(endOfSupport('2026-03-15', 18)).toBe('2027-09-14');
  });

  it.each([
    [() => endOfSupport('2026-13-01'), 'INVALID_DATE releaseDate'],
    [() => endOfSupport('2026-03-15', 0), 'INVALID_ARGUMENT months'],
  ])('bad input is an SlaError naming the field (%#)', (run, expected) => {
    expect(errorOf(run)).toBe(expected);
  });
});

describe('deadlineAfter: within 10 days following receipt', () => {
  it('day 1 is the day after receipt, so the deadline is receipt + 10 days', () => {
    expect(deadlineAfter('2026-03-02', 10)).toBe('2026-03-12');
    expect(deadlineAfter('2026-12-28', 10)).toBe('2027-01-07');
    expect(deadlineAfter('2024-02-25', 10)).toBe('2024-03-06');
    expect(deadlineAfter('2026-03-02', 0)).toBe('2026-03-02');
  });

  it.each([
    [() => deadlineAfter('2026-02-29', 10), 'INVALID_DATE received'],
    [() => deadlineAfter('2026-03-02', -1), 'INVALID_ARGUMENT days'],
    [() => deadlineAfter('2026-03-02', Number.NaN), 'INVALID_ARGUMENT days'],
    [() => deadlineAfter('9999-12-30', 10), 'INVALID_DATE received'],
  ])('bad input is an SlaError naming the field (%#)', (run, expected) => {
    expect(errorOf(run)).toBe(expected);
  });
});

describe('initiationDate: the earliest of (a), (b) and (c) = Effective Date + 3 months', () => {
  it('without notices it is 3 months after the Effective Date, month ends clamped', () => {
    expect(initiationDate({ effectiveDate: '2026-01-15' })).toEqual({ date: '2026-04-15', rule: 'three-months-after-effective' });
    expect(initiationDate({ effectiveDate: '2026-11-30' })).toEqual({ date: '2027-02-28', rule: 'three-months-after-effective' });
    expect(initiationDate({ effectiveDate: '2027-11-30' })).toEqual({ date: '2028-02-29', rule: 'three-months-after-effective' });
  });

  it('an earlier availability notice or Production use wins', () => {
    expect(initiationDate({ effectiveDate: '2026-01-15', availabilityNotice: '2026-03-09' })).toEqual({ date: '2026-03-09', rule: 'availability-notice' });
    expect(initiationDate({ effectiveDate: '2026-01-15', productionUse: '2026-03-02', availabilityNotice: '2026-03-09' })).toEqual({
      date: '2026-03-02',
      rule: 'production-use',
    });
    expect(initiationDate({ effectiveDate: '2026-01-15', productionUse: '2026-05-02', availabilityNotice: '2026-06-09' })).toEqual({
      date: '2026-04-15',
      rule: 'three-months-after-effective',
    });
  });

  it('ties go to the rule the text lists first: (a), then (b), then (c)', () => {
    expect(initiationDate({ effectiveDate: '2026-01-15', productionUse: '2026-03-02', availabilityNotice: '2026-03-02' }).rule).toBe('availability-notice');
    expect(initiationDate({ effectiveDate: '2026-01-15', productionUse: '2026-04-15' }).rule).toBe('production-use');
    expect(initiationDate({ effectiveDate: '2026-01-15', availabilityNotice: '2026-04-15', productionUse: '2026-04-15' }).rule).toBe('availability-notice');
  });

  it.each([
    [() => initiationDate({} as never), 'INVALID_DATE dates.effectiveDate'],
    [() => initiationDate({ effectiveDate: '2026-02-30' }), 'INVALID_DATE dates.effectiveDate'],
    [() => initiationDate({ effectiveDate: '2026-01-15', productionUse: '2026-02-30' }), 'INVALID_DATE dates.productionUse'],
    [() => initiationDate({ effectiveDate: '2026-01-15', availabilityNotice: 'soon' }), 'INVALID_DATE dates.availabilityNotice'],
    [() => initiationDate(null as never), 'INVALID_ARGUMENT dates'],
  ])('bad input is an SlaError naming the field (%#)', (run, expected) => {
    expect(errorOf(run)).toBe(expected);
  });
});

describe('commencementDate: the first day of the calendar month following the Initiation Date', () => {
  it('is the 1st of the next month, also when the Initiation Date is a 1st', () => {
    expect(commencementDate('2026-04-17')).toBe('2026-05-01');
    expect(commencementDate('2026-05-01')).toBe('2026-06-01');
    expect(commencementDate('2026-12-31')).toBe('2027-01-01');
    expect(commencementDate('2024-02-29')).toBe('2024-03-01');
  });

  it.each([
    [() => commencementDate('2026-04-31'), 'INVALID_DATE initiation'],
    [() => commencementDate('9999-12-01'), 'INVALID_DATE initiation'],
  ])('bad input is an SlaError naming the field (%#)', (run, expected) => {
    expect(errorOf(run)).toBe(expected);
  });
});

// The worked schedule of docs/renewal.md.
const DOC_RENEWALS = [
  { cpi: { previous: 304.702, current: 313.689 } }, // CPI-U +2.95% → floor 5%
  { cpi: 0.0612 }, // → CPI 6.12%
  { cpi: -0.004 }, // a fall → floor 5%
  { cpi: 0.091 }, // → capped at 8%
];

describe('renewalSchedule: terms, compounding fees and notice deadlines', () => {
  it('the 5-year worked schedule of docs/renewal.md (half-up)', () => {
    const terms = renewalSchedule({ feeMinor: 1_200_010, start: '2026-03-15', renewals: DOC_RENEWALS, cap: 0.08 });
    expect(terms).toEqual([
      { term: 1, start: '2026-03-15', end: '2027-03-14', feeMinor: 1_200_010, rate: 0, rule: 'initial', noticeDeadline: '2027-01-13' },
      { term: 2, start: '2027-03-15', end: '2028-03-14', feeMinor: 1_260_011, rate: 0.05, rule: 'floor', noticeDeadline: '2028-01-14' },
      { term: 3, start: '2028-03-15', end: '2029-03-14', feeMinor: 1_337_124, rate: 0.0612, rule: 'cpi', noticeDeadline: '2029-01-13' },
      { term: 4, start: '2029-03-15', end: '2030-03-14', feeMinor: 1_403_980, rate: 0.05, rule: 'floor', noticeDeadline: '2030-01-13' },
      { term: 5, start: '2030-03-15', end: '2031-03-14', feeMinor: 1_516_298, rate: 0.08, rule: 'cap', noticeDeadline: '2031-01-13' },
    ]);
  });

  it('the same schedule with half-even rounding and bigint money', () => {
    const terms = renewalSchedule({ feeMinor: 1_200_010n, start: '2026-03-15', renewals: DOC_RENEWALS, cap: 0.08, rounding: 'half-even' });
    expect(terms.map((t) => t.feeMinor)).toEqual([1_200_010n, 1_260_010n, 1_337_123n, 1_403_979n, 1_516_297n]);
  });

  it('compounding applies each rate to the previous rounded fee (not to the unrounded one)', () => {
    // 10 → 10.5 → 11; then 11 × 1.05 = 11.55 → 12. Unrounded compounding would give 11.025 → 11.
    const terms = renewalSchedule({ feeMinor: 10, start: '2026-01-01', renewals: [{ cpi: 0 }, { cpi: 0 }] });
    expect(terms.map((t) => t.feeMinor)).toEqual([10, 11, 12]);
  });

  it('a renewal may carry its own floor and cap', () => {
    const terms = renewalSchedule({ feeMinor: 1000, start: '2026-01-01', renewals: [{ cpi: 0.02, floor: 0.03 }, { cpi: 0.2, cap: 0.1 }], floor: 0.04 });
    expect(terms.map((t) => [t.feeMinor, t.rate, t.rule])).toEqual([
      [1000, 0, 'initial'],
      [1030, 0.03, 'floor'],
      [1133, 0.1, 'cap'],
    ]);
  });

  it('monthly terms and custom notice', () => {
    const terms = renewalSchedule({ feeMinor: 0, start: '2026-01-31', termMonths: 1, noticeDays: 10, renewals: [{ cpi: 0 }, { cpi: 0 }] });
    expect(terms.map((t) => [t.start, t.end, t.noticeDeadline])).toEqual([
      ['2026-01-31', '2026-02-27', '2026-02-17'],
      ['2026-02-28', '2026-03-30', '2026-03-20'],
      ['2026-03-31', '2026-04-29', '2026-04-19'],
    ]);
  });

  it('no renewals is just the initial term', () => {
    expect(renewalSchedule({ feeMinor: 5n, start: '2026-01-01', renewals: [] })).toHaveLength(1);
  });

  it.each([
    [{ feeMinor: 100.5, start: '2026-01-01', renewals: [] }, 'INVALID_MONEY feeMinor'],
    [{ feeMinor: -100, start: '2026-01-01', renewals: [] }, 'INVALID_MONEY feeMinor'],
    [{ feeMinor: 100, start: '2026-02-30', renewals: [] }, 'INVALID_DATE start'],
    [{ feeMinor: 100, start: '2026-01-01', termMonths: 0, renewals: [] }, 'INVALID_ARGUMENT termMonths'],
    [{ feeMinor: 100, start: '2026-01-01', noticeDays: -60, renewals: [] }, 'INVALID_ARGUMENT noticeDays'],
    [{ feeMinor: 100, start: '2026-01-01', renewals: [], rounding: 'down' }, 'INVALID_ARGUMENT rounding'],
    [{ feeMinor: 100, start: '2026-01-01' }, 'INVALID_ARGUMENT renewals'],
    [{ feeMinor: 100, start: '2026-01-01', renewals: [{ cpi: 0.03 }, null] }, 'INVALID_ARGUMENT renewals[1]'],
    [{ feeMinor: 100, start: '2026-01-01', renewals: [{ cpi: 0.03 }, { cpi: Number.NaN }] }, 'INVALID_RATE renewals[1].cpi'],
    [{ feeMinor: 100, start: '2026-01-01', renewals: [{ cpi: { previous: 0, current: 1 } }] }, 'INVALID_RATE renewals[0].cpi.previous'],
    [{ feeMinor: 100, start: '2026-01-01', renewals: [{ cpi: 0.03, floor: 2 }] }, 'INVALID_RATE renewals[0].floor'],
    [{ feeMinor: 100, start: '2026-01-01', renewals: [{ cpi: 0.03, cap: 0.01 }] }, 'INVALID_RATE renewals[0].cap'],
    [{ feeMinor: 100, start: '2026-01-01', renewals: [{ cpi: 0.03 }], floor: 2 }, 'INVALID_RATE floor'],
    [{ feeMinor: 100, start: '2026-01-01', renewals: [{ cpi: 0.03 }], cap: 0.01 }, 'INVALID_RATE cap'],
    [{ feeMinor: 9_000_000_000_000_000, start: '2026-01-01', renewals: [{ cpi: 0.03 }] }, 'INVALID_MONEY renewals[0]'],
    [null, 'INVALID_ARGUMENT options'],
  ])('bad input is an SlaError naming the field: %j', (options, expected) => {
    expect(errorOf(() => renewalSchedule(options as never))).toBe(expected);
  });
});

// ---- properties ---------------------------------------------------------------------------

const FIRST = civilDateToDays('1990-01-01');
const LAST = civilDateToDays('2090-12-31');
const civilDate = fc.integer({ min: FIRST, max: LAST }).map(formatCivilDate);
const monthEndHeavy = fc.oneof(
  civilDate,
  fc.tuple(fc.integer({ min: 1990, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 28, max: 31 })).map(([y, m, d]) => {
    const first = `${y}-${String(m).padStart(2, '0')}-01`;
    const last = addDaysToCivilDate(addMonthsToCivilDate(first, 1), -1);
    return addDaysToCivilDate(first, Math.min(d, Number(last.slice(8))) - 1);
  }),
);
const months = fc.constantFrom(1, 2, 3, 6, 12, 24, 36);

describe('date properties', () => {
  it('consecutive supportTerms tile the calendar: no gap, no overlap, never empty', () => {
    fc.assert(
      fc.property(monthEndHeavy, months, fc.integer({ min: 1, max: 30 }), (anchor, m, k) => {
        const a = supportTerm(anchor, m, k);
        const b = supportTerm(anchor, m, k + 1);
        expect(addDaysToCivilDate(a.end, 1)).toBe(b.start);
        expect(civilDateToDays(a.end)).toBeGreaterThanOrEqual(civilDateToDays(a.start) + 27);
        expect(a.start).toBe(addMonthsToCivilDate(anchor, (k - 1) * m));
      }),
    );
  });

  it('chaining terms by end + 1 day also tiles (though it may drift from the anchor day)', () => {
    fc.assert(
      fc.property(monthEndHeavy, months, (anchor, m) => {
        let term = supportTerm(anchor, m);
        for (let i = 0; i < 5; i++) {
          const next = supportTerm(addDaysToCivilDate(term.end, 1), m);
          expect(civilDateToDays(next.start)).toBe(civilDateToDays(term.end) + 1);
          term = next;
        }
      }),
    );
  });

  it('renewalSchedule equals repeated renewFee and its terms tile', () => {
    const renewal = fc.record(
      { cpi: fc.oneof(fc.integer({ min: -500, max: 1500 }).map((n) => n / 10_000), fc.record({ previous: fc.integer({ min: 1, max: 1e6 }).map((n) => n / 1000), current: fc.integer({ min: 1, max: 1e6 }).map((n) => n / 1000) })) },
      { requiredKeys: ['cpi'] },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 1e12 }), fc.bigInt({ min: 0n, max: 10n ** 25n })),
        civilDate,
        months,
        fc.array(renewal, { maxLength: 8 }),
        fc.constantFrom<'half-up' | 'half-even'>('half-up', 'half-even'),
        (fee, start, termMonths, renewals, rounding) => {
          const terms = renewalSchedule({ feeMinor: fee, start, termMonths, renewals, rounding, cap: 0.12, allowLargeCpiChange: true });
          expect(terms).toHaveLength(renewals.length + 1);
          let expected: number | bigint = fee;
          renewals.forEach((r, i) => {
            const step = renewFee(expected, { cpi: r.cpi, rounding, cap: 0.12, allowLargeCpiChange: true });
            expected = step.feeMinor;
            const row = terms[i + 1];
            expect(row?.feeMinor).toBe(expected);
            expect(row?.rate).toBe(step.rate);
            expect(row?.rule).toBe(step.rule);
          });
          terms.forEach((t, i) => {
            expect(t.term).toBe(i + 1);
            expect(t.noticeDeadline).toBe(nonRenewalNoticeDeadline(t.end));
            expect(t).toMatchObject(supportTerm(start, termMonths, i + 1));
            if (i > 0) expect(t.start).toBe(addDaysToCivilDate(terms[i - 1]?.end as string, 1));
          });
        },
      ),
    );
  });

  it('the Initiation Date is one of the given dates, no later than any, and the Commencement Date follows it', () => {
    const maybe = fc.option(civilDate, { nil: undefined });
    fc.assert(
      fc.property(civilDate, maybe, maybe, (effectiveDate, availabilityNotice, productionUse) => {
        const dates = { effectiveDate, ...(availabilityNotice === undefined ? {} : { availabilityNotice }), ...(productionUse === undefined ? {} : { productionUse }) };
        const { date, rule } = initiationDate(dates);
        const c = addMonthsToCivilDate(effectiveDate, 3);
        const given = { 'availability-notice': availabilityNotice, 'production-use': productionUse, 'three-months-after-effective': c };
        expect(given[rule]).toBe(date);
        for (const d of [availabilityNotice, productionUse, c]) if (d !== undefined) expect(date <= d).toBe(true);
        const commencement = commencementDate(date);
        expect(commencement.endsWith('-01')).toBe(true);
        expect(commencement > date).toBe(true);
        expect(civilDateToDays(commencement) - civilDateToDays(date)).toBeLessThanOrEqual(31);
      }),
    );
  });
});
