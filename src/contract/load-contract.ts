import { readPolicy } from '../availability/read-policy.js';
import { serviceCredit } from '../availability/service-credit.js';
import { monthInterval } from '../core/month.js';
import type { CreditTier, DowntimePolicy } from '../availability/types.js';
import { createCalendar } from '../calendar/create-calendar.js';
import type { Calendar, CalendarSpec } from '../calendar/types.js';
import { classifySeverity } from '../cases/classify-severity.js';
import { severityNames, severityOf } from '../cases/severity-of.js';
import type { SeverityLevel, SeverityRule, SupportPolicy } from '../cases/types.js';
import { validateSupportPolicy } from '../cases/validate-support-policy.js';
import { describeValue, fail, isSlaError, SlaError } from '../core/errors.js';
import { hasOwn, readOptions } from '../core/plain-data.js';
import { createMaintenanceSchedule } from '../maintenance/create-maintenance-schedule.js';
import type { MaintenanceSchedule, MaintenanceScheduleSpec } from '../maintenance/types.js';
import { renewalUplift } from '../renewal/renewal-uplift.js';
import { checkSchema, type SchemaProblem } from './check-schema.js';
import { creditTermsOf } from './credit-terms.js';
import { effectiveOf } from './effective.js';
import { planProblems, supportPlansOf } from './load-support-plans.js';
import { contractSchema, MAX_PARAMETER_VALUE_DEPTH } from './schema.js';
import { unitProblem, withUnits } from './units.js';
import { readServiceHours } from './service-hours.js';
import type {
  Clause,
  Contract,
  ContractAvailability,
  ContractCreditTerms,
  ContractDocument,
  ContractEffective,
  ContractParameter,
  ContractPart,
  ContractRenewal,
  ContractSeverity,
  ContractSource,
  LoadContractOptions,
  ZonelessCalendarSpec,
} from './types.js';

type Json = Record<string, unknown>;

const CONTRACT_PARTS: readonly ContractPart[] = ['businessHours', 'severities', 'support', 'severityRules', 'downtime', 'maintenance', 'availability', 'renewal'];

/** One `INVALID_CONTRACT` error for all the problems found, each with its JSON path. */
function invalidContract(problems: readonly SchemaProblem[]): never {
  const lines = problems.map((p) => `${p.path === '' ? '(document)' : p.path}: ${p.message}`);
  const shown = lines.length > 12 ? [...lines.slice(0, 12), `… and ${lines.length - 12} more`] : lines;
  const first = problems[0] as SchemaProblem;
  throw new SlaError('INVALID_CONTRACT', problems.length === 1 ? (shown[0] as string) : `${problems.length} problems:\n  ${shown.join('\n  ')}`, {
    path: first.path,
    problems,
  });
}

/** Runs a module's validator on a part of the contract; its error is reported at the part's path. */
function inPart<T>(prefix: string, rename: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!isSlaError(error)) throw error;
    const inner = String(error.details.path ?? '');
    const rest = error.message.slice(error.code.length + 2);
    const message = rest.startsWith(`${inner}: `) ? rest.slice(inner.length + 2) : rest;
    const tail = rename !== '' && inner.startsWith(rename) ? inner.slice(rename.length) : inner === '' || inner.startsWith('[') ? inner : `.${inner}`;
    return invalidContract([{ path: `${prefix}${tail}`, message: `${message} (${error.code})` }]);
  }
}

const isRef = (value: unknown): value is { $param: string } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as Json)['$param'] === 'string';

/** Every `{ "$param": name }` in the document, by path. */
function parameterRefs(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (isRef(value)) out.set(path, value.$param);
  else if (Array.isArray(value)) value.forEach((item: unknown, i) => parameterRefs(item, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) parameterRefs(item, path === '' ? key : `${path}.${key}`, out);
  return out;
}

/** A copy of the document with every parameter reference replaced by its value. */
function substitute(value: unknown, values: Json): unknown {
  if (isRef(value)) return values[value.$param];
  if (Array.isArray(value)) return value.map((item: unknown) => substitute(item, values));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, values)]));
  return value;
}

