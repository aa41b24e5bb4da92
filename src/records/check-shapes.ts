// The shapes of the mergeable results (compliance reports, availability shards), checked before a
// merge reads them: they cross JSON between threads, processes and machines, and a merge of
// something else must be an SlaError that names the field, never a TypeError or a wrong figure.
import { REASONS } from '../availability/attribute-downtime.js';
import { INCIDENT_CAUSES } from '../availability/incident-causes.js';
import { fail } from '../core/errors.js';
import { hasOwn } from '../core/plain-data.js';

function record(value: unknown, path: string, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('INVALID_ARGUMENT', path, value, `is not ${what}`);
  return value as Record<string, unknown>;
}

function field(object: Record<string, unknown>, key: string): unknown {
  return hasOwn(object, key) ? object[key] : undefined;
}

function count(object: Record<string, unknown>, key: string, path: string): void {
  const value = field(object, key);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail('INVALID_ARGUMENT', `${path}.${key}`, value, 'is not a count (a whole number ≥ 0)');
}

function finite(object: Record<string, unknown>, key: string, path: string, nullable = false): void {
  const value = field(object, key);
  if (nullable && value === null) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail('INVALID_ARGUMENT', `${path}.${key}`, value, `is not a finite number${nullable ? ' or null' : ''}`);
}

// The range of a Date, in epoch ms.
const MAX_INSTANT = 8.64e15;

function instant(object: Record<string, unknown>, key: string, path: string, nullable = false): void {
  finite(object, key, path, nullable);
  const value = object[key];
  if (typeof value === 'number' && Math.abs(value) > MAX_INSTANT) fail('INVALID_ARGUMENT', `${path}.${key}`, value, 'is not an instant (epoch ms within the range of a Date)');
}

/** Counts of a summary: met, breached, pending and `fourth` (cancelled, or missedUpdates). */
function counts(value: unknown, path: string, fourth: string, target: boolean): void {
  const object = record(value, path, 'compliance counts');
  for (const key of ['met', 'breached', 'pending', fourth]) count(object, key, path);
  if (target) finite(object, 'target', path, true);
}

function summary(value: unknown, path: string, fourth: string, target: boolean): number {
  const object = record(value, path, 'a compliance summary');
  counts(object, path, fourth, target);
  const bySeverity = record(field(object, 'bySeverity'), `${path}.bySeverity`, 'counts by severity level');
  const levels = Object.keys(bySeverity);
  levels.forEach((key, i) => {
    if (key !== String(i + 1)) fail('INVALID_ARGUMENT', `${path}.bySeverity`, levels, 'is not keyed by the levels 1 to N');
    counts(bySeverity[key], `${path}.bySeverity.${key}`, fourth, target);
  });
  return levels.length;
}

/** Checks the parts of a ComplianceGroup that merging reads. */
export function checkComplianceGroup(value: unknown, path: string): void {
  const group = record(value, path, 'a compliance report from complianceReport');
  const levels = summary(group, path, 'cancelled', true);
  if (summary(field(group, 'resolution'), `${path}.resolution`, 'cancelled', false) !== levels) fail('INVALID_ARGUMENT', `${path}.resolution.bySeverity`, undefined, `does not have the ${levels} levels of ${path}.bySeverity`);
  if (summary(field(group, 'updates'), `${path}.updates`, 'missedUpdates', false) !== levels) fail('INVALID_ARGUMENT', `${path}.updates.bySeverity`, undefined, `does not have the ${levels} levels of ${path}.bySeverity`);
}

/** Checks a ComplianceReport before a merge: its groups and outcomes too. */
export function checkComplianceReport(value: unknown, path: string): void {
  checkComplianceGroup(value, path);
  const report = value as Record<string, unknown>;
  const groups = field(report, 'groups');
  if (groups !== undefined) for (const [key, group] of Object.entries(record(groups, `${path}.groups`, 'groups by key'))) checkComplianceGroup(group, `${path}.groups.${key}`);
  count(report, 'total', path);
  const outcomes = field(report, 'outcomes');
  if (outcomes === undefined) return;
  if (!Array.isArray(outcomes)) return fail('INVALID_ARGUMENT', `${path}.outcomes`, outcomes, 'is not a list of case outcomes');
  outcomes.forEach((outcome: unknown, i) => {
    count(record(outcome, `${path}.outcomes[${i}]`, 'a case outcome'), 'index', `${path}.outcomes[${i}]`);
    plainValues(outcome, `${path}.outcomes[${i}]`, 0);
  });
}

/** Every number in a value finite and every Date valid (an outcome is copied into the merge as it is). */
function plainValues(value: unknown, path: string, depth: number): void {
  if (typeof value === 'number' && !Number.isFinite(value)) fail('INVALID_ARGUMENT', path, value, 'is not a finite number');
  if (value instanceof Date && Number.isNaN(value.getTime())) fail('INVALID_ARGUMENT', path, value, 'is an Invalid Date');
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') fail('INVALID_ARGUMENT', path, value, 'is not JSON data');
  if (typeof value !== 'object' || value === null || value instanceof Date) return;
  if (depth > 8) fail('INVALID_ARGUMENT', path, value, 'is nested deeper than a case outcome');
  for (const [key, item] of Object.entries(value)) plainValues(item, `${path}.${key}`, depth + 1);
}

