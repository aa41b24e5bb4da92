import { evaluateCase } from '../../cases/evaluate-case.js';
import type { SeverityLevel, SeverityLevelPolicy } from '../../cases/types.js';
import { parseInstant } from '../../core/instant.js';
import { severityLabel } from '../../contract/severity-label.js';
import type { Command } from '../command.js';
import { formatDuration, formatLocal } from '../local-time.js';
import { fromOption, stringOption, toJson } from '../options.js';
import { calendarOption, describeTarget, SUPPORT_HELP, SUPPORT_OPTIONS, supportContract, supportPolicyOption, timeZoneOption } from '../support.js';
import { formatPairs } from '../table.js';

/** `slakit due`: when a new case's first response, first update and escalation are due. */
export const dueCommand: Command = {
  name: 'due',
  summary: 'When a new case’s first response is due, how often updates are owed, and when it escalates',
  usage: 'due --contract NAME|FILE --severity N --opened INSTANT --tz ZONE [options]',
  help: [
    'Options:',
    '  --severity N|LABEL  the case’s severity: its level, 1 the most severe, or a label or alias of the',
    '                      contract’s (P1, Critical, Sev 1; any case)',
    '  --opened INSTANT    when the case was opened: ISO 8601 with Z or an offset',
    ...SUPPORT_HELP,
    '  --json              print the full case status as JSON',
  ].join('\n'),
  example: 'slakit due --contract examples/contracts/northwind-cloud.json --severity P2 --opened 2026-11-20T16:30:00-05:00 --tz America/New_York',
  inputs: 0,
  options: { ...SUPPORT_OPTIONS, severity: { type: 'string' }, opened: { type: 'string' } },
  run(context) {
    const policy = supportPolicyOption(context);
    const timeZone = timeZoneOption(context, true) as string;
    const calendar = calendarOption(context, timeZone);
    const severityText = stringOption(context, 'severity', true);
    // A level, or a label or alias of the contract's (P2, High, Sev 2), in any case.
    const severity: SeverityLevel = fromOption('severity', () => supportContract(context).severityOf(severityText));
    const openedAt = fromOption('opened', () => parseInstant(stringOption(context, 'opened', true)));
    const status = evaluateCase(policy, calendar, { severity, openedAt }, { now: openedAt });
    const level = policy.levels[severity] as SeverityLevelPolicy;
    const local = (at: Date | null): string => (at === null ? '—' : `${formatLocal(at, timeZone)}  (${at.toISOString()})`);
    const pairs: [string, string][] = [
      ['policy', policy.name ?? '(from --policy)'],
      ['severity', `${severity}: ${severityLabel(supportContract(context), severity)}`],
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
