import { evaluateCase } from '../../cases/evaluate-case.js';
import type { SeverityLevel, SeverityLevelPolicy } from '../../cases/types.js';
import { parseInstant } from '../../core/instant.js';
import { severityLabel } from '../../contract/severity-label.js';
import type { Command } from '../command.js';
import { formatDuration, formatLocal } from '../local-time.js';
import { fromOption, stringOption, toJson } from '../options.js';
import { calendarOption, describeTarget, planFields, SUPPORT_HELP, SUPPORT_OPTIONS, supportContract, supportPolicyOption, timeZoneOption, useSupportContract } from '../support.js';
import { historyOption, versionLabel } from '../contract-history.js';
import type { ContractHistory } from '../../contract/load-contract-history.js';
import type { SupportPolicy } from '../../cases/types.js';
import { selectPlan } from '../../contract/support-plans.js';
import type { CommandContext } from '../command.js';
import { UsageError } from '../usage-error.js';
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
    '  --plan NAME         under a contract with plans: the plan the case is under (support.plans)',
    '  --field NAME=VALUE  or a field of the case that the contract’s support.select rules match',
    '                      (tier=premium; repeat for more): the first rule that matches picks the plan',
    ...SUPPORT_HELP,
    '                        repeat --contract for the versions of a contract that changed (effective',
    '                        dates): the case is judged under the version in force at --opened (and',
    '                        under plans, the plan --plan names or --field selects in that version)',
    '  --json              print the full case status as JSON',
  ].join('\n'),
  example: 'slakit due --contract examples/contracts/northwind-cloud.json --severity P2 --opened 2026-11-20T16:30:00-05:00 --tz America/New_York',
  inputs: 0,
  options: { ...SUPPORT_OPTIONS, severity: { type: 'string' }, opened: { type: 'string' }, plan: { type: 'string' }, field: { type: 'string', multiple: true } },
  run(context) {
    // Several --contract: the version in force when the case opened is the contract of the run.
    const history = historyOption(context, ['businessHours', 'support']);
    const version = history === undefined ? null : fromOption('opened', () => history.versionAt(parseInstant(stringOption(context, 'opened', true))));
    if (version !== null) useSupportContract(context, version.contract);
    const { policy, plan } = duePolicy(context);
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
      ...(version === null ? [] : [['terms', `${versionLabel(history as ContractHistory, version)} (version ${version.index + 1} of ${(history as ContractHistory).versions.length}, in force when the case opened)`] as [string, string]]),
      ...(plan === null ? [] : [['plan', plan] as [string, string]]),
      ['severity', `${severity}: ${severityLabel(supportContract(context), severity)}`],
      ['opened', local(status.openedAt)],
      ['response target', describeTarget(level.response)],
      ['response due', local(status.response.dueAt)],
      ['time to respond', `${formatDuration(status.response.targetMs)} of ${status.response.clock === 'business' ? 'business time' : 'elapsed time'}`],
    ];
    if (level.updates !== undefined) pairs.push(['updates', `every ${describeTarget(level.updates)}`]);
    if (status.escalationDueAt !== null) pairs.push([`escalation (${status.escalationBy ?? 'vendor'})`, local(status.escalationDueAt)]);
    if (status.resolution !== null) pairs.push(['resolution due', local(status.resolution.dueAt)]);
    pairs.push(['time zone', timeZone]);
    return { text: formatPairs(pairs), json: toJson({ timeZone, ...(version === null ? {} : { version: { index: version.index, from: version.from, to: version.to } }), ...(plan === null ? {} : { plan }), status }) };
  },
};

/** The policy of the new case: the contract's, or under plans the one `--plan` names or `--field`s select. */
function duePolicy(context: CommandContext): { policy: SupportPolicy; plan: string | null } {
  const contract = supportContract(context);
  const named = stringOption(context, 'plan');
  const fields = (context.values['field'] as string[] | undefined) ?? [];
  const plans = contract.supportPlans;
  if (plans === undefined) {
    if (named !== undefined || fields.length > 0) throw new UsageError(`--${named !== undefined ? 'plan' : 'field'}: the contract states one set of support levels, not plans; leave it out`);
    return { policy: supportPolicyOption(context), plan: null };
  }
  const names = Object.keys(plans.plans);
  if (named !== undefined && fields.length > 0) throw new UsageError('--plan and --field: give one (the plan, or the fields that select it)');
  if (named !== undefined) {
    if (!Object.prototype.hasOwnProperty.call(plans.plans, named)) throw new UsageError(`--plan: '${named}' is not a plan of the contract; expected one of ${names.join(', ')}`);
    return { policy: plans.plans[named] as SupportPolicy, plan: named };
  }
  if (fields.length === 0) throw new UsageError(`--plan or --field is required: the contract has plans (${names.join(', ')}), chosen by ${planFields(contract).join(', ') || 'its rules'}`);
  const attributes: Record<string, string> = {};
  for (const field of fields) {
    const at = field.indexOf('=');
    if (at <= 0) throw new UsageError(`--field: '${field}' is not NAME=VALUE, such as tier=premium`);
    attributes[field.slice(0, at)] = field.slice(at + 1);
  }
  const choice = fromOption('field', () => selectPlan(contract, { attributes }));
  return { policy: choice.policy, plan: choice.plan };
}
