import type { CaseStatus } from './types.js';

/**
 * The clock of a case that breaches first if nothing happens: the pending, running clock (not
 * paused) with the earliest `dueAt` among the response, the resolution and the replies, or
 * `null` when no clock is pending and running. A paused clock cannot breach until it runs again,
 * and a met, breached or cancelled one is settled.
 *
 * @example
 * ```ts
 * import { evaluateCase, soonestDue } from 'slakit/cases';
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 *
 * const status = evaluateCase(uniphoreSupport, businessHours8to5('America/New_York'),
 *   { severity: 3, openedAt: '2026-11-20T16:30:00-05:00' }, { now: '2026-11-20T17:00:00-05:00' });
 * const next = soonestDue(status);
 * [next?.clock, next?.dueAt.toISOString()]; //=> ['response', '2026-11-25T18:30:00.000Z']
 * ```
 */
export function soonestDue(status: CaseStatus): { clock: 'response' | 'resolution' | 'reply'; dueAt: Date; reply?: number } | null {
  let found: { clock: 'response' | 'resolution' | 'reply'; dueAt: Date; reply?: number } | null = null;
  const consider = (clock: 'response' | 'resolution' | 'reply', target: CaseStatus['response'] | null, reply?: number): void => {
    if (target === null || target.outcome !== 'pending' || target.paused) return;
    if (found === null || target.dueAt < found.dueAt) found = reply === undefined ? { clock, dueAt: target.dueAt } : { clock, dueAt: target.dueAt, reply };
  };
  consider('response', status.response);
  consider('resolution', status.resolution);
  status.replies?.forEach((reply, i) => consider('reply', reply, i));
  return found;
}
