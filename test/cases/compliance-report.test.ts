import { describe, expect, it } from 'vitest';
import { type CaseInput, complianceReport, type SupportPolicy } from '../../src/cases/index.js';
import { businessHours8to5, uniphoreSupport } from '../../src/presets/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const calendar = businessHours8to5('America/New_York', [{ month: 11, weekday: 'thu', nth: 4 }]);
const now = '2026-11-23T12:00:00-05:00';
const met: CaseInput = { severity: 1, openedAt: '2026-11-23T09:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T09:40:00-05:00' }] };
const late: CaseInput = { severity: 1, openedAt: '2026-11-23T10:00:00-05:00', events: [{ type: 'responded', at: '2026-11-23T11:30:00-05:00' }] };
const waiting: CaseInput = { severity: 3, openedAt: '2026-11-23T10:00:00-05:00' };
const overdue: CaseInput = { severity: 2, openedAt: '2026-11-23T08:00:00-05:00' };
const cancelled: CaseInput = { severity: 4, openedAt: '2026-11-23T08:00:00-05:00', events: [{ type: 'closed', at: '2026-11-23T08:30:00-05:00' }] };


describe('complianceReport', () => {
  it('counts met, breached, pending and cancelled; pending and cancelled stay out of the rate', () => {
    const report = complianceReport(uniphoreSupport, calendar, [met, late, waiting, overdue, cancelled], { now });
    expect(report).toMatchObject({ total: 5, met: 1, breached: 2, pending: 1, cancelled: 1, rate: 1 / 3, target: null, meetsTarget: null });
    expect(report.bySeverity[1]).toEqual({ total: 2, met: 1, breached: 1, pending: 0, cancelled: 0, rate: 0.5, target: 0.9, meetsTarget: false });
    expect(report.bySeverity[2]).toMatchObject({ total: 1, breached: 1, rate: 0, target: null, meetsTarget: null });
    expect(report.bySeverity[3]).toMatchObject({ total: 1, pending: 1, rate: null, meetsTarget: null });
    expect(report.bySeverity[4]).toMatchObject({ total: 1, cancelled: 1, rate: null });
  });

  it('the rate is null, never NaN, when no case is met or breached', () => {
    const report = complianceReport(uniphoreSupport, calendar, [], { now });
    expect(report).toMatchObject({ total: 0, rate: null, meetsTarget: null, target: null });
    expect(report.bySeverity[1]).toMatchObject({ rate: null, meetsTarget: null, target: 0.9 });
    expect(complianceReport(uniphoreSupport, calendar, [waiting], { now }).rate).toBeNull();
  });

  it('meets the target when the rate reaches it; options.target overrides the policy and the levels', () => {
    expect(complianceReport(uniphoreSupport, calendar, [met], { now }).bySeverity[1]!.meetsTarget).toBe(true);
    const report = complianceReport(uniphoreSupport, calendar, [met, late], { now, target: 0.5 });
    expect(report.meetsTarget).toBe(true);
    expect(report.bySeverity[2]!.target).toBe(0.5);
    expect(report.bySeverity[1]!.target).toBe(0.5);
  });

  it('a level may set its own target; the policy\'s target judges every level and the whole; without any target, target and meetsTarget are null', () => {
    const levels = { ...uniphoreSupport.levels, 1: { ...uniphoreSupport.levels[1]!, complianceTarget: 0.5 } };
    const report = complianceReport({ ...uniphoreSupport, complianceTarget: 0.9, levels }, calendar, [met, late, overdue], { now });
    expect(report.bySeverity[1]).toMatchObject({ target: 0.5, meetsTarget: true });
    expect(report.bySeverity[2]).toMatchObject({ target: 0.9, meetsTarget: false });
    expect(report).toMatchObject({ target: 0.9, meetsTarget: false });
    const { complianceTarget: _, ...untargeted } = uniphoreSupport.levels[1]!;
    const none = { ...uniphoreSupport, levels: { ...uniphoreSupport.levels, 1: untargeted } } as SupportPolicy;
    expect(complianceReport(none, calendar, [met], { now })).toMatchObject({ rate: 1, target: null, meetsTarget: null });
    expect(complianceReport(none, calendar, [met], { now }).bySeverity[1]).toMatchObject({ rate: 1, target: null, meetsTarget: null });
  });

  it("Uniphore's 90% target sits in the Sev 1 row: a report of Sev 3 cases alone is not judged against it", () => {
    const sev3Met: CaseInput = { ...waiting, events: [{ type: 'responded', at: '2026-11-23T11:00:00-05:00' }] };
    const report = complianceReport(uniphoreSupport, calendar, [sev3Met], { now });
    expect(report).toMatchObject({ met: 1, rate: 1, target: null, meetsTarget: null });
    expect(report.bySeverity[3]).toMatchObject({ met: 1, rate: 1, target: null, meetsTarget: null });
    expect(report.bySeverity[1]).toMatchObject({ total: 0, target: 0.9, meetsTarget: null });
  });

  it('reads any iterable once, e.g. a generator', () => {
    let read = 0;
    function* stream(): Generator<CaseInput> {
      for (const input of [met, late, waiting]) {
        read++;
        yield input;
      }
    }
    expect(complianceReport(uniphoreSupport, calendar, stream(), { now }).total).toBe(3);
    expect(read).toBe(3);
    expect(complianceReport(uniphoreSupport, calendar, new Set([met]), { now }).met).toBe(1);
  });

  it('groups a case under the level whose target applied (after a severity change)', () => {
    const upgraded: CaseInput = { ...waiting, events: [{ type: 'severity-changed', at: '2026-11-23T10:30:00-05:00', severity: 1 }] };
    const report = complianceReport(uniphoreSupport, calendar, [upgraded], { now });
    expect(report.bySeverity[1]!.breached).toBe(1);
    expect(report.bySeverity[3]!.total).toBe(0);
  });

  it("an error names the case's index", () => {
    expectSlaError(
      () => complianceReport(uniphoreSupport, calendar, [met, { ...met, events: [{ type: 'updated', at: '2026-11-22T09:00:00-05:00' }] }], { now }),
      'INVALID_CASE',
      'cases[1].events[0].at',
      'is before openedAt',
    );
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [met, null as never], { now }), 'INVALID_CASE', 'cases[1]', 'is not a case object');
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [{ severity: 1, openedAt: '2026-11-24T09:00:00-05:00' }], { now }), 'INVALID_ARGUMENT', 'cases[0].openedAt', 'is after now');
  });

  it('bad arguments', () => {
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, 42 as never, { now }), 'INVALID_ARGUMENT', 'cases');
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [], { now, target: 90 }), 'INVALID_ARGUMENT', 'options.target');
    // `month` is an option since issue 23; a month that is not one is refused.
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [], { now, month: '2026-13' }), 'INVALID_DATE', 'options.month');
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [], { now, month: 202611 } as never), 'INVALID_DATE', 'options.month');
    expectSlaError(() => complianceReport(uniphoreSupport, calendar, [], null as never), 'INVALID_ARGUMENT', 'options');
    expectSlaError(() => complianceReport({} as never, calendar, [], { now }), 'INVALID_POLICY', 'levels');
  });

  it('passes on errors that are not SlaErrors unchanged', () => {
    const boom = new Error('boom');
    function* failing(): Generator<CaseInput> {
      yield met;
      throw boom;
    }
    expect(() => complianceReport(uniphoreSupport, calendar, failing(), { now })).toThrow(boom);
    const getter = { severity: 1, get openedAt(): number { throw boom; } } as unknown as CaseInput;
    expect(() => complianceReport(uniphoreSupport, calendar, [getter], { now })).toThrow(boom);
  });
});