const MODES = ['down', 'up', 'half-up', 'half-even'];

/** Checks an AvailabilityShard before it is merged or reported. */
export function checkAvailabilityShard(value: unknown, path: string): void {
  const shard = record(value, path, 'an availability shard from availabilityShard');
  for (const key of ['month', 'timeZone']) if (typeof field(shard, key) !== 'string') fail('INVALID_ARGUMENT', `${path}.${key}`, field(shard, key), 'is not a text');
  instant(shard, 'start', path);
  instant(shard, 'end', path);
  instant(shard, 'asOf', path, true);
  if (!((shard['start'] as number) < (shard['end'] as number))) fail('INVALID_ARGUMENT', `${path}.end`, shard['end'], 'is not after the shard’s start');
  if (typeof field(shard, 'dropShortPeriods') !== 'boolean') fail('INVALID_ARGUMENT', `${path}.dropShortPeriods`, field(shard, 'dropShortPeriods'), 'is not true or false');
  const dayMinutes = field(shard, 'dayMinutes');
  if (dayMinutes !== undefined && dayMinutes !== null && !(typeof dayMinutes === 'number' && Number.isSafeInteger(dayMinutes) && dayMinutes > 0)) fail('INVALID_ARGUMENT', `${path}.dayMinutes`, dayMinutes, 'is not a whole number of ms above 0, or null');
  const rounding = field(shard, 'rounding');
  if (rounding !== null && rounding !== undefined) {
    const r = record(rounding, `${path}.rounding`, 'a rounding { decimals, mode } or null');
    const decimals = field(r, 'decimals');
    if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 10) fail('INVALID_ARGUMENT', `${path}.rounding.decimals`, decimals, 'is not a whole number from 0 to 10');
    if (!MODES.includes(field(r, 'mode') as string)) fail('INVALID_ARGUMENT', `${path}.rounding.mode`, field(r, 'mode'), `is not one of ${MODES.join(', ')}`);
  }
  // What the shard was computed under is compared as JSON when shards merge: it must be JSON data.
  for (const key of ['excusable', 'maintenance', 'region', 'conditions', 'appliesTo']) plainValues(field(shard, key), `${path}.${key}`, 0);
  const service = field(shard, 'serviceHours');
  if (service !== undefined) {
    if (!Array.isArray(service)) fail('INVALID_ARGUMENT', `${path}.serviceHours`, service, 'is not a list of open stretches { start, end }');
    let after = -Infinity;
    service.forEach((value: unknown, i) => {
      const at = `${path}.serviceHours[${i}]`;
      const stretch = record(value, at, 'an open stretch { start, end }');
      instant(stretch, 'start', at);
      instant(stretch, 'end', at);
      if (!((stretch['start'] as number) < (stretch['end'] as number)) || (stretch['start'] as number) < after) fail('INVALID_ARGUMENT', at, value, 'is not after the stretch before it, or ends before it starts (stretches are sorted and disjoint)');
      after = stretch['end'] as number;
    });
  }
  count(shard, 'incidentCount', path);
  const segments = field(shard, 'segments');
  if (!Array.isArray(segments)) return fail('INVALID_ARGUMENT', `${path}.segments`, segments, 'is not a list of segments');
  let last = -Infinity;
  segments.forEach((value: unknown, i) => {
    const at = `${path}.segments[${i}]`;
    const segment = record(value, at, 'a shard segment');
    for (const key of ['start', 'end', 'pieceStart', 'incidentStart', 'incidentEnd']) instant(segment, key, at);
    count(segment, 'incidentIndex', at);
    if ((segment['incidentIndex'] as number) >= (shard['incidentCount'] as number)) fail('INVALID_ARGUMENT', `${at}.incidentIndex`, segment['incidentIndex'], `is not below the shard's incidentCount (${String(shard['incidentCount'])})`);
    if (!(REASONS as readonly unknown[]).includes(field(segment, 'reason'))) fail('INVALID_ARGUMENT', `${at}.reason`, field(segment, 'reason'), `is not one of ${REASONS.join(', ')}`);
    if (!(INCIDENT_CAUSES as readonly unknown[]).includes(field(segment, 'cause'))) fail('INVALID_ARGUMENT', `${at}.cause`, field(segment, 'cause'), `is not one of ${INCIDENT_CAUSES.join(', ')}`);
    const id = field(segment, 'incidentId');
    if (id !== undefined && typeof id !== 'string') fail('INVALID_ARGUMENT', `${at}.incidentId`, id, 'is not a text');
    const start = segment['start'] as number;
    const end = segment['end'] as number;
    if (!(start < end) || start < last) fail('INVALID_ARGUMENT', at, value, 'is not after the segment before it, or ends before it starts (segments are sorted and disjoint)');
    last = end;
  });
}
