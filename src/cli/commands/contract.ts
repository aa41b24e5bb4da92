import { lengthText } from '../../availability/describe-notice.js';
import type { DowntimePolicy } from '../../availability/types.js';
import { formatPercent } from '../../core/percent.js';
import { loadContract } from '../../contract/load-contract.js';
import { parseDuration } from '../../core/duration.js';
import type { Clause, Contract, ContractAvailability, ContractCreditTerms, ContractDocument, ContractParameter } from '../../contract/types.js';
import { isSlaError } from '../../core/errors.js';
import type { Command, CommandContext } from '../command.js';
import { guide } from '../guide.js';
import { hasOwn } from '../../core/plain-data.js';
import { BUILT_IN_CONTRACTS, builtInContract, contractDocument, contractUsageError } from '../contract-option.js';
import { toJson } from '../options.js';
import { describeTarget } from '../support.js';
import { describeWhen } from '../../contract/support-plans.js';
import type { SupportPolicy } from '../../cases/types.js';
import { formatPairs } from '../table.js';
import { UsageError } from '../usage-error.js';
import { DataError } from '../data-error.js';
import { effectiveText, historyMessage, versionLabel } from '../contract-history.js';
import { loadContractHistory, type ContractHistory } from '../../contract/load-contract-history.js';

/** The excusable causes, each with its condition: `scheduled-maintenance (notice 72 h; until the announced end)`. */
function excusableText(policy: DowntimePolicy): string {
  return policy.excusable
    .map((cause) => {
      const condition = policy.conditions?.find((c) => c.cause === cause);
      if (condition === undefined) return cause;
      const terms = [...(condition.notice === undefined ? [] : [condition.notice === 'best-effort' ? 'best-effort notice, excused with any notice' : `notice ${lengthText(parseDuration(condition.notice))}`]), ...(condition.until === undefined ? [] : ['until the announced end'])];
      return `${cause} (${terms.join('; ')})`;
    })
    .join(', ');
}

/** `; service hours mon 07:00–20:00; … (x, y and z count only these)`, or nothing. */
function serviceHoursSummary(hours: ContractAvailability['serviceHours']): string {
  if (hours === undefined) return '';
  if (hours === 'businessHours') return "; service hours: the contract's business hours (x, y and z count only these)";
  const days = typeof hours.hours === 'string' ? hours.hours : Object.entries(hours.hours).map(([day, ranges]) => `${day} ${ranges.map((r) => r.join('–')).join(', ') || 'closed'}`).join(', ');
  return `; service hours ${days}${hours.timeZone === undefined ? '' : ` ${hours.timeZone}`} (x, y and z count only these)`;
}

/** `2nd`, `11th`, `23rd`. */
const ordinal = (n: number): string => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/** The credit terms: `; credits at most 30% of the fee, none under USD 1.00, claimed within 30 days`. */
function creditTermsText(terms: ContractCreditTerms | undefined): string {
  if (terms === undefined) return '';
  const parts = [
    ...(terms.capPercent === undefined ? [] : [`credits at most ${terms.capPercent}% of the fee`]),
    ...(terms.minimumAmount === undefined ? [] : [`none under ${terms.currency ?? ''} ${terms.minimumAmount}`.replace('  ', ' ')]),
    ...(terms.claimWithinDays === undefined ? [] : [`claimed within ${terms.claimWithinDays} days after the period`]),
    ...(terms.claimWithinMonths === undefined ? [] : [`claimed by the end of the ${terms.claimWithinMonths === 1 ? 'month' : `${ordinal(terms.claimWithinMonths)} month`} after the period`]),
  ];
  return parts.length === 0 ? '' : `; ${parts.join(', ')}`;
}
/** `text` when the document states the term, else nothing: a summary lists only what the text says. */
const stated = (term: unknown, text: string): string => (term === undefined ? '' : text);

/** A zone, or the parameter that gives it. */
const zoneText = (zone: unknown): string => (typeof zone === 'string' ? zone : `the zone of parameter ${(zone as { $param: string }).$param}`);

/**
 * The maintenance windows as the document states them, each with its days, region, zone (or the
 * parameter that gives it) and clause, so a window whose zone waits for a parameter is listed too.
 */
