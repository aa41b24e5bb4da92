import { formatPercent } from '../../core/percent.js';
import { loadContract } from '../../contract/load-contract.js';
import type { Contract, ContractDocument, ContractParameter } from '../../contract/types.js';
import { isSlaError } from '../../core/errors.js';
import type { Command, CommandContext } from '../command.js';
import { guide } from '../guide.js';
import { BUILT_IN_CONTRACTS, contractDocument, contractUsageError } from '../contract-option.js';
import { toJson } from '../options.js';
import { describeTarget } from '../support.js';
import { formatPairs } from '../table.js';
import { UsageError } from '../usage-error.js';

/** A one-screen summary of what a contract defines. */
function summary(contract: Contract, missing: readonly string[], declared: Readonly<Record<string, ContractParameter>>): string {
  const lines: [string, string][] = [['contract', `${contract.name ?? '(no name)'}${contract.vendor === undefined ? '' : ` — ${contract.vendor}`}`]];
  for (const source of contract.sources) lines.push([`source ${source.id}`, `${source.title}${source.publisher === undefined ? '' : `, ${source.publisher}`}`]);
  const hours = contract.document.businessHours;
  if (hours !== undefined) lines.push(['business hours', typeof hours.hours === 'string' ? hours.hours : '$param' in hours.hours ? `parameter ${hours.hours.$param}` : Object.entries(hours.hours).map(([day, ranges]) => `${day} ${ranges.map((r) => r.join('–')).join(', ') || 'closed'}`).join('; ')]);
  for (const severity of contract.severities) {
    const level = contract.support?.levels[severity.level];
    const targets = level === undefined ? [] : [`response ${describeTarget(level.response)}`, ...(level.updates === undefined ? [] : [`updates every ${describeTarget(level.updates)}`]), ...(level.resolution === undefined ? [] : [`resolution ${describeTarget(level.resolution)}`])];
    lines.push([`level ${severity.level}`, [`${severity.label}${severity.aliases.length === 0 ? '' : ` (${severity.aliases.join(', ')})`}`, ...targets].join(' · ')]);
  }
  if (contract.severityRules !== undefined) lines.push(['severity rules', String(contract.severityRules.length)]);
  if (contract.downtime !== undefined) lines.push(['excusable downtime', contract.downtime.excusable.join(', ') || 'none']);
  if (contract.maintenance !== undefined) {
    const windows = contract.maintenance.toJSON().windows;
    lines.push(['maintenance windows', `${windows.length} in ${contract.maintenance.timeZone}${contract.maintenance.regions.length === 0 ? '' : `; regions ${contract.maintenance.regions.join(', ')}`}`]);
  }
  if (contract.availability !== undefined) lines.push(['availability', `${contract.availability.target === null ? 'no target' : `target ${contract.availability.target}%`}; ${contract.availability.credits.length} credit tiers`]);
  const renewal = contract.renewal;
  if (renewal !== undefined) {
    const cap = renewal.cap === null ? '' : `, at most ${formatPercent(renewal.cap * 100, 4)}`;
    lines.push(['renewal', `${renewal.termMonths}-month terms; uplift the greater of ${formatPercent(renewal.floor * 100, 4)} and ${renewal.index ?? 'the index'}${cap}; notice ${renewal.noticeDays} days; rounding ${renewal.rounding}`]);
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
    const missing = new Set(Object.keys(declared).filter((key) => given[key] === undefined));
    // Every part is checked, with each open parameter's example standing in for its value (a part
    // whose parameter has no example cannot be); the summary shows only what the document states.
    const examples = fillAll(document);
    const checkable = PARTS.filter((part) => !referencesAny((document as Record<string, unknown>)[part], new Set([...missing].filter((key) => examples[key] === undefined))));
    loadContract(document, { parameters: examples, parts: checkable });
    const stated = PARTS.filter((part) => !referencesAny((document as Record<string, unknown>)[part], missing));
    const contract = loadContract(document, { parts: stated });
    const open = PARTS.filter((part) => !stated.includes(part) && doc[part] !== undefined);
    const text = summary(contract, [...missing], declared) + (open.length === 0 ? '' : `\nparts that wait for parameters: ${open.join(', ')}`);
    return { text, json: { valid: true, parametersNeeded: [...missing], partsNeedingParameters: open, contract: toJson(contract.document) } };
  } catch (error) {
    if (!isSlaError(error)) throw error;
    throw contractUsageError(error, label);
  }
}

const PARTS = ['businessHours', 'severities', 'support', 'severityRules', 'downtime', 'maintenance', 'availability', 'renewal'] as const;

/** Whether a part of a document refers to one of `names` with `{ "$param": name }`. */
function referencesAny(value: unknown, names: ReadonlySet<string>): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const ref = (value as { $param?: unknown }).$param;
  if (typeof ref === 'string') return names.has(ref);
  return Object.values(value).some((item) => referencesAny(item, names));
}

/** Placeholder values for the parameters the document leaves unset: their examples, so `check` can look at everything else. */
function fillAll(document: unknown): Record<string, unknown> {
  const doc = document as ContractDocument | null;
  if (typeof doc !== 'object' || doc === null || typeof doc.parameters !== 'object' || doc.parameters === null) return {};
  return Object.fromEntries(Object.entries(doc.parameters).flatMap(([key, p]) => (doc.parameterValues?.[key] === undefined && p?.example !== undefined ? [[key, p.example]] : [])));
}

/** `slakit contract check FILE` and `slakit contract show NAME`. */
export const contractCommand: Command = {
  name: 'contract',
  summary: 'Check a contract document, or show a built-in one',
  usage: 'contract check FILE | contract show NAME',
  help: [
    'Subcommands:',
    '  check FILE   validate a contract JSON document: every problem with its JSON path, or a summary',
    '               of what it defines (levels, clocks, windows, renewal) and the parameters it needs',
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
    if (extra.length > 0) throw new UsageError(`takes one contract (got '${[name, ...extra].join(' ')}')`);
    if (verb === 'check' && name !== undefined) return check(context, name);
    if (verb === 'show' && name !== undefined) {
      const document = BUILT_IN_CONTRACTS[name.toLowerCase()];
      if (document === undefined) throw new UsageError(`show: '${name}' is not a built-in contract; expected one of ${Object.keys(BUILT_IN_CONTRACTS).join(', ')}`);
      return { text: JSON.stringify(document, null, 2), json: document };
    }
    throw new UsageError('expected check FILE or show NAME');
  },
};