/** Removes every `source` member (of rules), recording the clauses by the rule's path. */
function stripSources(value: unknown, path: string, clauses: Map<string, readonly Clause[]>): unknown {
  if (Array.isArray(value)) return value.map((item: unknown, i) => stripSources(item, `${path}[${i}]`, clauses));
  if (typeof value !== 'object' || value === null) return value;
  const out: Json = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'source' && path !== '') clauses.set(path, Array.isArray(item) ? (item as Clause[]) : [item as Clause]);
    else out[key] = stripSources(item, path === '' ? key : `${path}.${key}`, clauses);
  }
  return out;
}

/** Checks what the schema cannot: cited documents exist, levels run 1 to N alike, aliases are unique. */
function crossCheck(doc: Json, clauses: ReadonlyMap<string, readonly Clause[]>): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const ids = new Set(((doc['sources'] ?? []) as ContractSource[]).map((s) => s.id));
  ((doc['sources'] ?? []) as ContractSource[]).forEach((s, i, all) => {
    if (all.findIndex((other) => other.id === s.id) !== i) problems.push({ path: `sources[${i}].id`, message: `${describeValue(s.id)} is already the id of an earlier source` });
  });
  for (const [path, list] of clauses) {
    list.forEach((clause, i) => {
      if (!ids.has(clause.doc)) {
        const at = list.length === 1 && !path.endsWith(']') ? `${path}.source.doc` : `${path}.source[${i}].doc`;
        problems.push({ path: at, message: `${describeValue(clause.doc)} is not the id of a document in sources${ids.size === 0 ? ' (there are none)' : `; expected one of ${[...ids].join(', ')}`}` });
      }
    });
  }
  const levelKeys = (path: string, object: unknown): string[] | undefined => {
    if (object === undefined) return undefined;
    const keys = Object.keys(object as Json).sort((a, b) => Number(a) - Number(b));
    keys.forEach((key, i) => {
      if (Number(key) !== i + 1) problems.push({ path: `${path}.${i + 1}`, message: `is missing; levels run from 1 to ${keys.length} with no gap` });
    });
    return keys;
  };
  const severities = levelKeys('severities', doc['severities']);
  const support = levelKeys('support.levels', (doc['support'] as Json | undefined)?.['levels']);
  if (severities !== undefined && support !== undefined && severities.join() !== support.join()) {
    problems.push({ path: 'support.levels', message: `defines levels ${support.join(', ')} but severities defines ${severities.join(', ')}` });
  }
  problems.push(...planProblems(doc['support'] as Json | undefined, severities, levelKeys));
  // Names are compared as every reader compares them (severityOf): a clash is refused here.
  const names = Object.entries((doc['severities'] ?? {}) as Json).flatMap(([level, entry]) => {
    const { label, aliases = [] } = entry as { label: string; aliases?: string[] };
    return [label, ...aliases].map((name, i) => ({ name, level: Number(level), path: i === 0 ? `severities.${level}.label` : `severities.${level}.aliases[${i - 1}]` }));
  });
  for (const clash of severityNames(names).clashes) problems.push({ path: clash.path, message: `${describeValue(clash.name)} ${clash.message}` });
  if (support === undefined || severities !== undefined) return problems;
  for (const key of support) {
    const level = ((doc['support'] as Json)['levels'] as Json)[key] as Json;
    if (level['label'] === undefined) problems.push({ path: `support.levels.${key}.label`, message: 'is missing; give each level a label here or in severities' });
  }
  return problems;
}

/**
 * Where a parameter's value (or example) is not a value: a `{ "$param" }` reference inside it, or
 * nesting deeper than the schema allows. Iterative, so any depth is refused without a stack overflow.
 */
