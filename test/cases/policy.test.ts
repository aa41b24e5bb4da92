import { describe, expect, it } from 'vitest';
import { calendarToJSON } from '../../src/calendar/index.js';
import { classifySeverity, MAX_SEVERITY_LEVELS, type SupportPolicy, validateSupportPolicy } from '../../src/cases/index.js';
import {
  businessHours8to5,
  niceCloudSupport,
  niceOnPremiseSupport,
  uniphoreSeverityRules,
  uniphoreSupport,
  uniphoreSupportWith,
} from '../../src/presets/index.js';
import { expectSlaError } from '../expect-sla-error.js';


const level = { label: 'L', response: { after: { hours: 1 }, clock: '24x7' } } as const;
const valid: SupportPolicy = { levels: { 1: level, 2: level, 3: level, 4: level } };
const withLevel = (patch: object): unknown => ({ levels: { ...valid.levels, 2: { ...level, ...patch } } });

describe('validateSupportPolicy checks a policy fully', () => {
  it('accepts the presets, also after a JSON round trip', () => {
    for (const policy of [uniphoreSupport, JSON.parse(JSON.stringify(uniphoreSupport)), valid]) expect(validateSupportPolicy(policy)).toBe(policy);
  });

  it.each([
    [null, 'policy'],
    [[], 'policy'],
    [{}, 'levels'],
    [{ levels: { 1: level, 2: level, 4: level } }, 'levels.3'],
    [{ levels: { 2: level } }, 'levels.1'],
    [{ levels: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i + 1, level])) }, 'levels.11'],
    [{ levels: { 0: level, 1: level } }, 'levels.0'],
    [{ ...valid, extra: 1 }, 'extra'],
    [{ ...valid, name: 7 }, 'name'],
    [withLevel({ label: '' }), 'levels.2.label'],
    [withLevel({ response: undefined }), 'levels.2.response'],
    [{ levels: { ...valid.levels, 3: { label: 'L' } } }, 'levels.3.response'],
    [{ ...valid, warnAt: new (class WarnAt {})() }, 'warnAt'],
    [withLevel({ sla: 1 }), 'levels.2.sla'],
    [withLevel({ response: { after: 0, clock: '24x7' } }), 'levels.2.response.after'],
    [withLevel({ response: { after: '-PT1H', clock: '24x7' } }), 'levels.2.response.after'],
    [withLevel({ response: { after: { hours: -1 }, clock: '24x7' } }), 'levels.2.response.after'],
    [withLevel({ response: { after: 'P1Y', clock: '24x7' } }), 'levels.2.response.after'],
    [withLevel({ response: { after: { hour: 1 }, clock: '24x7' } }), 'levels.2.response.after.hour'],
    [withLevel({ response: { after: 'PT1H', clock: 'wall' } }), 'levels.2.response.clock'],
    [withLevel({ response: { clock: '24x7' } }), 'levels.2.response'],
    [withLevel({ response: { after: 'PT1H', clock: '24x7', by: 'vendor' } }), 'levels.2.response.by'],
    [withLevel({ response: { businessDays: 0 } }), 'levels.2.response.businessDays'],
    [withLevel({ response: { businessDays: 1.5 } }), 'levels.2.response.businessDays'],
    [withLevel({ response: { businessDays: 2611 } }), 'levels.2.response.businessDays'],
    [withLevel({ response: { after: { days: 3654 }, clock: '24x7' } }), 'levels.2.response.after'],
    [withLevel({ response: { businessDays: 2, clock: 'business' } }), 'levels.2.response.clock'],
    [withLevel({ escalation: { after: 'PT1H', clock: '24x7', by: 'manager' } }), 'levels.2.escalation.by'],
    [withLevel({ updates: 'daily' }), 'levels.2.updates'],
    [withLevel({ resolution: { businessDays: -2 } }), 'levels.2.resolution.businessDays'],
    [withLevel({ complianceTarget: 90 }), 'levels.2.complianceTarget'],
    [{ ...valid, complianceTarget: 1.5 }, 'complianceTarget'],
    [{ ...valid, warnAt: { percent: [0] } }, 'warnAt.percent[0]'],
    [{ ...valid, warnAt: { percent: [100] } }, 'warnAt.percent[0]'],
    [{ ...valid, warnAt: { percent: ['50'] } }, 'warnAt.percent[0]'],
    [{ ...valid, warnAt: { percent: 50 } }, 'warnAt.percent'],
    [{ ...valid, warnAt: { before: [0] } }, 'warnAt.before[0]'],
    [{ ...valid, warnAt: { after: [] } }, 'warnAt.after'],
    [{ ...valid, eventOrder: 'time' }, 'eventOrder'],
    [{ ...valid, eventOrder: ['responded'] }, 'eventOrder'],
    [{ ...valid, eventOrder: ['responded', 'responded'] }, 'eventOrder[1]'],
    [{ ...valid, eventOrder: ['escalated'] }, 'eventOrder[0]'],
    [{ ...valid, severityChange: 'reset' }, 'severityChange'],
    [{ ...valid, autoClose: { businessDays: 0 } }, 'autoClose.businessDays'],
  ])('%j is INVALID_POLICY at %s', (policy, path) => {
    expectSlaError(() => validateSupportPolicy(policy), 'INVALID_POLICY', path);
  });

  it('accepts objects without a prototype (e.g. from a JSON reviver)', () => {
    const bare = Object.assign(Object.create(null) as object, valid);
    expect(validateSupportPolicy(bare)).toBe(bare);
  });

  it('a policy defines any number of levels from 1 to N (N ≤ 10), not only four', () => {
    for (const count of [1, 3, 5, MAX_SEVERITY_LEVELS]) {
      const policy = { levels: Object.fromEntries(Array.from({ length: count }, (_, i) => [i + 1, level])) };
      expect(validateSupportPolicy(policy)).toBe(policy);
    }
  });

  it('names what is wrong', () => {
    expectSlaError(() => validateSupportPolicy({ levels: { 1: level, 2: level, 4: level } }), 'INVALID_POLICY', 'levels.3', 'levels run from 1 to 3 with no gap');
    expectSlaError(() => validateSupportPolicy({ levels: {} }), 'INVALID_POLICY', 'levels', 'defines no severity level');
    expectSlaError(() => validateSupportPolicy(withLevel({ response: { after: 0, clock: '24x7' } })), 'INVALID_POLICY', 'levels.2.response.after', 'positive duration');
    expectSlaError(() => validateSupportPolicy(withLevel({ response: { after: 'P1Y', clock: '24x7' } })), 'INVALID_POLICY', 'levels.2.response.after', 'years or months');
    expectSlaError(() => validateSupportPolicy({ ...valid, eventOrder: ['responded'] }), 'INVALID_POLICY', 'eventOrder', 'does not place updated');
  });
});

