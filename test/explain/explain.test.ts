import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import type { SupportPolicy } from '../../src/cases/index.js';
import { explainBusinessTime, explainCase, explainRenewalFee, formatExplanation } from '../../src/explain/index.js';
import { businessHours8to5, uniphoreSupport } from '../../src/presets/index.js';
import { renewFee } from '../../src/renewal/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const THANKSGIVING = { month: 11, weekday: 'thu', nth: 4 } as const;
const newYork = businessHours8to5('America/New_York', [THANKSGIVING]);
const SEV3 = { severity: 3, openedAt: '2026-11-20T16:30:00-05:00' } as const;
const clause = { doc: 'Uniphore Support Policy', section: 'Response Times', quote: 'Sev 3: 24 Business hour' };

describe('explainCase', () => {
  it("the README's Sev 3 case: 0.5 + 9 + 9 + 5.5 business hours, as data and as text", () => {
    const e = explainCase(uniphoreSupport, newYork, SEV3, { now: '2026-11-23T12:00:00-05:00' });
    expect(e.kind).toBe('case');
    expect(e.severity).toBe(3);
    expect(e.resolution).toBeNull();
    expect(e.response.stretches.map((s) => s.minutes / 60)).toEqual([0.5, 9, 9, 5.5]);
    expect(e.response.stretches.map((s) => [s.date, s.weekday, s.from, s.to])).toEqual([
      ['2026-11-20', 'fri', '16:30', '17:00'],
      ['2026-11-23', 'mon', '08:00', '17:00'],
      ['2026-11-24', 'tue', '08:00', '17:00'],
      ['2026-11-25', 'wed', '08:00', '13:30'],
    ]);
    expect(e.response.skippedDays).toEqual([
      { date: '2026-11-21', weekday: 'sat', reason: 'closed' },
      { date: '2026-11-22', weekday: 'sun', reason: 'closed' },
    ]);
    expect(e.response.targetMs).toBe(24 * 3_600_000);
    expect(formatExplanation(e)).toBe(
      [
        'Case, severity 3',
        'Response due Wed 25 Nov 2026 13:30 (America/New_York): 24 business hours = 0.5 + 9 + 9 + 5.5 business hours from Fri 20 Nov 2026 16:30',
        'Fri 20 Nov 16:30–17:00 (0.5 h) · Mon 23 Nov 08:00–17:00 (9 h) · Tue 24 Nov 08:00–17:00 (9 h) · Wed 25 Nov 08:00–13:30 (5.5 h)',
        'Skipped: Sat 21 Nov (closed) · Sun 22 Nov (closed)',
      ].join('\n'),
    );
  });

  it('pauses honoured: the paused business time is left out and listed', () => {
    const input = { ...SEV3, id: 'C-7', events: [{ type: 'paused', at: '2026-11-23T10:00:00-05:00' }, { type: 'resumed', at: '2026-11-23T12:00:00-05:00' }] } as const;
    const e = explainCase(uniphoreSupport, newYork, input, { now: '2026-11-27T12:00:00-05:00' });
    expect(e.id).toBe('C-7');
    expect(e.response.due).toBe('2026-11-25T15:30:00.000-05:00');
    expect(e.response.pauses).toEqual([{ start: '2026-11-23T10:00:00.000-05:00', end: '2026-11-23T12:00:00.000-05:00', ms: 7_200_000, minutes: 120 }]);
    expect(formatExplanation(e)).toContain('Paused Mon 23 Nov 2026 10:00 – Mon 23 Nov 2026 12:00: 2 business hours not counted');
  });

  it('holidays skipped: Thanksgiving is named as a holiday; a resolution target in business days is explained too', () => {
    const policy: SupportPolicy = { ...uniphoreSupport, levels: { ...uniphoreSupport.levels, 4: { label: 'P4', response: { businessDays: 2 }, resolution: { after: { hours: 30 }, clock: '24x7' } } } };
    const e = explainCase(policy, newYork, { severity: 4, openedAt: '2026-11-25T12:00:00-05:00' }, { now: '2026-11-25T12:00:00-05:00', sources: { response: clause } });
    expect(e.response.businessDays).toBe(2);
    expect(e.response.skippedDays.map((d) => [d.date, d.reason])).toEqual([['2026-11-26', 'holiday'], ['2026-11-28', 'closed'], ['2026-11-29', 'closed']]);
    expect(e.response.due).toBe('2026-11-30T12:00:00.000-05:00');
    expect(e.response.source).toEqual(clause);
    expect(e.resolution?.clock).toBe('24x7');
    expect(e.resolution?.stretches.map((s) => s.to)).toEqual(['24:00', '18:00']);
    expect(e.resolution?.skippedDays).toEqual([]);
    const text = formatExplanation(e);
    expect(text).toContain('Response due Mon 30 Nov 2026 12:00 (America/New_York): 2 business days = 5 + 9 + 4 business hours');
    expect(text).toContain('Skipped: Thu 26 Nov (holiday) · Sat 28 Nov (closed) · Sun 29 Nov (closed)');
    expect(text).toContain('Clause: Uniphore Support Policy, Response Times: “Sev 3: 24 Business hour”');
    expect(text).toContain('Resolution due Thu 26 Nov 2026 18:00 (America/New_York): 30 hours = 12 + 18 hours');
    expect(text).toContain('Wed 25 Nov 12:00–24:00 (12 h) · Thu 26 Nov 00:00–18:00 (18 h)');
  });

  it('the next update: the cadence period since the first contact, in business days past a holiday', () => {
    const input = { ...SEV3, events: [{ type: 'responded', at: '2026-11-24T10:00:00-05:00' }] } as const;
    const e = explainCase(uniphoreSupport, newYork, input, { now: '2026-11-24T12:00:00-05:00' });
    expect(e.update?.label).toBe('next update');
    expect(e.update?.businessDays).toBe(3);
    expect(formatExplanation(e).split('\n').slice(4)).toEqual([
      'Next update due Mon 30 Nov 2026 10:00 (America/New_York): 3 business days = 7 + 9 + 9 + 2 business hours from Tue 24 Nov 2026 10:00',
      'Tue 24 Nov 10:00–17:00 (7 h) · Wed 25 Nov 08:00–17:00 (9 h) · Fri 27 Nov 08:00–17:00 (9 h) · Mon 30 Nov 08:00–10:00 (2 h)',
      'Skipped: Thu 26 Nov (holiday) · Sat 28 Nov (closed) · Sun 29 Nov (closed)',
    ]);
    expect(explainCase(uniphoreSupport, newYork, SEV3, { now: '2026-11-24T12:00:00-05:00' }).update).toBeNull();
  });

  it('the next update after missed ones: the period starts at the last due time passed', () => {
    const policy: SupportPolicy = { ...uniphoreSupport, levels: { ...uniphoreSupport.levels, 3: { label: 'P3', response: { businessDays: 1 }, updates: { after: { hours: 4 }, clock: 'business' } } } };
    const input = { ...SEV3, events: [{ type: 'responded', at: '2026-11-23T09:00:00-05:00' }, { type: 'paused', at: '2026-11-23T14:00:00-05:00' }, { type: 'resumed', at: '2026-11-23T15:00:00-05:00' }] } as const;
    const e = explainCase(policy, newYork, input, { now: '2026-11-24T09:30:00-05:00', sources: { updates: { doc: 'Policy', section: '5' } } });
    expect([e.update?.start, e.update?.due, e.update?.targetMs, e.update?.source]).toEqual(['2026-11-24T09:00:00.000-05:00', '2026-11-24T13:00:00.000-05:00', 4 * 3_600_000, { doc: 'Policy', section: '5' }]);
    // Paused at now (one update already missed): the pause so far is left out of the current period.
    const early = explainCase(policy, newYork, input, { now: '2026-11-23T14:30:00-05:00' });
    expect(early.update?.pauses).toEqual([{ start: '2026-11-23T14:00:00.000-05:00', end: '2026-11-23T14:30:00.000-05:00', ms: 1_800_000, minutes: 30 }]);
  });

  it('rejects what evaluateCase rejects, and a bad clause source', () => {
    expectSlaError(() => explainCase(uniphoreSupport, newYork, SEV3, {} as never), 'INVALID_ARGUMENT', 'options.now');
    expectSlaError(() => explainCase(uniphoreSupport, newYork, SEV3, { now: '2026-11-19T00:00:00Z' }), 'INVALID_ARGUMENT', 'options.now');
    expectSlaError(() => explainCase(uniphoreSupport, newYork, { severity: 5 } as never, { now: 0 }), 'INVALID_CASE');
    expectSlaError(() => explainCase(uniphoreSupport, newYork, SEV3, { now: '2026-11-23T00:00:00Z', sources: { escalation: clause } as never }), 'INVALID_ARGUMENT', 'options.sources.escalation');
    expectSlaError(() => explainCase(uniphoreSupport, newYork, SEV3, { now: '2026-11-23T00:00:00Z', sources: { response: { doc: '', section: 'x' } } }), 'INVALID_ARGUMENT', 'options.sources.response.doc');
    expectSlaError(() => explainCase(uniphoreSupport, newYork, SEV3, { now: '2026-11-23T00:00:00Z', sources: { response: { doc: 'd', section: 's', quote: 3 } as never } }), 'INVALID_ARGUMENT', 'options.sources.response.quote');
  });
});