function valueProblem(value: unknown, path: string): SchemaProblem | undefined {
  const stack: [unknown, string, number][] = [[value, path, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [item, at, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= MAX_PARAMETER_VALUE_DEPTH) return { path: at, message: `is nested more than ${MAX_PARAMETER_VALUE_DEPTH} levels deep (arrays and objects inside one another)` };
    if (!Array.isArray(item) && hasOwn(item, '$param')) return { path: at, message: 'is a parameter reference ({ "$param": … }); a parameter’s value must be the value itself' };
    const entries: [string, unknown][] = Array.isArray(item) ? item.map((v: unknown, i) => [`[${i}]`, v]) : Object.entries(item).map(([k, v]) => [`.${k}`, v]);
    for (const [key, v] of entries) stack.push([v, `${at}${key}`, depth + 1]);
  }
  return undefined;
}

/** The problems of the parameters' examples and values in the document (before the schema, for clear messages). */
function parameterValueProblems(doc: Json): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const declared = doc['parameters'];
  if (typeof declared === 'object' && declared !== null) {
    for (const [name, parameter] of Object.entries(declared)) {
      const example = typeof parameter === 'object' && parameter !== null ? (parameter as Json)['example'] : undefined;
      const problem = valueProblem(example, `parameters.${name}.example`);
      if (problem !== undefined) problems.push(problem);
    }
  }
  const values = doc['parameterValues'];
  if (typeof values === 'object' && values !== null) {
    for (const [name, value] of Object.entries(values)) {
      const problem = valueProblem(value, `parameterValues.${name}`);
      if (problem !== undefined) problems.push(problem);
    }
  }
  return problems;
}

// Problems about parameter names listed at most (each once); the declared names are listed once.
const MAX_NAME_PROBLEMS = 20;

/** `a, b, c … and 40 more`. */
function someNames(names: readonly string[]): string {
  return names.length > MAX_NAME_PROBLEMS ? `${names.slice(0, MAX_NAME_PROBLEMS).join(', ')} … and ${names.length - MAX_NAME_PROBLEMS} more` : names.join(', ');
}

/**
 * The parameter values to use: declared, given and referenced, or the errors that say which are
 * not; `deferred`: the error for parameters without a value that only the maintenance windows use.
 */
function parameterValues(doc: Json, options: LoadContractOptions): { values: Json; deferred?: SlaError } {
  const declared = (doc['parameters'] ?? {}) as Record<string, ContractParameter>;
  const given = options.parameters;
  if (given !== undefined && (typeof given !== 'object' || given === null || Array.isArray(given))) {
    return fail('INVALID_ARGUMENT', 'options.parameters', given, 'is not an object of parameter values by name');
  }
  // Null-prototype: a parameter named __proto__ or constructor is a name like any other.
  const values = Object.assign(Object.create(null) as Json, (doc['parameterValues'] ?? {}) as Json, given);
  const problems: SchemaProblem[] = [];
  const unknown = Object.keys(values).filter((name) => !hasOwn(declared, name));
  unknown.slice(0, MAX_NAME_PROBLEMS).forEach((name, i) => {
    const names = Object.keys(declared);
    const declares = i > 0 ? '' : names.length > 0 ? `; it declares ${someNames(names)}` : '; it declares none';
    problems.push({ path: `parameterValues.${name}`, message: `${describeValue(name)} is not a parameter of this contract${declares}` });
  });
  if (unknown.length > MAX_NAME_PROBLEMS) problems.push({ path: 'parameterValues', message: `… and ${unknown.length - MAX_NAME_PROBLEMS} more names that are not parameters of this contract` });
  for (const name of Object.keys(values)) {
    if (problems.length >= MAX_NAME_PROBLEMS + 1) break;
    const problem = hasOwn(declared, name) ? valueProblem(values[name], `parameterValues.${name}`) : undefined;
    if (problem !== undefined) problems.push(problem);
  }
  const refs = parameterRefs(doc, '', new Map());
  const undeclared = [...refs].filter(([, name]) => !hasOwn(declared, name));
  for (const [path, name] of undeclared.slice(0, MAX_NAME_PROBLEMS)) problems.push({ path: `${path}.$param`, message: `${describeValue(name)} is not declared in parameters` });
  if (undeclared.length > MAX_NAME_PROBLEMS) problems.push({ path: 'parameters', message: `… and ${undeclared.length - MAX_NAME_PROBLEMS} more references to parameters that are not declared` });
  if (problems.length > 0) invalidContract(problems);
  const missing = [...new Set(refs.values())].filter((name) => values[name] === undefined);
  // A parameter only the maintenance windows use is asked for when the windows are (contract.maintenance).
  const windowsOnly = (name: string): boolean => [...refs].every(([path, ref]) => ref !== name || path.startsWith('maintenance.'));
  const deferred = missing.filter(windowsOnly);
  const needed = missing.filter((name) => !windowsOnly(name));
  if (needed.length > 0) throw missingParameters(needed, declared, 'parameters', '');
  const referenced = new Set(refs.values());
  const used = Object.fromEntries(Object.entries(values).filter(([name]) => referenced.has(name) || hasOwn(declared, name)));
  return deferred.length === 0 ? { values: used } : { values: used, deferred: missingParameters(deferred, declared, 'maintenance', '; the maintenance windows use it') };
}

