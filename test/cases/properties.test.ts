import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaseInput, type CaseStatus, classifySeverity, complianceReport, evaluateCase, type ImpactFacts } from '../../src/cases/index.js';
import { uniphoreSupport } from '../../src/presets/index.js';
import { CALENDARS, deepFreeze, MINUTE, scenario, shuffled } from './arbitraries.js';
import { modelEvaluate, type ModelStatus } from './reference-model.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const time = (d: Date | null): string | null => (d === null ? null : d.toISOString());

/** The fields the model answers, from a CaseStatus. */
function comparable(status: CaseStatus) {
  return {
    severity: status.severity,
    state: status.state,
    response: {
      dueAt: time(status.response.dueAt),
      breachedAfter: time(status.response.breachedAfter),
      outcome: status.response.outcome,
      elapsed: status.response.elapsed,
      target: status.response.targetMs,
      severity: status.response.severity,
    },
    resolution:
      status.resolution === null
        ? null
        : { dueAt: time(status.resolution.dueAt), breachedAfter: time(status.resolution.breachedAfter), outcome: status.resolution.outcome, elapsed: status.resolution.elapsed, target: status.resolution.targetMs, severity: status.resolution.severity },
    nextUpdateDueAt: time(status.nextUpdateDueAt),
    nextUpdateMissedAfter: time(status.nextUpdateMissedAfter),
    missedUpdates: status.missedUpdates,
    escalationDueAt: time(status.escalationDueAt),
    escalatesAfter: time(status.escalatesAfter),
    autoCloseAt: time(status.autoCloseAt),
    closedAt: time(status.closedAt),
    warnings: status.warnings.map((w) => `${w.clock} ${w.kind === 'percent' ? `${w.value}%` : `-${w.value}`} ${w.at.toISOString()}`).sort(),
  };
}

function fromModel(model: ModelStatus) {
  return {
    ...model,
    response: { ...model.response, dueAt: iso(model.response.dueAt), breachedAfter: iso(model.response.breachedAfter) },
    resolution: model.resolution === null ? null : { ...model.resolution, dueAt: iso(model.resolution.dueAt), breachedAfter: iso(model.resolution.breachedAfter) },
    nextUpdateDueAt: iso(model.nextUpdateDueAt),
    nextUpdateMissedAfter: iso(model.nextUpdateMissedAfter),
    escalationDueAt: iso(model.escalationDueAt),
    escalatesAfter: iso(model.escalatesAfter),
    autoCloseAt: iso(model.autoCloseAt),
    closedAt: iso(model.closedAt),
  };
}

const distinctSeverityChanges = (input: CaseInput): boolean => {
  const times = (input.events ?? []).filter((e) => e.type === 'severity-changed').map((e) => e.at as number);
  return new Set(times).size === times.length;
};