function maintenanceLines(maintenance: NonNullable<ContractDocument['maintenance']>, sources: Contract['sources']): [string, string][] {
  const zone = zoneText(maintenance.timeZone);
  if ('$param' in maintenance.windows) return [['maintenance windows', `parameter ${maintenance.windows.$param}, in ${zone}`]];
  const windows = maintenance.windows;
  const regions = [...new Set(windows.flatMap((w) => (w.region === undefined ? [] : [w.region])))];
  const own = windows.filter((w) => w.timeZone !== undefined).length;
  const title = (doc: string): string => sources.find((s) => s.id === doc)?.title ?? doc;
  return [
    ['maintenance windows', `${windows.length} in ${zone}${own === 0 ? '' : ` (${own} in a zone of their own)`}${regions.length === 0 ? '' : `; regions ${regions.join(', ')}`}`],
    ...windows.map((w, i): [string, string] => {
      const clauses = w.source === undefined ? [] : Array.isArray(w.source) ? (w.source as readonly Clause[]) : [w.source as Clause];
      const cited = clauses.map((c) => ` — ${title(c.doc)}, ${c.section}${c.quote === undefined ? '' : `: “${c.quote}”`}`).join('');
      return [`window ${w.id ?? i + 1}`, `${w.day} ${w.start}–${w.end}, ${w.region === undefined ? 'every region' : `region ${w.region}`}, in ${w.timeZone === undefined ? zone : zoneText(w.timeZone)}${cited}`];
    }),
  ];
}

/** A one-screen summary of what a contract defines. */
function summary(contract: Contract, missing: readonly string[], declared: Readonly<Record<string, ContractParameter>>, maintenance: ContractDocument['maintenance']): string {
  const lines: [string, string][] = [['contract', `${contract.name ?? '(no name)'}${contract.vendor === undefined ? '' : ` — ${contract.vendor}`}`]];
  if (contract.effective !== undefined) lines.push(['in force', `${effectiveText(contract.effective)} (both days inclusive; a day starts at 00:00 ${contract.effective.timeZone})`]);
  for (const source of contract.sources) lines.push([`source ${source.id}`, `${source.title}${source.publisher === undefined ? '' : `, ${source.publisher}`}`]);
  const hours = contract.document.businessHours;
  if (hours !== undefined) lines.push(['business hours', typeof hours.hours === 'string' ? hours.hours : '$param' in hours.hours ? `parameter ${hours.hours.$param}` : Object.entries(hours.hours).map(([day, ranges]) => `${day} ${ranges.map((r) => r.join('–')).join(', ') || 'closed'}`).join('; ')]);
  // Under plans, each plan's levels, then the rules that choose a plan.
  const policies: [string, SupportPolicy | undefined][] = contract.supportPlans === undefined ? [['', contract.support]] : Object.entries(contract.supportPlans.plans);
  for (const [plan, policy] of policies)
  for (const severity of contract.severities) {
    const level = policy?.levels[severity.level];
    // A target's own compliance target (or, for the response, the level's): `resolution 45 business hours, 90% of cases`.
    const share = (target: { readonly complianceTarget?: number } | undefined, fallback?: number): string => {
      const value = target?.complianceTarget ?? fallback;
      return value === undefined ? '' : `, ${formatPercent(value * 100, 4)} of cases`;
    };
    const targets =
      level === undefined
        ? []
        : [
            `response ${describeTarget(level.response)}${share(level.response, level.complianceTarget)}`,
            ...(level.updates === undefined ? [] : [`updates every ${describeTarget(level.updates)}${share(level.updates)}`]),
            ...(level.resolution === undefined ? [] : [`resolution ${describeTarget(level.resolution)}${share(level.resolution)}`]),
          ];
    lines.push([`${plan === '' ? '' : `plan ${plan}, `}level ${severity.level}`, [`${severity.label}${severity.aliases.length === 0 ? '' : ` (${severity.aliases.join(', ')})`}`, ...targets].join(' · ')]);
  }
  contract.supportPlans?.select.forEach((rule, i) => lines.push([`plan rule ${i + 1}`, `${describeWhen(rule.when ?? null)} → ${rule.plan}`]));
  if (contract.severityRules !== undefined) lines.push(['severity rules', String(contract.severityRules.length)]);
  if (contract.downtime !== undefined) lines.push(['excusable downtime', excusableText(contract.downtime) || 'none']);
  const unscheduled = contract.document.downtime?.unscheduled;
  // Causes the text itself counts as unscheduled, with a best-effort notice where it promises one.
  if (contract.downtime !== undefined && unscheduled !== undefined && unscheduled.length > 0) {
    lines.push(['unscheduled (stated)', unscheduled.map((entry) => (typeof entry === 'string' ? entry : `${entry.cause}${entry.notice === 'best-effort' ? ' (best-effort notice, no minimum)' : ''}`)).join(', ')]);
  }
  if (maintenance !== undefined) lines.push(...maintenanceLines(maintenance, contract.sources));
  if (contract.availability !== undefined) lines.push(['availability', `${contract.availability.target === null ? 'no target' : `target ${contract.availability.target}%`}; ${contract.availability.credits.length} credit tiers${creditTermsText(contract.availability.creditTerms)}${contract.availability.appliesTo === undefined ? '' : `; applies to ${contract.availability.appliesTo.environment.join(', ')} only`}${contract.availability.period === undefined ? '' : `; measured per ${contract.availability.period}`}${serviceHoursSummary(contract.availability.serviceHours)}`]);
  const renewal = contract.renewal;
  if (renewal !== undefined) {
    const cap = renewal.cap === null ? '' : `, at most ${formatPercent(renewal.cap * 100, 4)}`;
    lines.push(['renewal', `${renewal.termMonths}-month terms; uplift the greater of ${formatPercent(renewal.floor * 100, 4)} and ${renewal.index ?? 'the index'}${cap}; notice ${renewal.noticeDays} days${stated(contract.document.renewal?.rounding, `; rounding ${renewal.rounding}`)}`]);
  }
  if (missing.length === 0) lines.push(['parameters needed', 'none']);
  for (const name of missing) lines.push([`parameter ${name}`, `${declared[name]?.type}: ${declared[name]?.description}`]);
  return formatPairs(lines);
}