/** `CONTRACT_PARAMETER_MISSING` naming each parameter without a value, with its type, description and example. */
function missingParameters(missing: readonly string[], declared: Record<string, ContractParameter>, path: string, tail: string): SlaError {
  const described = missing.map((name) => {
    const p = declared[name] as ContractParameter;
    return { name, type: p.type, description: p.description, ...(p.example === undefined ? {} : { example: p.example }) };
  });
  return new SlaError(
    'CONTRACT_PARAMETER_MISSING',
    `${path}: ${missing.length === 1 ? 'a parameter has' : `${missing.length} parameters have`} no value: ${described
      .map((p) => `${p.name} (${p.type}: ${p.description}${p.example === undefined ? '' : `; e.g. ${describeValue(p.example)}`})`)
      .join('; ')}${tail}`,
    { path, value: missing, missing: described },
  );
}

/**
 * Reads a contract document: checks it whole against the contract schema (every problem at once,
 * each with its JSON path), fills in its parameters, checks each part with the module it belongs
 * to, and returns a {@link Contract} whose parts plug into the rest of slakit.
 *
 * @param json - A {@link ContractDocument}, e.g. `JSON.parse` of a contract file.
 * @param options - `parameters`: values for the parameters the document declares; `parts`: load
 * only these parts (a command that needs the support targets need not be given the maintenance
 * windows' parameters).
 * @throws SlaError `INVALID_CONTRACT` with `details.problems` (`{ path, message }[]`);
 * `CONTRACT_PARAMETER_MISSING` naming each parameter that has no value (`details.missing`).
 * @example
 * ```ts
 * import { loadContract } from 'slakit/contract';
 *
 * const contract = loadContract({
 *   sources: [{ id: 'msa', title: 'Example MSA' }],
 *   businessHours: { hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } },
 *   severities: { 1: { label: 'P1', aliases: ['Critical'] }, 2: { label: 'P2' } },
 *   support: { levels: {
 *     1: { response: { after: 'PT1H', clock: '24x7' }, source: { doc: 'msa', section: '4.1', quote: 'within one hour' } },
 *     2: { response: { after: { $param: 'p2' }, clock: 'business' } },
 *   } },
 *   parameters: { p2: { type: 'duration', description: 'P2 response', example: 'PT8H' } },
 * }, { parameters: { p2: 'PT4H' } });
 * contract.support?.levels[2]; //=> { label: 'P2', response: { after: 'PT4H', clock: 'business' } }
 * contract.severityOf('critical'); //=> 1
 * contract.clausesOf('support.levels.1.response')[0]?.section; //=> '4.1'
 * ```
 */
