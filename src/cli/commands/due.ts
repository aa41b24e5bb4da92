import { evaluateCase } from '../../cases/evaluate-case.js';
import type { SeverityLevel, SeverityLevelPolicy } from '../../cases/types.js';
import { parseInstant } from '../../core/instant.js';
import type { Command } from '../command.js';
import { formatDuration, formatLocal } from '../local-time.js';
import { fromOption, stringOption, toJson } from '../options.js';
import { calendarOption, describeTarget, SUPPORT_HELP, SUPPORT_OPTIONS, supportPolicyOption, timeZoneOption } from '../support.js';
import { formatPairs } from '../table.js';
import { UsageError } from '../usage-error.js';

/** `slakit due`: when a new case's first response, first update and escalation are due. */
export const dueCommand: Command = {
  name: 'due',
  summary: 'When a new case’s first response is due, how often updates are owed, and when it escalates',
  usage: 'due --preset uniphore --severity N --opened INSTANT --tz ZONE [options]',
  help: [
    'Options:',
    '  --severity N        the case’s severity, 1 (most severe) to 4',
    '  --opened INSTANT    when the case was opened: ISO 8601 with Z or an offset',
    ...SUPPORT_HELP,
    '  --json              print the full case status as JSON',
  ].join('\n'),
  example: 'slakit due --preset uniphore --severity 3 --opened 2026-11-20T16:30:00-05:00 --tz America/New_York --holidays US',
  inputs: 0,
  options: { ...SUPPORT_OPTIONS, severity: { type: 'string' }, opened: { type: 'string' } },
  run(context) {
    const policy = supportPolicyOption(context);
    const timeZone = timeZoneOption(context, true) as string;
    const calendar = calendarOption(context, timeZone);
    const severityText = stringOption(context, 'severity', true);
    const count = Object.keys(policy.levels).length;
    const severity = Number(severityText) as SeverityLevel;
    if (!/^\d{1,2}$/.test(severityText) || severity < 1 || severity > count) throw new UsageError(`--severity: '${severityText}' is not a severity level from 1 to ${count}`);
    const openedAt = fromOption('opened', () => parseInstant(stringOption(context, 'opened', true)));
    const status = evaluateCase(policy, calendar, { severity, openedAt }, { now: openedAt });
    const level = policy.levels[severity] as SeverityLevelPolicy;
    const local = (at: Date | null): string => (at === null ? '—' : `${formatLocal(at, timeZone)}  (${at.toISOString()})`);
    const pairs: [string, string][] = [
      ['policy', policy.name ?? '(from --policy)'],
      ['severity', `${severity}: ${level.label}`],
      ['opened', local(status.openedAt)],
      ['response target', describeTarget(level.response)],
      ['response due', local(status.response.dueAt)],
      ['time to respond', `${formatDuration(status.response.target)} of ${status.response.clock === 'business' ? 'business time' : 'elapsed time'}`],
    ];
    if (level.updates !== undefined) pairs.push(['updates', `every ${describeTarget(level.updates)}`]);
    if (status.escalationDueAt !== null) pairs.push([`escalation (${status.escalationBy ?? 'vendor'})`, local(status.escalationDueAt)]);
    if (status.resolution !== null) pairs.push(['resolution due', local(status.resolution.dueAt)]);
    pairs.push(['time zone', timeZone]);
    return { text: formatPairs(pairs), json: toJson({ timeZone, status }) };
  },
};
