import { type DurationInput, parseDuration } from '../core/duration.js';
import { fail } from '../core/errors.js';
import { plainObject } from '../core/plain-data.js';
import { INCIDENT_CAUSES } from './incident-causes.js';
import type { PercentRounding } from './types.js';

/** A validated {@link DowntimePolicy}: `excusable[rank]` per cause rank of {@link INCIDENT_CAUSES}. */
export interface ReadPolicy {
  readonly excusable: readonly boolean[];
  readonly maintenanceWindowsOnly: boolean;
  readonly dropShortPeriods: boolean;
  readonly rounding: PercentRounding | undefined;
  /** The condition of each cause rank, if any. */
  readonly conditions: readonly (ReadCondition | undefined)[];
  /** `monthMinutes: 'days'`: x is 24 × 60 × the days of the month. */
  readonly dayMinutes: boolean;
}

/** A validated {@link ExcuseCondition}: the notice in ms (`null`: none) and whether `plannedEnd` bounds the excuse. */
export interface ReadCondition {
  readonly noticeMs: number | null;
  readonly untilPlannedEnd: boolean;
  /** `notice: 'best-effort'`: notice promised without a minimum (it excuses with any notice). */
  readonly bestEffort: boolean;
}

const POLICY_KEYS = ['excusable', 'maintenanceWindowsOnly', 'partialMinutes', 'rounding', 'conditions', 'monthMinutes'];
const PARTIAL = ['exact', 'drop-under-one-minute'];
const MODES = ['down', 'up', 'half-up', 'half-even'];

/**
 * Validates a downtime policy.
 *
 * @throws SlaError `INVALID_POLICY` naming the field.
 */
export function readPolicy(policy: unknown, path = 'policy'): ReadPolicy {
  const object = plainObject(policy, path, 'INVALID_POLICY', POLICY_KEYS);
  const list = object['excusable'];
  if (!Array.isArray(list)) return fail('INVALID_POLICY', `${path}.excusable`, list, 'is not a list of incident causes');
  const excusable = INCIDENT_CAUSES.map(() => false);
  list.forEach((cause: unknown, i) => {
    const rank = INCIDENT_CAUSES.indexOf(cause as never);
    if (rank < 0) fail('INVALID_POLICY', `${path}.excusable[${i}]`, cause, `is not an incident cause; expected one of ${INCIDENT_CAUSES.join(', ')}`);
    excusable[rank] = true;
  });
  const windowsOnly = object['maintenanceWindowsOnly'];
  if (typeof windowsOnly !== 'boolean') return fail('INVALID_POLICY', `${path}.maintenanceWindowsOnly`, windowsOnly, 'is not true or false');
  const partial = object['partialMinutes'] ?? 'exact';
  if (typeof partial !== 'string' || !PARTIAL.includes(partial)) return fail('INVALID_POLICY', `${path}.partialMinutes`, partial, `is not one of ${PARTIAL.join(', ')}`);
  const monthMinutes = object['monthMinutes'] ?? 'elapsed';
  if (monthMinutes !== 'elapsed' && monthMinutes !== 'days') return fail('INVALID_POLICY', `${path}.monthMinutes`, monthMinutes, "is not 'elapsed' or 'days'");
  let rounding: PercentRounding | undefined;
  if (object['rounding'] !== undefined) {
    const r = plainObject(object['rounding'], `${path}.rounding`, 'INVALID_POLICY', ['decimals', 'mode']);
    const decimals = r['decimals'];
    if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
      return fail('INVALID_POLICY', `${path}.rounding.decimals`, decimals, 'is not a whole number from 0 to 10');
    }
    const mode = r['mode'];
    if (typeof mode !== 'string' || !MODES.includes(mode)) return fail('INVALID_POLICY', `${path}.rounding.mode`, mode, `is not one of ${MODES.join(', ')}`);
    rounding = { decimals, mode: mode as PercentRounding['mode'] };
  }
  const conditions = readConditions(object['conditions'], excusable, `${path}.conditions`);
  return { excusable, maintenanceWindowsOnly: windowsOnly, dropShortPeriods: partial === 'drop-under-one-minute', rounding, conditions, dayMinutes: monthMinutes === 'days' };
}

/** The policy's `conditions`, by cause rank; each names an excusable cause, once. */
function readConditions(list: unknown, excusable: readonly boolean[], path: string): (ReadCondition | undefined)[] {
  const out: (ReadCondition | undefined)[] = INCIDENT_CAUSES.map(() => undefined);
  if (list === undefined) return out;
  if (!Array.isArray(list)) return fail('INVALID_POLICY', path, list, 'is not a list of conditions { cause, notice?, until? }');
  list.forEach((entry: unknown, i) => {
    const at = `${path}[${i}]`;
    const object = plainObject(entry, at, 'INVALID_POLICY', ['cause', 'notice', 'until']);
    const rank = INCIDENT_CAUSES.indexOf(object['cause'] as never);
    if (rank < 0) fail('INVALID_POLICY', `${at}.cause`, object['cause'], `is not an incident cause; expected one of ${INCIDENT_CAUSES.join(', ')}`);
    const until = object['until'];
    const bestEffort = object['notice'] === 'best-effort';
    // A best-effort notice narrows nothing, so it may be stated on a cause the policy does not excuse.
    if (excusable[rank] !== true && (!bestEffort || until !== undefined)) fail('INVALID_POLICY', `${at}.cause`, object['cause'], "is not listed in excusable; a condition can only narrow an excuse (only notice: 'best-effort' may name another cause)");
    if (out[rank] !== undefined) fail('INVALID_POLICY', `${at}.cause`, object['cause'], 'already has a condition; give one condition per cause');
    if (until !== undefined && until !== 'plannedEnd') fail('INVALID_POLICY', `${at}.until`, until, "is not 'plannedEnd'");
    const noticeMs = object['notice'] === undefined || bestEffort ? null : parseDuration(object['notice'] as DurationInput, { path: `${at}.notice` });
    if (noticeMs === null && until === undefined && !bestEffort) fail('INVALID_POLICY', at, entry, 'states neither notice nor until; leave the condition out');
    out[rank] = { noticeMs, untilPlannedEnd: until === 'plannedEnd', bestEffort };
  });
  return out;
}