export function loadContract(json: unknown, options: LoadContractOptions = {}): Contract {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return invalidContract([{ path: '', message: `${describeValue(json)} is not a contract document (a JSON object)` }]);
  readOptions(options, 'options', ['parameters', 'parts']);
  const schema = contractSchema();
  const valueShape = parameterValueProblems(json as Json);
  if (valueShape.length > 0) invalidContract(valueShape);
  const shape = checkSchema(schema, json);
  if (shape.length > 0) invalidContract(shape.map(unitProblem));
  const doc = partsOf(json as Json, options.parts);
  const clauses = new Map<string, readonly Clause[]>();
  stripSources(doc, '', clauses);
  const cross = crossCheck(doc, clauses);
  if (cross.length > 0) invalidContract(cross);

  const { values, deferred } = parameterValues(doc, options);
  // Windows that wait for a parameter are left out here; asking for them throws `deferred`.
  const { maintenance: _windows, ...withoutWindows } = doc;
  const loaded = deferred === undefined ? doc : withoutWindows;
  const filled = substitute(loaded, values) as Json;
  // A parameter's value must fit where it stands; report it under both names.
  const refs = parameterRefs(loaded, '', new Map());
  const misfits = checkSchema(schema, filled).map(unitProblem).map((p) => {
    const at = [...refs.keys()].find((path) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));
    return at === undefined ? p : { path: p.path, message: `${p.message} (from parameter ${describeValue(refs.get(at))})` };
  });
  if (misfits.length > 0) invalidContract(misfits);
  const plain = stripSources(withUnits(filled), '', new Map()) as ContractDocumentParts;

  const severities = severitiesOf(plain);
  const plans = plain.support?.['plans'] === undefined ? undefined : supportPlansOf(plain.support, (path, policy) => inPart(path, '', () => validateSupportPolicy(supportPolicyOf(policy, severities))));
  const support = plain.support === undefined || plans !== undefined ? undefined : inPart('support', '', () => validateSupportPolicy(supportPolicyOf(plain.support as Json, severities)));
  const severityRules = plain.severityRules === undefined ? undefined : (plain.severityRules as SeverityRule[]);
  if (severityRules !== undefined) inPart('severityRules', 'rules', () => classifySeverity({}, severityRules));
  const downtime = plain.downtime === undefined ? undefined : downtimeOf(plain.downtime);
  if (downtime !== undefined) inPart('downtime', 'downtime', () => readPolicy(downtime, 'downtime'));
  const maintenance = plain.maintenance === undefined ? undefined : inPart('maintenance', '', () => createMaintenanceSchedule(plain.maintenance as unknown as MaintenanceScheduleSpec));
  const availability = plain.availability === undefined ? undefined : withServiceHours(availabilityOf(plain.availability), plain.availability, json as Json);
  const renewal = plain.renewal === undefined ? undefined : renewalOf(plain.renewal);
  const hours = plain.businessHours as ZonelessCalendarSpec | undefined;
  // A holiday set by name is computed by the user's date-holidays; the rest is checked here.
  if (hours !== undefined) inPart('businessHours', '', () => createCalendar({ ...hours, ...(isSetReference(hours.holidays) ? { holidays: [] } : {}), timeZone: 'UTC' }));

  const effective = effectiveOf(json as Json, options.parameters);
  const document = (Object.keys(values).length === 0 ? { ...doc } : { ...doc, parameterValues: values }) as ContractDocument;
  const contract = new LoadedContract(document, values, severities, support, severityRules, downtime, maintenance, availability, renewal, hours, clauses, effective);
  if (deferred !== undefined) {
    // Not enumerable: comparing or spreading a contract does not ask for its windows.
    Object.defineProperty(contract, 'maintenance', {
      get: () => {
        throw deferred;
      },
      enumerable: false,
    });
  }
  return plans === undefined ? contract : Object.assign(contract, { supportPlans: plans });
}

/** The document without the parts that `parts` leaves out (`severities` always stays). */
function partsOf(doc: Json, parts: LoadContractOptions['parts']): Json {
  if (parts === undefined) return doc;
  if (!Array.isArray(parts)) return fail('INVALID_ARGUMENT', 'options.parts', parts, `is not a list of parts; expected some of ${CONTRACT_PARTS.join(', ')}`);
  parts.forEach((part: unknown, i) => {
    if (!CONTRACT_PARTS.includes(part as ContractPart)) fail('INVALID_ARGUMENT', `options.parts[${i}]`, part, `is not a part; expected one of ${CONTRACT_PARTS.join(', ')}`);
  });
  // The severity levels name the levels of every other part, so they always load.
  return Object.fromEntries(Object.entries(doc).filter(([key]) => key === 'severities' || !CONTRACT_PARTS.includes(key as ContractPart) || parts.includes(key as ContractPart)));
}

