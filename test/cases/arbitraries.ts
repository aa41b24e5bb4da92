// fast-check generators of valid case timelines on whole minutes, around DST changes and holidays.
import fc from 'fast-check';
import { type Calendar, calendarToJSON, createCalendar, type Holiday } from '../../src/calendar/index.js';
import type { CaseEvent, CaseEventType, CaseInput, SupportPolicy } from '../../src/cases/index.js';
import { businessHours8to5, uniphoreSupport } from '../../src/presets/index.js';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export const ZONES = ['America/New_York', 'Australia/Lord_Howe', 'Europe/London', 'Asia/Kolkata'] as const;
export const HOLIDAYS: Holiday[] = [{ month: 11, weekday: 'thu', nth: 4 }, { month: 12, day: 25, observed: 'nearest-weekday' }, '2026-03-09', '2026-10-05'];
// The two dated holidays are declared complete ('open'): timelines run into 2027 (issue 14 coverage).
export const CALENDARS: ReadonlyMap<string, Calendar> = new Map(
  ZONES.map((zone) => [zone, createCalendar({ ...calendarToJSON(businessHours8to5(zone, HOLIDAYS)), holidayCoverage: 'open' })]),
);

// Starts of two-week windows holding DST changes (New York, London, Lord Howe) and holidays.
const WINDOWS = [Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 24), Date.UTC(2026, 3, 1), Date.UTC(2026, 8, 28), Date.UTC(2026, 9, 22), Date.UTC(2026, 10, 16), Date.UTC(2026, 11, 18)];

/** A policy that uses every kind of target, resolution, escalation, auto-close and warnings. */
export const fullPolicy: SupportPolicy = {
  name: 'test: every feature',
  levels: {
    1: {
      label: 'P1',
      response: { after: { minutes: 30 }, clock: '24x7' },
      updates: { after: { hours: 1 }, clock: '24x7' },
      escalation: { after: { hours: 2 }, clock: 'business' },
      resolution: { after: { hours: 8 }, clock: '24x7' },
    },
    2: {
      label: 'P2',
      response: { after: { hours: 2 }, clock: 'business' },
      updates: { businessDays: 1 },
      escalation: { businessDays: 1, by: 'customer' },
      resolution: { businessDays: 2 },
    },
    3: { label: 'P3', response: { businessDays: 1 }, updates: { after: { hours: 4 }, clock: 'business' }, resolution: { after: { hours: 45 }, clock: 'business' } },
    4: { label: 'P4', response: { businessDays: 2 }, complianceTarget: 0.5 },
  },
  complianceTarget: 0.8,
  warnAt: { percent: [50, 90], before: [{ hours: 1 }] },
  autoClose: { businessDays: 2 },
};

export const POLICIES: readonly SupportPolicy[] = [
  uniphoreSupport,
  { ...uniphoreSupport, severityChange: 'restart' },
  fullPolicy,
  { ...fullPolicy, severityChange: 'restart' },
];

const TYPES: readonly CaseEventType[] = ['responded', 'updated', 'paused', 'resumed', 'severity-changed', 'resolution-notice', 'reopened', 'closed'];
const DEFAULT_ORDER: readonly CaseEventType[] = ['resumed', 'severity-changed', 'responded', 'updated', 'resolution-notice', 'reopened', 'closed', 'paused'];

interface Step {
  gap: number;
  pick: number;
  severity: 1 | 2 | 3 | 4;
}

const step: fc.Arbitrary<Step> = fc.record({
  gap: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.integer({ min: 1, max: 3 * 1440 }) }),
  pick: fc.nat(),
  severity: fc.constantFrom(1, 2, 3, 4),
});

/**
 * Turns random steps into a valid timeline: each step picks one of the event types allowed in the
 * state reached so far. Events that share a minute come in the default same-timestamp order, so
 * the timeline stays valid once sorted.
 */
export function buildEvents(openedAt: number, steps: readonly Step[], allowed: readonly CaseEventType[] = TYPES): CaseEvent[] {
  const events: CaseEvent[] = [];
  let t = openedAt;
  let paused = false;
  let resolved = false;
  let closed = false;
  let lastRank = -1;
  for (const { gap, pick, severity } of steps) {
    if (gap > 0) lastRank = -1;
    const candidates = allowed.filter((type) => {
      if (DEFAULT_ORDER.indexOf(type) < lastRank) return false;
      if (type === 'paused') return !paused;
      if (type === 'resumed') return paused;
      if (type === 'reopened') return resolved || closed;
      return !closed;
    });
    if (candidates.length === 0) continue;
    t += gap * MINUTE;
    const type = candidates[pick % candidates.length] as CaseEventType;
    lastRank = DEFAULT_ORDER.indexOf(type);
    if (type === 'paused') paused = true;
    if (type === 'resumed') paused = false;
    if (type === 'resolution-notice') resolved = true;
    if (type === 'closed') closed = true;
    if (type === 'reopened') resolved = closed = false;
    events.push(type === 'severity-changed' ? { type, at: t, severity } : { type, at: t });
  }
  return events;
}

export interface Scenario {
  zone: (typeof ZONES)[number];
  calendar: Calendar;
  policy: SupportPolicy;
  input: CaseInput;
  now: number;
}

export function scenario(allowed: readonly CaseEventType[] = TYPES, maxSteps = 7): fc.Arbitrary<Scenario> {
  return fc
    .record({
      zone: fc.constantFrom(...ZONES),
      policy: fc.constantFrom(...POLICIES),
      window: fc.constantFrom(...WINDOWS),
      offset: fc.integer({ min: 0, max: 14 * 1440 }),
      severity: fc.constantFrom(1, 2, 3, 4),
      steps: fc.array(step, { maxLength: maxSteps }),
      nowAfter: fc.integer({ min: 0, max: 16 * 1440 }),
    })
    .map(({ zone, policy, window, offset, severity, steps, nowAfter }) => {
      const openedAt = window + offset * MINUTE;
      const events = buildEvents(openedAt, steps, allowed);
      const input: CaseInput = events.length === 0 ? { severity, openedAt } : { severity, openedAt, events };
      return { zone, calendar: CALENDARS.get(zone) as Calendar, policy, input, now: openedAt + nowAfter * MINUTE };
    });
}

/** A copy of the case with its events in a shuffled order (ties keep their relative order). */
export function shuffled(input: CaseInput, seed: number): CaseInput {
  const events = [...(input.events ?? [])];
  let state = seed;
  for (let i = events.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [events[i], events[j]] = [events[j] as CaseEvent, events[i] as CaseEvent];
  }
  return { ...input, events };
}

/** Deep-freezes a value so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
