// `--contract NAME|FILE`, `--param KEY=VALUE` and `--params FILE`: the one way every command names
// the contract it works under. A contract the command cannot use, or a parameter without a value,
// is a usage mistake (exit 2) that says what to give; a document that is not valid is bad data (exit 1).
import { loadContract } from '../contract/load-contract.js';
import type { Contract, ContractDocument, ContractParameter, ContractPart } from '../contract/types.js';
import { describeValue, isSlaError, type SlaError } from '../core/errors.js';
import { hasOwn } from '../core/plain-data.js';
import uniphore from '../../contracts/uniphore-support.json';
import niceCloud from '../../contracts/nice-cloud-services.json';
import niceOnPremise from '../../contracts/nice-on-premise-support.json';
import type { CommandContext } from './command.js';
import { guide } from './guide.js';
import { holidaysOption } from './holidays.js';
import { parseRate } from './money.js';
import { readJsonOption, stringOption } from './options.js';
import { DataError } from './data-error.js';
import { UsageError } from './usage-error.js';

/** The contracts the package ships, by the name `--contract` takes. */
export const BUILT_IN_CONTRACTS: Readonly<Record<string, ContractDocument>> = {
  uniphore: uniphore as unknown as ContractDocument,
  'nice-cloud': niceCloud as unknown as ContractDocument,
  'nice-on-premise': niceOnPremise as unknown as ContractDocument,
};

/** The built-in contract of a name (any case); `undefined` for any other name, `constructor` and `__proto__` included. */
export function builtInContract(name: string): ContractDocument | undefined {
  const key = name.toLowerCase();
  return hasOwn(BUILT_IN_CONTRACTS, key) ? BUILT_IN_CONTRACTS[key] : undefined;
}

/** The options that name a contract and its parameters. */
export const CONTRACT_OPTIONS = {
  contract: { type: 'string', multiple: true },
  param: { type: 'string', multiple: true },
  params: { type: 'string' },
} as const;

/** Their `--help` lines. */
export const CONTRACT_HELP = [
  `  --contract NAME|FILE  the contract: ${Object.keys(BUILT_IN_CONTRACTS).join(', ')}, or a contract JSON file`,
  `                        (${guide('contracts')}; \`slakit contract check FILE\` checks one)`,
  '  --param KEY=VALUE     a value for a parameter the contract declares (repeat for more)',
  '  --params FILE         parameter values as a JSON object { "KEY": value, … }',
];

/** The document `--contract` names: a built-in one (case-insensitive) or a JSON file. */
export function contractDocument(context: CommandContext, name: string): { document: unknown; label: string } {
  const builtIn = builtInContract(name);
  if (builtIn !== undefined) return { document: builtIn, label: name.toLowerCase() };
  if (!/\.json$/i.test(name)) throw new UsageError(`--contract: '${name}' is not a built-in contract (${Object.keys(BUILT_IN_CONTRACTS).join(', ')}) or a .json file`);
  try {
    return { document: readJsonOption(context, 'contract', name), label: name };
  } catch (error) {
    // A contract file that is not JSON is a bad document (exit 1), like one that breaks the schema.
    if (error instanceof UsageError && error.message.includes('is not valid JSON')) throw new DataError([error.message]);
    throw error;
  }
}

/** A command-line text as a value of the parameter's type. */
function parameterValue(text: string, parameter: ContractParameter | undefined, key: string): unknown {
  switch (parameter?.type) {
    case 'duration':
      return /^\d+$/.test(text) ? Number(text) : text;
    case 'number':
    case 'whole-number':
      return numberValue(text, key);
    case 'percent':
    case 'share':
      // '99.9%' and '90%' stay texts: the contract reads them exactly, in the field's unit.
      return text.trim().endsWith('%') ? text.trim() : numberValue(text, key);
    case 'weekly-hours':
    case 'holidays':
    case 'maintenance-windows':
    case 'credit-tiers':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new UsageError(`--param ${key}: '${text}' is not JSON (a ${parameter.type} parameter takes a JSON value)`);
      }
    default:
      return text;
  }
}