describe('uniphoreSupport encodes Uniphore Support SLAs, "Service Levels"', () => {
  it('response targets: 1 h and 2 h on 24x7 (a choice), 24 business hours, 3 business days', () => {
    expect(uniphoreSupport.levels[1]!.response).toEqual({ after: { hours: 1 }, clock: '24x7' });
    expect(uniphoreSupport.levels[2]!.response).toEqual({ after: { hours: 2 }, clock: '24x7' });
    expect(uniphoreSupport.levels[3]!.response).toEqual({ after: { hours: 24 }, clock: 'business' });
    expect(uniphoreSupport.levels[4]!.response).toEqual({ businessDays: 3 });
  });

  it('updates every 2 business hours, daily, every 3 business days, none for Sev 4', () => {
    expect(uniphoreSupport.levels[1]!.updates).toEqual({ after: { hours: 2 }, clock: 'business' });
    expect(uniphoreSupport.levels[2]!.updates).toEqual({ businessDays: 1 });
    expect(uniphoreSupport.levels[3]!.updates).toEqual({ businessDays: 3 });
    expect(uniphoreSupport.levels[4]!.updates).toBeUndefined();
  });

  it('escalation: the vendor after 1 h at Sev 1; the customer may request it after 4 h at Sev 2', () => {
    expect(uniphoreSupport.levels[1]!.escalation).toEqual({ after: { hours: 1 }, clock: '24x7', by: 'vendor' });
    expect(uniphoreSupport.levels[2]!.escalation).toEqual({ after: { hours: 4 }, clock: '24x7', by: 'customer' });
    expect(uniphoreSupport.levels[3]!.escalation).toBeUndefined();
  });

  it('compliance target 0.9 on Sev 1 alone (it sits in the Sev 1 row); nothing the text does not state', () => {
    expect(uniphoreSupport.levels[1]!.complianceTarget).toBe(0.9);
    for (const level of [2, 3, 4]) expect(uniphoreSupport.levels[level]!.complianceTarget).toBeUndefined();
    expect(uniphoreSupport.complianceTarget).toBeUndefined();
    expect(Object.keys(uniphoreSupport).sort()).toEqual(['levels', 'name']);
    expect(uniphoreSupport.levels[1]!.resolution).toBeUndefined();
  });

  it('its severity rules are the array classifySeverity uses', () => {
    expect(classifySeverity({ storageBacklogPercent: 90 }, uniphoreSeverityRules)).toEqual(classifySeverity({ storageBacklogPercent: 90 }));
    expect(new Set(uniphoreSeverityRules.map((r) => r.severity))).toEqual(new Set([1, 2, 3, 4]));
  });
});