describe('explainBusinessTime', () => {
  it('DST changes crossed: New York falls back on Sunday 1 November 2026', () => {
    const e = explainBusinessTime(newYork, '2026-10-30T16:00:00-04:00', { hours: 10 }, { source: { doc: 'MSA', section: '4' } });
    expect(e.dstChanges).toEqual([{ at: '2026-11-01T06:00:00.000Z', wall: '2026-11-01T02:00', from: '-04:00', to: '-05:00' }]);
    expect(e.stretches.map((s) => s.utcOffset)).toEqual(['-04:00', '-05:00']);
    expect(e.source).toEqual({ doc: 'MSA', section: '4' });
    expect(formatExplanation(e)).toContain('Clocks change Sun 1 Nov 2026 02:00: -04:00 → -05:00');
    expect(formatExplanation(e)).toContain('Clause: MSA, 4');
  });

  it('days closed by an override are named as such; seconds and milliseconds are kept', () => {
    const calendar = createCalendar({ timeZone: 'UTC', hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] }, overrides: { '2026-11-24': [] } });
    const e = explainBusinessTime(calendar, '2026-11-23T16:59:58.500Z', 3_000);
    expect(e.skippedDays.map((d) => [d.date, d.reason])).toEqual([
      ['2026-11-24', 'override'],
      ['2026-11-25', 'closed'],
      ['2026-11-26', 'closed'],
      ['2026-11-27', 'closed'],
      ['2026-11-28', 'closed'],
      ['2026-11-29', 'closed'],
    ]);
    expect(e.stretches.map((s) => [s.from, s.to])).toEqual([['16:59:58.500', '17:00'], ['09:00', '09:00:01.500']]);
    expect(formatExplanation(e).split('\n')[0]).toBe('Due Mon 30 Nov 2026 09:00:01 (UTC): 0 business hours = 0 + 0 business hours from Mon 23 Nov 2026 16:59:58');
  });

  it('a zero duration has no stretches', () => {
    const e = explainBusinessTime(newYork, '2026-11-21T10:00:00-05:00', 0);
    expect(e.stretches).toEqual([]);
    expect(e.skippedDays).toEqual([]);
    expect(formatExplanation(e)).toBe('Due Sat 21 Nov 2026 10:00 (America/New_York): 0 business hours = 0 business hours from Sat 21 Nov 2026 10:00');
  });

  it('rejects a negative duration, a bad start, bad options', () => {
    expectSlaError(() => explainBusinessTime(newYork, 0, -1), 'INVALID_DURATION');
    expectSlaError(() => explainBusinessTime(newYork, 'soon', 1), 'INVALID_DATE', 'start');
    expectSlaError(() => explainBusinessTime(newYork, 0, 1, { quote: 'x' } as never), 'INVALID_ARGUMENT', 'options.quote');
    expectSlaError(() => explainBusinessTime(newYork, 0, 1, { source: 'MSA' as never }), 'INVALID_ARGUMENT', 'options.source');
    expectSlaError(() => explainBusinessTime({} as never, 0, 1), 'INVALID_ARGUMENT');
  });
});

