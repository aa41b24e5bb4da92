import { fail } from '../core/errors.js';
import { Timeline } from './case-timeline.js';
import { readNow } from './evaluate-case.js';
import type { CaseEvent, CaseInput, SupportPolicy } from './types.js';
import { compilePolicy, CUSTOMER_MESSAGE, PAUSED, RESUMED } from './validate-support-policy.js';

/**
 * A pause for `waiting-on-customer` during which the customer wrote: the help desk should have
 * resumed the clocks at the message. `heldMs` is the wall time from the message to the resumption
 * (or to `now` while the pause stands).
 *
 * @example
 * ```ts
 * import type { PauseAudit } from 'slakit/cases';
 *
 * const audit: PauseAudit = {
 *   pausedAt: new Date('2026-10-05T14:00:00Z'), messageAt: new Date('2026-10-05T15:00:00Z'),
 *   resumedAt: new Date('2026-10-06T14:00:00Z'), heldMs: 82_800_000, event: 2,
 * };
 * ```
 */
export interface PauseAudit {
  pausedAt: Date;
  /** The first customer message inside the pause. */
  messageAt: Date;
  /** When the pause ended, or `null` while it stands at `now`. */
  resumedAt: Date | null;
  heldMs: number;
  /** The position of the `paused` event in the case's `events`. */
  event: number;
}

interface Flag {
  /** Timeline positions of the pause, its resumption (-1: none) and the first message inside. */
  pause: number;
  resume: number;
  message: number;
}

function flagsOf(timeline: Timeline, now: number): Flag[] {
  const flags: Flag[] = [];
  const { n, type, at, note } = timeline;
  for (let k = 0; k < n && (at[k] as number) <= now; k++) {
    if (type[k] !== PAUSED || note[k] !== 'waiting-on-customer') continue;
    let resume = -1;
    let message = -1;
    for (let j = k + 1; j < n; j++) {
      if (type[j] === RESUMED) {
        resume = j;
        break;
      }
      if (message < 0 && type[j] === CUSTOMER_MESSAGE && (at[j] as number) <= now) message = j;
    }
    // Half-open: a message at the very instant of the resumption is not inside the pause.
    if (message >= 0 && !(resume >= 0 && (at[message] as number) >= (at[resume] as number))) flags.push({ pause: k, resume, message });
  }
  return flags;
}

/**
 * The pauses for `'waiting-on-customer'` of a case during which a `customer-message` arrived (up to
 * `now`), in time order: the help desk should have resumed the clocks at the message. A message
 * at the very instant the pause starts or ends is not inside it.
 *
 * @throws SlaError as `evaluateCase` for a bad policy, case or `now`.
 * @example
 * ```ts
 * import { auditPauses } from 'slakit/cases';
 * import { uniphoreSupport } from 'slakit/presets';
 *
 * const audits = auditPauses(uniphoreSupport, {
 *   severity: 3,
 *   openedAt: '2026-10-05T09:00:00Z',
 *   events: [
 *     { type: 'responded', at: '2026-10-05T10:00:00Z' },
 *     { type: 'paused', at: '2026-10-05T14:00:00Z', reason: 'waiting-on-customer' },
 *     { type: 'customer-message', at: '2026-10-05T15:00:00Z' },
 *     { type: 'resumed', at: '2026-10-06T14:00:00Z' },
 *   ],
 * }, { now: '2026-10-07T00:00:00Z' });
 * audits.map((a) => [a.messageAt.toISOString(), a.heldMs / 3_600_000]); //=> [['2026-10-05T15:00:00.000Z', 23]]
 * ```
 */
export function auditPauses(policy: SupportPolicy, input: CaseInput, options: { readonly now: CaseInput['openedAt'] }): PauseAudit[] {
  const compiled = compilePolicy(policy);
  const { now } = readNow(options, []);
  const timeline = new Timeline();
  timeline.load(input, compiled);
  if (now < timeline.opened) fail('INVALID_ARGUMENT', 'options.now', options.now, `is before the case's openedAt ${new Date(timeline.opened).toISOString()}`);
  const { at, index } = timeline;
  return flagsOf(timeline, now).map(({ pause, resume, message }) => {
    const end = resume >= 0 && (at[resume] as number) <= now ? (at[resume] as number) : null;
    return {
      pausedAt: new Date(at[pause] as number),
      messageAt: new Date(at[message] as number),
      resumedAt: end === null ? null : new Date(end),
      heldMs: (end ?? now) - (at[message] as number),
      event: index[pause] as number,
    };
  });
}

/**
 * The case with each `'waiting-on-customer'` pause that a customer message interrupted ended at
 * the message: its `resumed` moved to the message's instant (or one added there when the pause
 * had none). Everything else is kept as given; the input is not modified. Evaluate the result to
 * judge the case as if the help desk had resumed the clocks when the customer wrote.
 *
 * @throws SlaError `INVALID_POLICY` or `INVALID_CASE` as `evaluateCase`.
 * @example
 * ```ts
 * import { endPausesAtCustomerMessage } from 'slakit/cases';
 * import { uniphoreSupport } from 'slakit/presets';
 *
 * const fixed = endPausesAtCustomerMessage(uniphoreSupport, {
 *   severity: 3,
 *   openedAt: '2026-10-05T09:00:00Z',
 *   events: [
 *     { type: 'paused', at: '2026-10-05T14:00:00Z', reason: 'waiting-on-customer' },
 *     { type: 'customer-message', at: '2026-10-05T15:00:00Z' },
 *     { type: 'resumed', at: '2026-10-06T14:00:00Z' },
 *   ],
 * });
 * fixed.events?.[2]; //=> { type: 'resumed', at: '2026-10-05T15:00:00Z' }
 * ```
 */
export function endPausesAtCustomerMessage(policy: SupportPolicy, input: CaseInput): CaseInput {
  const compiled = compilePolicy(policy);
  const timeline = new Timeline();
  timeline.load(input, compiled);
  const flags = flagsOf(timeline, Infinity);
  if (flags.length === 0) return input;
  const given = input.events ?? [];
  const events: CaseEvent[] = [...given];
  const { index } = timeline;
  for (const { resume, message } of flags) {
    const messageAt = (given[index[message] as number] as CaseEvent).at;
    if (resume >= 0) events[index[resume] as number] = { type: 'resumed', at: messageAt };
    else events.push({ type: 'resumed', at: messageAt });
  }
  return { ...input, events };
}