function numberValue(text: string, key: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--param ${key}: '${text}' is not a number`);
  return value;
}

/** The example of a parameter as the command line writes it. */
function exampleText(parameter: { type: string; example?: unknown }): string {
  if (parameter.example === undefined) return parameter.type === 'duration' ? 'PT4H' : '…';
  return typeof parameter.example === 'string' || typeof parameter.example === 'number' ? String(parameter.example) : `'${JSON.stringify(parameter.example)}'`;
}

/** The values of `--params FILE` and every `--param KEY=VALUE`, typed by the document's declarations. */
export function parameterOptions(context: CommandContext, document: unknown): Record<string, unknown> {
  const declared = ((document as ContractDocument | null)?.parameters ?? {}) as Record<string, ContractParameter>;
  // Null-prototype: `--param __proto__=1` and a `{"__proto__": 1}` file are names like any other,
  // which the loader refuses as not declared, never a prototype set and dropped.
  const values = Object.create(null) as Record<string, unknown>;
  const file = stringOption(context, 'params');
  if (file !== undefined) {
    const json = readJsonOption(context, 'params', file);
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new UsageError(`--params: '${file}' does not hold a JSON object of parameter values`);
    Object.assign(values, json);
  }
  const raw = context.values['param'];
  for (const pair of Array.isArray(raw) ? raw : raw === undefined ? [] : [String(raw)]) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--param: '${pair}' is not KEY=VALUE`);
    const key = pair.slice(0, at);
    values[key] = parameterValue(pair.slice(at + 1), hasOwn(declared, key) ? declared[key] : undefined, key);
  }
  // `--holidays` gives the run's holidays, which replace the contract's wherever a calendar is
  // made: a holidays parameter the contract leaves open is then not needed, and stands empty.
  if (holidaysOption(context) !== undefined) {
    const given = (document as ContractDocument | null)?.parameterValues ?? {};
    for (const [key, parameter] of Object.entries(declared)) if (parameter.type === 'holidays' && values[key] === undefined && given[key] === undefined) values[key] = [];
  }
  return values;
}

/**
 * The contract of `--contract`, loaded with the parts the command uses; `undefined` when the option
 * is absent and not `required`.
 */
export function contractOption(context: CommandContext, parts: readonly ContractPart[], required: true): Contract;
export function contractOption(context: CommandContext, parts: readonly ContractPart[], required: boolean): Contract | undefined;
export function contractOption(context: CommandContext, parts: readonly ContractPart[], required: boolean): Contract | undefined {
  if (Array.isArray(context.values['contract'])) {
    throw new UsageError(`--contract: this command takes one contract (got ${(context.values['contract'] as string[]).join(', ')}); the versions of a contract that changed (effective dates) are taken by compliance, cases, due, availability and report`);
  }
  const name = stringOption(context, 'contract');
  if (name === undefined) {
    if (required) throw new UsageError(`--contract is required: ${Object.keys(BUILT_IN_CONTRACTS).join(', ')}, or a contract JSON file (${guide('contracts')})`);
    if (context.values['param'] !== undefined || context.values['params'] !== undefined) throw new UsageError('--param and --params go with --contract');
    return undefined;
  }
  const { document, label } = contractDocument(context, name);
  const parameters = parameterOptions(context, document);
  try {
    return loadContract(document, { parameters, parts });
  } catch (error) {
    if (!isSlaError(error)) throw error;
    throw contractUsageError(error, label);
  }
}

// A contract's problems printed at most (the rest are counted): stderr stays readable and bounded.
const MAX_PROBLEMS_SHOWN = 50;

/**
 * The error for a contract that does not load: every missing parameter with an example (a usage
 * error, exit 2: the command line must give them; `instead`: the maintenance windows need them,
 * and the other way out, if any), or every problem of an invalid document (bad
 * data, exit 1: the file is wrong, not the command line).
 */
export function contractUsageError(error: SlaError, label: string, instead?: string): UsageError | DataError {
  if (error.code === 'CONTRACT_PARAMETER_MISSING') {
    const missing = error.details['missing'] as { name: string; type: string; description: string; example?: unknown }[];
    const what = instead === undefined ? '' : ' for its maintenance windows';
    return new UsageError(
      [
        `--contract ${label}: ${missing.length === 1 ? 'a parameter needs' : `${missing.length} parameters need`} a value${what} (the contract text does not state ${missing.length === 1 ? 'it' : 'them'}):`,
        ...missing.map((p) => `  ${p.name} (${p.type}): ${p.description}`),
        `Give ${missing.map((p) => `--param ${p.name}=${exampleText(p)}`).join(' ')}, or --params FILE${instead === undefined || instead === '' ? '' : `; or ${instead}`}.`,
      ].join('\n'),
    );
  }
  const problems = (error.details['problems'] as { path: string; message: string }[] | undefined) ?? [{ path: String(error.details.path ?? ''), message: error.message }];
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  ${p.path === '' ? '(document)' : p.path}: ${p.message}`);
  if (problems.length > MAX_PROBLEMS_SHOWN) shown.push(`  … and ${problems.length - MAX_PROBLEMS_SHOWN} more`);
  return new DataError([`--contract ${label}: ${error.code}:`, ...shown]);
}

/** The part a command needs, or a usage error naming what the contract lacks. */
export function contractPart<T>(contract: Contract, value: T | undefined, what: string, instead: string): T {
  if (value === undefined) throw new UsageError(`--contract ${describeValue(contract.name ?? 'FILE')} defines no ${what}; ${instead}`);
  return value;
}