describe('evaluateCase against the minute-by-minute reference model', () => {
  it('agrees on every clock, count and state over random timelines (pauses, severity changes, reopenings, DST, holidays)', () => {
    fc.assert(
      fc.property(scenario(), ({ policy, calendar, input, now }) => {
        const status = evaluateCase(policy, calendar, input, { now });
        expect(comparable(status)).toEqual(fromModel(modelEvaluate(policy, calendar, input, now)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('state is a pure function of the events, the policy, the calendar and now', () => {
  it('evaluating twice, or with the events shuffled, gives the same answer, and the input is not modified', () => {
    fc.assert(
      fc.property(scenario(), fc.nat(), ({ policy, calendar, input, now }, seed) => {
        fc.pre(distinctSeverityChanges(input));
        const frozen = deepFreeze(structuredClone(input));
        const first = evaluateCase(policy, calendar, frozen, { now });
        expect(evaluateCase(policy, calendar, frozen, { now })).toEqual(first);
        expect(evaluateCase(policy, calendar, shuffled(input, seed), { now })).toEqual(first);
        expect(frozen).toEqual(input);
      }),
      { numRuns: 200 },
    );
  });
});

describe('pauses', () => {
  it('pausing never moves a due time earlier', () => {
    const noPauses = scenario(['responded', 'updated', 'severity-changed', 'resolution-notice', 'reopened', 'closed']);
    fc.assert(
      fc.property(noPauses, fc.integer({ min: 0, max: 10 * 1440 }), fc.integer({ min: 1, max: 4 * 1440 }), ({ policy, calendar, input, now }, from, length) => {
        const opened = input.openedAt as number;
        const paused: CaseInput = {
          ...input,
          events: [...(input.events ?? []), { type: 'paused', at: opened + from * MINUTE }, { type: 'resumed', at: opened + (from + length) * MINUTE }],
        };
        const before = evaluateCase(policy, calendar, input, { now });
        const after = evaluateCase(policy, calendar, paused, { now });
        expect(after.response.dueAt.getTime()).toBeGreaterThanOrEqual(before.response.dueAt.getTime());
        if (before.resolution !== null && after.resolution !== null) {
          expect(after.resolution.dueAt.getTime()).toBeGreaterThanOrEqual(before.resolution.dueAt.getTime());
        }
        if (before.escalationDueAt !== null && after.escalationDueAt !== null) {
          expect(after.escalationDueAt.getTime()).toBeGreaterThanOrEqual(before.escalationDueAt.getTime());
        }
      }),
      { numRuns: 200 },
    );
  });
});

// Cases without contacts, closings or resolutions whose events all lie before `now`, not paused at `now`.
const waiting = scenario(['paused', 'resumed', 'severity-changed']).filter(({ input, now }) => {
  const events = input.events ?? [];
  const pauses = events.filter((e) => e.type === 'paused').length - events.filter((e) => e.type === 'resumed').length;
  return events.every((e) => (e.at as number) <= now) && pauses === 0;
});

describe('due times', () => {
  it('a response at or before breachedAfter is met, and after it breached', () => {
    fc.assert(
      fc.property(waiting, fc.integer({ min: 0, max: 3 * 1440 }), fc.boolean(), ({ policy, calendar, input, now }, minutes, late) => {
        const pending = evaluateCase(policy, calendar, input, { now });
        fc.pre(pending.response.outcome === 'pending');
        const due = pending.response.dueAt.getTime();
        const last = pending.response.breachedAfter.getTime();
        expect(last).toBeGreaterThanOrEqual(due);
        const at = late ? last + 1 + minutes * MINUTE : Math.max(now, last - minutes * MINUTE);
        const answered = evaluateCase(policy, calendar, { ...input, events: [...(input.events ?? []), { type: 'responded', at }] }, { now: at });
        expect(answered.response.dueAt.getTime()).toBe(due);
        expect(answered.response.met).toBe(!late);
        expect(answered.response.breached).toBe(late);
        expect(answered.response.metAt?.getTime()).toBe(at);
      }),
      { numRuns: 200 },
    );
  });

  it('percentUsed is 100 from dueAt to breachedAfter, and the clock breaches a millisecond later', () => {
    fc.assert(
      fc.property(waiting, ({ policy, calendar, input, now }) => {
        const pending = evaluateCase(policy, calendar, input, { now });
        fc.pre(pending.response.outcome === 'pending');
        const due = pending.response.dueAt.getTime();
        const last = pending.response.breachedAfter.getTime();
        for (const at of [due, last]) {
          const status = evaluateCase(policy, calendar, input, { now: at });
          expect(status.response.percentUsed).toBe(100);
          expect(status.response.remaining).toBe(0);
          expect(status.response.outcome).toBe('pending');
        }
        expect(evaluateCase(policy, calendar, input, { now: last + 1 }).response.breached).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('complianceReport', () => {
  const cases = fc.array(scenario(), { maxLength: 12 }).filter((list) => list.length > 0);

  it('agrees with evaluateCase case by case, has a rate in [0, 1], and does not depend on the order of the cases', () => {
    fc.assert(
      fc.property(cases, fc.nat(), (list, seed) => {
        const { policy, calendar } = list[0] as (typeof list)[number];
        const now = Math.max(...list.map((s) => s.now));
        const inputs = list.map((s) => s.input);
        const report = complianceReport(policy, calendar, inputs, { now });
        const statuses = inputs.map((input) => evaluateCase(policy, calendar, input, { now }).response);
        for (const outcome of ['met', 'breached', 'pending', 'cancelled'] as const) {
          expect(report[outcome]).toBe(statuses.filter((s) => s.outcome === outcome).length);
          for (const level of [1, 2, 3, 4] as const) {
            expect(report.bySeverity[level]![outcome]).toBe(statuses.filter((s) => s.outcome === outcome && s.severity === level).length);
          }
        }
        expect(report.total).toBe(inputs.length);
        if (report.rate !== null) {
          expect(report.rate).toBeGreaterThanOrEqual(0);
          expect(report.rate).toBeLessThanOrEqual(1);
        } else {
          expect(report.met + report.breached).toBe(0);
        }
        const reordered = shuffled({ severity: 1, openedAt: 0, events: inputs as never }, seed).events as unknown as CaseInput[];
        expect(complianceReport(policy, calendar, reordered, { now })).toEqual(report);
      }),
      { numRuns: 60 },
    );
  });
});

describe('classifySeverity is monotone', () => {
  const facts: fc.Arbitrary<ImpactFacts> = fc.record(
    {
      outage: fc.constantFrom('complete', 'major', 'minor', 'none'),
      deploymentBlocked: fc.boolean(),
      missionCriticalWorkStopped: fc.boolean(),
      workaroundAvailable: fc.boolean(),
      vulnerability: fc.constantFrom('public-exploit', 'high', 'some'),
      dataBreach: fc.constantFrom('customer-environment', 'vendor-breach'),
      vendorMalware: fc.boolean(),
      partnerExportFailing: fc.boolean(),
      storageBacklogPercent: fc.double({ min: 0, max: 100, noNaN: true }),
      failoverTriggered: fc.boolean(),
      securityIncidentReported: fc.boolean(),
      featureRequest: fc.boolean(),
      documentationError: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  // Each fact's values from least to most severe.
  const LADDERS: Record<string, readonly unknown[]> = {
    outage: ['none', 'minor', 'major', 'complete'],
    vulnerability: ['some', 'high', 'public-exploit'],
    dataBreach: ['customer-environment', 'vendor-breach'],
  };

  it('adding a fact, or making one more severe, never lowers the severity', () => {
    fc.assert(
      fc.property(facts, facts, fc.nat(), (base, extra, pick) => {
        const before = classifySeverity(base).severity;
        // Adding facts the base does not have.
        const added = { ...extra, ...base };
        expect(classifySeverity(added).severity).toBeLessThanOrEqual(before);
        // Raising one fact of the base.
        const names = Object.keys(base) as (keyof ImpactFacts)[];
        fc.pre(names.length > 0);
        const name = names[pick % names.length] as keyof ImpactFacts;
        const value = base[name];
        let raised: unknown = value;
        if (typeof value === 'boolean') raised = true;
        else if (typeof value === 'number') raised = Math.min(100, value + (pick % 50));
        else if (name in LADDERS) {
          const ladder = LADDERS[name] as readonly unknown[];
          raised = ladder[Math.min(ladder.length - 1, ladder.indexOf(value) + 1)];
        }
        expect(classifySeverity({ ...base, [name]: raised }).severity).toBeLessThanOrEqual(before);
      }),
      { numRuns: 500 },
    );
  });
});

it('the pinned zones all have calendars', () => {
  expect(CALENDARS.size).toBe(4);
  expect(uniphoreSupport.levels[1]!.label).toBe('Sev 1 (critical)');
});