function check(context: CommandContext, name: string): { text: string; json: unknown } {
  const { document, label } = contractDocument(context, name);
  try {
    const doc = document as ContractDocument;
    const declared = doc.parameters ?? {};
    const given = doc.parameterValues ?? {};
    const missing = new Set(Object.keys(declared).filter((key) => !hasOwn(given, key) || given[key] === undefined));
    // Every part is checked, with each open parameter's example standing in for its value (a part
    // whose parameter has no example cannot be); the summary shows only what the document states.
    const examples = fillAll(document);
    const checkable = PARTS.filter((part) => !referencesAny((document as Record<string, unknown>)[part], new Set([...missing].filter((key) => examples[key] === undefined))));
    loadContract(document, { parameters: examples, parts: checkable });
    const stated = PARTS.filter((part) => !referencesAny((document as Record<string, unknown>)[part], missing));
    const contract = loadContract(document, { parts: stated });
    const open = PARTS.filter((part) => !stated.includes(part) && doc[part] !== undefined);
    // The windows are listed as the document states them (checked above), also when their zone waits for a parameter.
    const windows = checkable.includes('maintenance') ? doc.maintenance : undefined;
    const text = summary(contract, [...missing], declared, windows) + (open.length === 0 ? '' : `\nparts that wait for parameters: ${open.join(', ')}`);
    return { text, json: { valid: true, parametersNeeded: [...missing], partsNeedingParameters: open, contract: toJson(contract.document) } };
  } catch (error) {
    if (!isSlaError(error)) throw error;
    throw contractUsageError(error, label);
  }
}