describe('uniphoreSupportWith: the readings the text leaves open', () => {
  it('defaults to uniphoreSupport', () => {
    expect(uniphoreSupportWith({})).toEqual(uniphoreSupport);
  });

  it('business-hours urgent clock, 24-hour daily updates, business days as 9 business hours', () => {
    const policy = uniphoreSupportWith({ urgentClock: 'business', dailyUpdates: { after: { hours: 24 }, clock: '24x7' }, businessDayLength: { hours: 9 } });
    expect(policy.levels[1]!.response).toEqual({ after: { hours: 1 }, clock: 'business' });
    expect(policy.levels[2]!.escalation).toEqual({ after: { hours: 4 }, clock: 'business', by: 'customer' });
    expect(policy.levels[2]!.updates).toEqual({ after: { hours: 24 }, clock: '24x7' });
    expect(policy.levels[3]!.updates).toEqual({ after: 27 * 3_600_000, clock: 'business' });
    expect(policy.levels[4]!.response).toEqual({ after: 27 * 3_600_000, clock: 'business' });
  });

  it('rejects unknown and bad choices', () => {
    // Issue 15: an unknown option is INVALID_ARGUMENT in every module.
    expectSlaError(() => uniphoreSupportWith({ clock: 'business' } as never), 'INVALID_ARGUMENT', 'options.clock');
    expectSlaError(() => uniphoreSupportWith({ urgentClock: 'wall' } as never), 'INVALID_POLICY', 'options.urgentClock');
    expectSlaError(() => uniphoreSupportWith({ businessDayLength: 0 }), 'INVALID_POLICY', 'options.businessDayLength');
    expectSlaError(() => uniphoreSupportWith({ dailyUpdates: { businessDays: 0 } }), 'INVALID_POLICY', 'levels.2.updates.businessDays');
    expectSlaError(() => uniphoreSupportWith(null as never), 'INVALID_ARGUMENT', 'options');
  });
});

describe('NiCE presets take the unpublished targets as parameters', () => {
  const response = { 1: { minutes: 30 }, 2: { hours: 2 }, 3: { hours: 8 }, 4: { businessDays: 2 } } as const;

  it('niceCloudSupport: S1 on 24x7x365, every other level on business hours (NCS §6.1)', () => {
    const policy = niceCloudSupport({ response, complianceTarget: 0.95, updates: { 1: { after: { hours: 1 }, clock: '24x7' } }, labels: { 4: 'S4 (low)' } });
    expect(policy.levels[1]).toEqual({ label: 'S1', response: { after: { minutes: 30 }, clock: '24x7' }, updates: { after: { hours: 1 }, clock: '24x7' } });
    expect(policy.levels[2]!.response).toEqual({ after: { hours: 2 }, clock: 'business' });
    expect(policy.levels[4]).toEqual({ label: 'S4 (low)', response: { businessDays: 2 } });
    expect(policy.complianceTarget).toBe(0.95);
    expect(policy.autoClose).toBeUndefined();
    expect(niceCloudSupport({ response }).complianceTarget).toBeUndefined();
  });

  it('niceCloudSupport: S1 cannot be in business days; every level needs a target', () => {
    expectSlaError(() => niceCloudSupport({ response: { ...response, 1: { businessDays: 1 } as never } }), 'INVALID_POLICY', 'levels.1.response.after.businessDays', 'is not a duration unit');
    expectSlaError(() => niceCloudSupport({ response: { 1: 'PT1H', 2: 'PT2H', 3: 'PT8H' } as never }), 'INVALID_POLICY', 'targets.response.4');
    expectSlaError(() => niceCloudSupport({ response: { ...response, 3: 0 } }), 'INVALID_POLICY', 'levels.3.response.after');
    expectSlaError(() => niceCloudSupport({ response, autoClose: { businessDays: 2 } } as never), 'INVALID_POLICY', 'targets.autoClose');
    expectSlaError(() => niceCloudSupport({ response: null } as never), 'INVALID_POLICY', 'targets.response');
    expectSlaError(() => niceCloudSupport(null as never), 'INVALID_POLICY', 'targets');
  });

  it('niceOnPremiseSupport: auto-close 2 business days after the resolution notice (NOP §8.2), targets with their clock', () => {
    const targets = { response: { 1: { after: { hours: 1 }, clock: '24x7' }, 2: { after: { hours: 4 }, clock: 'business' }, 3: { businessDays: 1 }, 4: { businessDays: 2 } } } as const;
    const policy = niceOnPremiseSupport(targets);
    expect(policy.autoClose).toEqual({ businessDays: 2 });
    expect(policy.levels[2]).toEqual({ label: 'Severity Level 2', response: { after: { hours: 4 }, clock: 'business' } });
    expect(niceOnPremiseSupport({ ...targets, autoClose: { after: { hours: 18 }, clock: 'business' }, complianceTarget: 0.8 }).autoClose).toEqual({ after: { hours: 18 }, clock: 'business' });
    expectSlaError(() => niceOnPremiseSupport({ response: { ...targets.response, 2: { after: 'PT4H' } } } as never), 'INVALID_POLICY', 'levels.2.response.clock');
  });
});

describe('businessHours8to5', () => {
  it('is Monday–Friday 08:00–17:00 in the given zone, with the given holidays (NOP §1, NCS §6.1)', () => {
    const day = [['08:00', '17:00']];
    expect(calendarToJSON(businessHours8to5('Asia/Kolkata'))).toEqual({ timeZone: 'Asia/Kolkata', hours: { mon: day, tue: day, wed: day, thu: day, fri: day } });
    expect(calendarToJSON(businessHours8to5('UTC', ['2026-12-24'])).holidays).toEqual(['2026-12-24']);
  });

  it('rejects an unknown zone', () => {
    expectSlaError(() => businessHours8to5('Mars/Olympus'), 'INVALID_CALENDAR', 'timeZone');
  });
});
