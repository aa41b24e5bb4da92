// fast-check generators of help-desk timelines: customer messages, replies, reasoned pauses and
// assignments, in strictly increasing minutes (so the same-timestamp order never matters).
import fc from 'fast-check';
import type { Calendar } from '../../src/calendar/index.js';
import type { CaseEvent, ClockTarget, SupportPolicy } from '../../src/cases/index.js';
import { CALENDARS, MINUTE, ZONES } from './arbitraries.js';

export const REASONS = ['waiting-on-customer', 'on-hold', 'waiting-on-third-party'] as const;
const WINDOWS = [Date.UTC(2026, 2, 2), Date.UTC(2026, 9, 26), Date.UTC(2026, 10, 16)];

/** A policy whose response, resolution and reply targets take `pausedBy` and `warnAt`. */
export function helpDeskPolicy(options: { pausedBy?: readonly string[]; warnAt?: readonly number[] } = {}): SupportPolicy {
  const extra = { ...(options.pausedBy === undefined ? {} : { pausedBy: options.pausedBy }), ...(options.warnAt === undefined ? {} : { warnAt: options.warnAt }) };
  const target = (t: ClockTarget): ClockTarget => ({ ...t, ...extra });
  return {
    name: 'test: help desk',
    levels: {
      1: { label: 'P1', response: target({ after: { hours: 1 }, clock: '24x7' }), resolution: target({ after: { hours: 8 }, clock: '24x7' }), reply: target({ after: { hours: 2 }, clock: '24x7' }) },
      2: { label: 'P2', response: target({ after: { hours: 4 }, clock: 'business' }), resolution: target({ businessDays: 3 }), reply: target({ after: { hours: 4 }, clock: 'business' }) },
      3: { label: 'P3', response: target({ businessDays: 1 }), resolution: target({ after: { hours: 45 }, clock: 'business' }), reply: target({ after: { hours: 8 }, clock: 'business' }) },
    },
  };
}

interface Step {
  gap: number;
  pick: number;
  reason: number;
}

const step: fc.Arbitrary<Step> = fc.record({ gap: fc.integer({ min: 1, max: 2 * 1440 }), pick: fc.nat(), reason: fc.integer({ min: 0, max: REASONS.length }) });

/**
 * A valid timeline of responses, customer messages, pauses (a reason or none) and assignments;
 * with `lifecycle`, also resolution notices, closings and reopenings.
 */
export function helpDeskEvents(openedAt: number, steps: readonly Step[], lifecycle = false): CaseEvent[] {
  const events: CaseEvent[] = [];
  let t = openedAt;
  let paused = false;
  let resolved = false;
  let closed = false;
  for (const { gap, pick, reason } of steps) {
    t += gap * MINUTE;
    const choices = closed
      ? (['reopened'] as const)
      : lifecycle
        ? ([...(['responded', 'customer-message', 'assigned', paused ? 'resumed' : 'paused', 'closed'] as const), resolved ? 'reopened' : 'resolution-notice'] as const)
        : (['responded', 'customer-message', 'assigned', paused ? 'resumed' : 'paused'] as const);
    const type = choices[pick % choices.length] as (typeof choices)[number];
    if (type === 'closed') closed = true;
    if (type === 'resolution-notice') resolved = true;
    if (type === 'reopened') resolved = closed = false;
    if (type === 'paused') {
      paused = true;
      events.push(reason === REASONS.length ? { type, at: t } : { type, at: t, reason: REASONS[reason] as string });
    } else if (type === 'resumed') {
      paused = false;
      events.push({ type, at: t });
    } else if (type === 'assigned') events.push({ type, at: t, team: ['L1', 'L2'][pick % 2] as string });
    else events.push({ type, at: t });
  }
  return events;
}

export interface HelpDeskScenario {
  zone: (typeof ZONES)[number];
  calendar: Calendar;
  severity: 1 | 2 | 3;
  openedAt: number;
  events: CaseEvent[];
  now: number;
}

/** Help-desk scenarios; with `lifecycle`, cases are also resolved, closed and reopened. */
export function helpDeskScenarios(lifecycle = false): fc.Arbitrary<HelpDeskScenario> {
  return fc
  .record({
    zone: fc.constantFrom(...ZONES),
    window: fc.constantFrom(...WINDOWS),
    offset: fc.integer({ min: 0, max: 10 * 1440 }),
    severity: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
    steps: fc.array(step, { maxLength: 10 }),
    nowAfter: fc.integer({ min: 0, max: 12 * 1440 }),
  })
  .map(({ zone, window, offset, severity, steps, nowAfter }) => {
    const openedAt = window + offset * MINUTE;
    const events = helpDeskEvents(openedAt, steps, lifecycle);
    const last = events.length === 0 ? openedAt : (events[events.length - 1]?.at as number);
    return { zone, calendar: CALENDARS.get(zone) as Calendar, severity, openedAt, events, now: Math.max(openedAt, last - 2 * 1440 * MINUTE) + nowAfter * MINUTE };
  });
}

export const helpDeskScenario = helpDeskScenarios();