/** `contract check V1 V2 …`: each version's summary, then the history they form (or why they do not form one). */
function checkHistory(context: CommandContext, names: readonly string[]): { text: string; json: unknown } {
  const checked = names.map((name) => ({ name, ...check(context, name) }));
  const documents = names.map((name) => contractDocument(context, name));
  let history: ContractHistory;
  try {
    history = loadContractHistory(
      documents.map((d) => d.document),
      { parameters: Object.assign({}, ...documents.map((d) => fillAll(d.document))) as Record<string, unknown>, parts: ['severities'] },
    );
  } catch (error) {
    if (!isSlaError(error) || error.code !== 'INVALID_CONTRACT_HISTORY') throw error;
    throw new DataError([historyMessage(error, documents.map((d) => d.label))]);
  }
  const order = history.versions.map((v) => ({ label: versionLabel(history, v), file: names[v.position] ?? '' }));
  const text = [
    ...checked.map((c) => `${c.name}:\n${c.text}`),
    formatPairs([['history', `${history.name ?? '(no name)'}: ${history.versions.length} versions, days starting at 00:00 ${history.timeZone}, both ends inclusive`], ...order.map((o, i): [string, string] => [`version ${i + 1}`, `${o.label} (${o.file})`])]),
  ].join('\n\n');
  return { text, json: { valid: true, timeZone: history.timeZone, versions: history.versions.map((v) => ({ version: v.index, file: names[v.position], from: v.from, to: v.to, start: v.start, end: v.end })), documents: checked.map((c) => ({ file: c.name, ...(c.json as object) })) } };
}

const PARTS = ['businessHours', 'severities', 'support', 'severityRules', 'downtime', 'maintenance', 'availability', 'renewal'] as const;

/** Whether a part of a document refers to one of `names` with `{ "$param": name }`. */
function referencesAny(value: unknown, names: ReadonlySet<string>): boolean {
  // A walk with a stack of its own: a hostile document of any depth is refused by the loader, not by a stack overflow here.
  const stack = [value];
  for (let item = stack.pop(); stack.length > 0 || item !== undefined; item = stack.pop()) {
    if (typeof item !== 'object' || item === null) continue;
    const ref = (item as { $param?: unknown }).$param;
    if (typeof ref === 'string') {
      if (names.has(ref)) return true;
      continue;
    }
    for (const inner of Object.values(item)) stack.push(inner);
  }
  return false;
}

/** Placeholder values for the parameters the document leaves unset: their examples, so `check` can look at everything else. */
function fillAll(document: unknown): Record<string, unknown> {
  const doc = document as ContractDocument | null;
  if (typeof doc !== 'object' || doc === null || typeof doc.parameters !== 'object' || doc.parameters === null) return {};
  return Object.fromEntries(Object.entries(doc.parameters).flatMap(([key, p]) => ((doc.parameterValues == null || !hasOwn(doc.parameterValues, key) || doc.parameterValues[key] === undefined) && p?.example !== undefined ? [[key, p.example]] : [])));
}

/** `slakit contract check FILE` and `slakit contract show NAME`. */
export const contractCommand: Command = {
  name: 'contract',
  summary: 'Check a contract document, or show a built-in one',
  usage: 'contract check FILE [FILE…] | contract show NAME',
  help: [
    'Subcommands:',
    '  check FILE   validate a contract JSON document: every problem with its JSON path, or a summary',
    '               of what it defines (levels, clocks, windows, renewal) and the parameters it needs;',
    '               several files: the versions of one contract (effective dates), each checked, then',
    '               the history they form (no gap, no overlap, one contract)',
    `  show NAME    print a built-in contract as JSON: ${Object.keys(BUILT_IN_CONTRACTS).join(', ')}`,
    '',
    `How to write a contract: ${guide('contracts')}.`,
    `Where each built-in rule comes from: ${guide('sources')}.`,
  ].join('\n'),
  example: 'slakit contract check examples/contracts/northwind-cloud.json',
  options: {},
  inputs: 'any',
  run(context) {
    const [verb, name, ...extra] = context.positionals;
    // Several files: the versions of one contract, each checked, then as a history.
    if (verb === 'check' && name !== undefined && extra.length > 0) return checkHistory(context, [name, ...extra]);
    if (extra.length > 0) throw new UsageError(`takes one contract (got '${[name, ...extra].join(' ')}')`);
    if (verb === 'check' && name !== undefined) return check(context, name);
    if (verb === 'show' && name !== undefined) {
      const document = builtInContract(name);
      if (document === undefined) throw new UsageError(`show: '${name}' is not a built-in contract; expected one of ${Object.keys(BUILT_IN_CONTRACTS).join(', ')}`);
      return { text: JSON.stringify(document, null, 2), json: document };
    }
    throw new UsageError('expected check FILE or show NAME');
  },
};
