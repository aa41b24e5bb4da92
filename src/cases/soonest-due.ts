import { fail } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import type { CaseStatus } from './types.js';

/**
 * The clocks {@link soonestDue} names.
 *
 * @example
 * ```ts
 * import type { DueClock } from 'slakit/cases';
 *
 * const clock: DueClock = 'reply';
 * ```
 */
export type DueClock = 'response' | 'resolution' | 'reply';

/**
 * The clock of a case that breaches first if nothing happens: the pending, running clock (not
 * paused) with the earliest `dueAt` among the response, the resolution and the replies, or
 * `null` when no clock is pending and running. A paused clock cannot breach until it runs again,
 * and a met, breached or cancelled one is settled. A status that crossed JSON (its instants as
 * ISO strings) is read too.
 *
 * @throws SlaError `INVALID_ARGUMENT` naming the field when `status` is not an `evaluateCase` status
 * (`INVALID_DATE` for a `dueAt` that is not an instant).
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
export function soonestDue(status: CaseStatus): { clock: DueClock; dueAt: Date; reply?: number } | null {
  if (typeof status !== 'object' || status === null) return fail('INVALID_ARGUMENT', 'status', status, 'is not a case status from evaluateCase');
  let found: { clock: DueClock; due: number; reply?: number } | null = null;
  const consider = (clock: DueClock, target: unknown, path: string, reply?: number): void => {
    if (target === null || (target === undefined && clock === 'resolution')) return;
    if (typeof target !== 'object' || target === undefined) return fail('INVALID_ARGUMENT', path, target, 'is not the status of a clock { outcome, dueAt, paused, … }');
    const { outcome, paused, dueAt } = target as { outcome?: unknown; paused?: unknown; dueAt?: unknown };
    if (!['met', 'breached', 'pending', 'cancelled'].includes(outcome as string)) fail('INVALID_ARGUMENT', `${path}.outcome`, outcome, "is not 'met', 'breached', 'pending' or 'cancelled'");
    if (typeof paused !== 'boolean') fail('INVALID_ARGUMENT', `${path}.paused`, paused, 'is not true or false');
    const due = toEpochMs(dueAt as Date, `${path}.dueAt`);
    if (outcome !== 'pending' || paused || (found !== null && due >= found.due)) return;
    found = reply === undefined ? { clock, due } : { clock, due, reply };
  };
  consider('response', status.response, 'status.response');
  consider('resolution', status.resolution, 'status.resolution');
  const replies = (status as { replies?: unknown }).replies;
  if (replies !== undefined && !Array.isArray(replies)) fail('INVALID_ARGUMENT', 'status.replies', replies, 'is not a list of reply clocks');
  (replies as unknown[] | undefined)?.forEach((reply, i) => consider('reply', reply, `status.replies[${i}]`, i));
  if (found === null) return null;
  const { clock, due, reply } = found as { clock: DueClock; due: number; reply?: number };
  return reply === undefined ? { clock, dueAt: new Date(due) } : { clock, dueAt: new Date(due), reply };
}