/** The document's parts once parameters are filled in and sources taken out. */
interface ContractDocumentParts {
  readonly name?: string;
  readonly vendor?: string;
  readonly sources?: readonly ContractSource[];
  readonly businessHours?: Json;
  readonly severities?: Json;
  readonly support?: Json;
  readonly severityRules?: readonly unknown[];
  readonly downtime?: Json;
  readonly maintenance?: Json;
  readonly availability?: Json;
  readonly renewal?: Json;
}

function severitiesOf(doc: ContractDocumentParts): ContractSeverity[] {
  const entries = Object.entries(doc.severities ?? ((doc.support?.['levels'] ?? {}) as Json));
  return entries
    .map(([key, entry]) => {
      const { label = `Level ${key}`, aliases = [] } = entry as { label?: string; aliases?: string[] };
      return { level: Number(key), label, aliases };
    })
    .sort((a, b) => a.level - b.level);
}

function supportPolicyOf(support: Json, severities: readonly ContractSeverity[]): SupportPolicy {
  const levels = Object.fromEntries(
    Object.entries(support['levels'] as Json).map(([key, level]) => {
      const { label, ...rest } = level as Json;
      return [key, { label: label ?? (severities[Number(key) - 1] as ContractSeverity).label, ...rest }];
    }),
  );
  return { ...support, levels } as unknown as SupportPolicy;
}

function downtimeOf(downtime: Json): DowntimePolicy {
  const { unscheduled, ...rest } = downtime;
  const entries = downtime['excusable'] as unknown[];
  const excusable = entries.map((entry) => (typeof entry === 'string' ? entry : (entry as Json)['cause']));
  const clash = ((unscheduled ?? []) as unknown[]).map((entry) => (typeof entry === 'string' ? entry : (entry as Json)['cause'])).findIndex((cause) => excusable.includes(cause));
  if (clash >= 0) invalidContract([{ path: `downtime.unscheduled[${clash}]`, message: 'names a cause that downtime.excusable also lists; a cause is excusable or unscheduled, not both' }]);
  // An entry with notice or until becomes a condition of the policy (an unscheduled one: best-effort notice only).
  const conditions = [...entries, ...((unscheduled ?? []) as unknown[])].flatMap((entry) => {
    if (typeof entry === 'string') return [];
    const { cause, notice, until } = entry as Json;
    return notice === undefined && until === undefined ? [] : [{ cause, ...(notice === undefined ? {} : { notice }), ...(until === undefined ? {} : { until }) }];
  });
  return { ...rest, excusable, ...(conditions.length === 0 ? {} : { conditions }) } as unknown as DowntimePolicy;
}

function availabilityOf(availability: Json): ContractAvailability {
  const credits = (availability['credits'] ?? []) as CreditTier[];
  inPart('availability.credits', 'tiers', () => serviceCredit(100, credits));
  const terms = availability['creditTerms'] as ContractCreditTerms | undefined;
  if (terms?.currency !== undefined && terms.minimumAmount !== undefined) inPart('availability.creditTerms', 'terms', () => creditTermsOf({ target: null, credits, timeZone: 'UTC', creditTerms: terms }, terms.currency as string));
  const appliesTo = availability['appliesTo'] as { environment: string[] } | undefined;
  // The zone whose calendar month is measured; UTC when the contract's text says nothing.
  const timeZone = (availability['timeZone'] as string | undefined) ?? 'UTC';
  inPart('availability.timeZone', 'timeZone', () => monthInterval('2000-01', timeZone, 'timeZone'));
  return { target: (availability['target'] as number | undefined) ?? null, credits, timeZone, ...(terms === undefined ? {} : { creditTerms: terms }), ...(appliesTo === undefined ? {} : { appliesTo: { environment: appliesTo.environment } }), ...(availability['period'] === undefined ? {} : { period: availability['period'] as 'month' | 'quarter' | 'year' }) };
}