describe('explainRenewalFee', () => {
  it('the floor wins over a CPI-U rise of 2.95% from two index values; the result is renewFee’s', () => {
    const cpi = { previous: 304.702, current: 313.689 };
    const e = explainRenewalFee(1_200_000, { cpi, period: 'annual averages 2023 → 2024', source: { doc: 'NOP', section: '2.2' } });
    expect(e).toEqual({
      kind: 'renewal-fee',
      feeMinor: '1200000',
      cpi: { change: 0.029494391241278364, previous: 304.702, current: 313.689, period: 'annual averages 2023 → 2024' },
      candidates: [{ rule: 'floor', rate: 0.05 }, { rule: 'cpi', rate: 0.029494391241278364 }],
      rule: 'floor',
      rate: 0.05,
      exactRate: '1/20',
      unroundedMinor: '1260000',
      rounding: 'half-up',
      renewedMinor: String(renewFee(1_200_000, { cpi }).feeMinor),
      source: { doc: 'NOP', section: '2.2' },
    });
    expect(formatExplanation(e)).toBe(
      [
        'Renewed fee 1260000 (minor units) = 1200000 × (1 + 5%) = 1260000, rounded half-up',
        'CPI-U change (annual averages 2023 → 2024): 304.702 → 313.689 = 2.9494%',
        'Candidates: floor 5%, cpi 2.9494%; the floor rule wins: 5% (exactly 1/20)',
        'Clause: NOP, 2.2',
      ].join('\n'),
    );
  });

  it('the cap wins; rounding half-even; bigint money; a rate whose product does not end', () => {
    const capped = explainRenewalFee(1_234_567n, { cpi: 0.09, cap: 0.07, floor: 0.04, rounding: 'half-even' });
    expect(capped.candidates).toEqual([{ rule: 'floor', rate: 0.04 }, { rule: 'cpi', rate: 0.09 }, { rule: 'cap', rate: 0.07 }]);
    expect([capped.rule, capped.unroundedMinor, capped.renewedMinor, capped.rounding]).toEqual(['cap', '1320986.69', String(renewFee(1_234_567n, { cpi: 0.09, cap: 0.07, floor: 0.04 }).feeMinor), 'half-even']);
    expect(explainRenewalFee(10, { cpi: 0, rounding: 'half-even' }).renewedMinor).toBe('10');
    const thirds = explainRenewalFee(1_000_001, { cpi: { previous: 3, current: 3.2 } });
    expect([thirds.rule, thirds.exactRate, thirds.unroundedMinor, thirds.renewedMinor]).toEqual(['cpi', '1/15', '16000016/15', '1066668']);
    expect(formatExplanation(thirds).split('\n')[0]).toBe('Renewed fee 1066668 (minor units) = 1000001 × (1 + 6.6667%) = 16000016/15 ≈ 1066667.73, rounded half-up');
  });

  it('rejects what renewFee rejects, and a bad period', () => {
    expectSlaError(() => explainRenewalFee(10.5, { cpi: 0 }), 'INVALID_MONEY', 'feeMinor');
    expectSlaError(() => explainRenewalFee(10, { cpi: -2 }), 'INVALID_RATE', 'cpi');
    expectSlaError(() => explainRenewalFee(10, { cpi: 0, period: '' }), 'INVALID_ARGUMENT', 'period');
    expectSlaError(() => explainRenewalFee(10, { cpi: 0, rounding: 'up' as never }), 'INVALID_ARGUMENT', 'rounding');
    expectSlaError(() => explainRenewalFee(10, { cpi: 0, feeMinor: 3 } as never), 'INVALID_ARGUMENT', 'options.feeMinor');
  });
});
