import type { CaseTargetStatus } from '../../cases/types.js';
import { parseInstant } from '../../core/instant.js';
import { CASE_FILE_HELP, nowOption, readCases } from '../case-records.js';
import type { Command } from '../command.js';
import { formatLocal } from '../local-time.js';
import { fromOption, toJson } from '../options.js';
import { SUPPORT_HELP, SUPPORT_OPTIONS, supportPolicyOption, timeZoneOption } from '../support.js';
import { formatTable } from '../table.js';

function outcome(response: CaseTargetStatus): string {
  if (response.outcome === 'met') return 'met';
  if (response.outcome === 'breached') return response.metAt === null ? 'breached (no response)' : 'breached';
  return response.outcome;
}

/** `slakit cases`: where each case stands at `--now`. */
export const casesCommand: Command = {
  name: 'cases',
  summary: 'The status of each case: response due, met or breached, next update owed, escalation',
  usage: 'cases FILE|- --preset uniphore --tz ZONE [--now INSTANT] [options]',
  help: [
    ...CASE_FILE_HELP,
    '',
    'Options:',
    ...SUPPORT_HELP,
    '  --now INSTANT       evaluate as of this instant (default: the current time)',
    '  --skip-bad-rows     leave out cases with bad data (listed on stderr) instead of stopping',
    '  --json              print every case status as JSON',
    '',
    'Times are shown in each case’s own zone.',
  ].join('\n'),
  example: 'slakit cases cases.csv --preset uniphore --tz America/New_York --now 2026-11-01T00:00:00Z',
  inputs: 1,
  options: { ...SUPPORT_OPTIONS, now: { type: 'string' }, 'skip-bad-rows': { type: 'boolean' } },
  run(context) {
    const policy = supportPolicyOption(context);
    const zone = timeZoneOption(context, false);
    const now = nowOption(context, (text) => fromOption('now', () => parseInstant(text)));
    const { cases, notes } = readCases(context, policy, zone, now);
    const rows = cases.map(({ input, timeZone, status }) => {
      const local = (at: Date | null): string => (at === null ? '—' : formatLocal(at, timeZone, false));
      return [
        input.id === undefined ? '' : String(input.id),
        String(status.severity),
        status.state,
        local(status.openedAt),
        local(status.response.dueAt),
        outcome(status.response),
        `${Math.round(status.response.percentUsed)}%`,
        local(status.nextUpdateDueAt),
        String(status.missedUpdates),
        local(status.escalationDueAt),
      ];
    });
    const table = formatTable(
      [
        { title: 'id' },
        { title: 'sev', align: 'right' },
        { title: 'state' },
        { title: 'opened' },
        { title: 'response due' },
        { title: 'response' },
        { title: 'used', align: 'right' },
        { title: 'next update due' },
        { title: 'missed', align: 'right' },
        { title: 'escalates' },
      ],
      rows,
    );
    const count = (what: string): number => cases.filter((c) => c.status.response.outcome === what).length;
    const summary = `${cases.length} ${cases.length === 1 ? 'case' : 'cases'} as of ${now.toISOString()}: ${count('met')} met, ${count('breached')} breached, ${count('pending')} pending, ${count('cancelled')} cancelled. Times are local to each case.`;
    return {
      text: `${table}\n\n${summary}`,
      json: toJson({ now, cases: cases.map(({ timeZone, status }) => ({ timeZone, ...status })) }),
      notes,
    };
  },
};