/** The availability terms with their service hours, checked (in service-hours.ts). */
function withServiceHours(terms: ContractAvailability, availability: Json, doc: Json): ContractAvailability {
  const read = readServiceHours(availability['serviceHours'], doc['businessHours'] !== undefined);
  if (typeof read === 'object' && 'problem' in read) return invalidContract([read.problem]);
  return read === undefined ? terms : { ...terms, serviceHours: read };
}

function renewalOf(renewal: Json): ContractRenewal {
  const floor = (renewal['upliftFloor'] as number | undefined) ?? 0.05;
  const cap = (renewal['cap'] as number | undefined) ?? null;
  inPart('renewal', '', () => renewalUplift({ cpi: 0, floor, ...(cap === null ? {} : { cap }) }));
  return {
    termMonths: (renewal['termMonths'] as number | undefined) ?? 12,
    floor,
    index: (renewal['index'] as string | undefined) ?? null,
    cap,
    noticeDays: (renewal['noticeDays'] as number | undefined) ?? 60,
    rounding: (renewal['rounding'] as ContractRenewal['rounding'] | undefined) ?? 'half-up',
  };
}

/** A holiday set named in JSON (`{ country, types? }`), as opposed to a list or a computed set. */
const isSetReference = (holidays: unknown): holidays is { country: string } =>
  typeof holidays === 'object' && holidays !== null && !Array.isArray(holidays) && typeof (holidays as { holidaysIn?: unknown }).holidaysIn !== 'function';

/** A {@link Contract}; its methods live on the prototype so two loads of one document are equal. */
class LoadedContract implements Contract {
  readonly name: string | undefined;
  readonly vendor: string | undefined;
  readonly sources: readonly ContractSource[];

  constructor(
    readonly document: ContractDocument,
    readonly parameterValues: { readonly [name: string]: unknown },
    readonly severities: readonly ContractSeverity[],
    readonly support: SupportPolicy | undefined,
    readonly severityRules: readonly SeverityRule[] | undefined,
    readonly downtime: DowntimePolicy | undefined,
    readonly maintenance: MaintenanceSchedule | undefined,
    readonly availability: ContractAvailability | undefined,
    readonly renewal: ContractRenewal | undefined,
    readonly businessHours: ZonelessCalendarSpec | undefined,
    private readonly clauses: ReadonlyMap<string, readonly Clause[]>,
    readonly effective: ContractEffective | undefined,
  ) {
    this.name = document.name;
    this.vendor = document.vendor;
    this.sources = document.sources ?? [];
  }

  calendarFor(timeZone: string, options: { readonly holidays?: CalendarSpec['holidays'] } = {}): Calendar {
    if (this.businessHours === undefined) return fail('INVALID_CONTRACT', 'businessHours', undefined, 'is not defined by this contract; pass a calendar of your own');
    const holidays = options.holidays ?? this.businessHours.holidays;
    if (isSetReference(holidays)) {
      return fail('INVALID_CONTRACT', 'businessHours.holidays', holidays, "names a holiday set; pass it as calendarFor(zone, { holidays: holidaySet(country, { Holidays }) }) with holidaySet from 'slakit/holidays'");
    }
    return createCalendar({ ...this.businessHours, ...(holidays === undefined ? {} : { holidays }), timeZone } as CalendarSpec);
  }

  severityOf(label: string | number): SeverityLevel {
    const { names } = severityNames(this.severities.flatMap((s) => [s.label, ...s.aliases].map((name) => ({ name, level: s.level, path: '' }))));
    const level = severityOf(label, names);
    if (level !== undefined && this.severities.some((s) => s.level === level)) return level;
    const known = this.severities.map((s) => [s.level, s.label, ...s.aliases].join(' / ')).join('; ');
    return fail('INVALID_ARGUMENT', 'severity', label, `is not a severity level, label or alias of this contract; expected one of ${known}`);
  }

  clausesOf(path: string): readonly Clause[] {
    for (let at = path; ; ) {
      const found = this.clauses.get(at);
      if (found !== undefined) return found;
      const parent = at.replace(/(?:\.[^.[\]]*|\[\d+\])$/, '');
      if (parent === at) return [];
      at = parent;
    }
  }
}
