import { fail } from '../core/errors.js';
import { uniphoreSeverityRules } from '../presets/uniphore-severity-rules.js';
import { hasOwn, plainObject } from '../core/plain-data.js';
import type { FactValue, ImpactFacts, SeverityClassification, SeverityCondition, SeverityRule } from './types.js';

type FactKind = 'boolean' | 'percent' | readonly string[];

// The facts of ImpactFacts and the values each takes.
const FACTS: { readonly [name: string]: FactKind } = {
  outage: ['complete', 'major', 'minor', 'none'],
  deploymentBlocked: 'boolean',
  missionCriticalWorkStopped: 'boolean',
  workaroundAvailable: 'boolean',
  vulnerability: ['public-exploit', 'high', 'some'],
  dataBreach: ['customer-environment', 'vendor-breach'],
  vendorMalware: 'boolean',
  partnerExportFailing: 'boolean',
  storageBacklogPercent: 'percent',
  failoverTriggered: 'boolean',
  securityIncidentReported: 'boolean',
  featureRequest: 'boolean',
  documentationError: 'boolean',
};
const FACT_TESTS = ['fact', 'is', 'in', 'gt', 'gte', 'lt', 'lte'] as const;
const COMPARISONS = ['gt', 'gte', 'lt', 'lte'] as const;

function expected(kind: FactKind): string {
  if (kind === 'boolean') return 'true or false';
  if (kind === 'percent') return 'a number from 0 to 100';
  return `one of ${kind.map((v) => `'${v}'`).join(', ')}`;
}

function fits(kind: FactKind | undefined, value: unknown): boolean {
  if (kind === undefined) return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
  if (kind === 'boolean') return typeof value === 'boolean';
  if (kind === 'percent') return typeof value === 'number' && value >= 0 && value <= 100;
  return typeof value === 'string' && kind.includes(value);
}

/** Checks a condition and collects the fact names it uses. */
function checkCondition(condition: unknown, path: string, facts: Set<string>): void {
  const keys = typeof condition === 'object' && condition !== null ? Object.keys(condition) : [];
  const combinator = keys.length === 1 ? (['all', 'any', 'not'] as const).find((k) => k === keys[0]) : undefined;
  if (combinator !== undefined) {
    const inner = (condition as Record<string, unknown>)[combinator];
    if (combinator === 'not') return checkCondition(inner, `${path}.not`, facts);
    if (!Array.isArray(inner) || inner.length === 0) return fail('INVALID_POLICY', `${path}.${combinator}`, inner, 'is not a non-empty list of conditions');
    inner.forEach((c: unknown, i) => checkCondition(c, `${path}.${combinator}[${i}]`, facts));
    return;
  }
  if (!keys.includes('fact')) {
    return fail('INVALID_POLICY', path, condition, "is not a condition; expected { fact, is | in | gt | gte | lt | lte }, { all }, { any } or { not }");
  }
  const leaf = plainObject(condition, path, 'INVALID_POLICY', FACT_TESTS);
  const fact = leaf['fact'];
  if (typeof fact !== 'string' || fact === '') return fail('INVALID_POLICY', `${path}.fact`, fact, 'is not a fact name');
  facts.add(fact);
  const kind = hasOwn(FACTS, fact) ? FACTS[fact] : undefined;
  if (keys.length === 1) return fail('INVALID_POLICY', path, condition, 'has no test; expected is, in, gt, gte, lt or lte');
  if (hasOwn(leaf, 'is') && !fits(kind, leaf['is'])) fail('INVALID_POLICY', `${path}.is`, leaf['is'], `is not a value of ${fact}; expected ${kind === undefined ? 'a string, number or boolean' : expected(kind)}`);
  if (hasOwn(leaf, 'in')) {
    const list = leaf['in'];
    if (!Array.isArray(list) || list.length === 0) fail('INVALID_POLICY', `${path}.in`, list, 'is not a non-empty list of values');
    (list as unknown[]).forEach((v, i) => {
      if (!fits(kind, v)) fail('INVALID_POLICY', `${path}.in[${i}]`, v, `is not a value of ${fact}; expected ${kind === undefined ? 'a string, number or boolean' : expected(kind)}`);
    });
  }
  for (const op of COMPARISONS) {
    if (!hasOwn(leaf, op)) continue;
    if (kind !== undefined && kind !== 'percent') fail('INVALID_POLICY', `${path}.${op}`, leaf[op], `compares ${fact}, which is not a number`);
    const bound = leaf[op];
    if (typeof bound !== 'number' || !Number.isFinite(bound)) fail('INVALID_POLICY', `${path}.${op}`, bound, 'is not a finite number');
  }
}

function matches(condition: SeverityCondition, facts: Readonly<Record<string, FactValue | undefined>>): boolean {
  if ('all' in condition) return condition.all.every((c) => matches(c, facts));
  if ('any' in condition) return condition.any.some((c) => matches(c, facts));
  if ('not' in condition) return !matches(condition.not, facts);
  const value = facts[condition.fact];
  if (value === undefined) return false;
  if (condition.is !== undefined && value !== condition.is) return false;
  if (condition.in !== undefined && !condition.in.includes(value)) return false;
  if (typeof value !== 'number') return condition.gt === undefined && condition.gte === undefined && condition.lt === undefined && condition.lte === undefined;
  return (
    (condition.gt === undefined || value > condition.gt) &&
    (condition.gte === undefined || value >= condition.gte) &&
    (condition.lt === undefined || value < condition.lt) &&
    (condition.lte === undefined || value <= condition.lte)
  );
}

/** Validates severity rules; returns the fact names they use. */
function checkRules(rules: unknown): Set<string> {
  if (!Array.isArray(rules)) return fail('INVALID_POLICY', 'rules', rules, 'is not a list of severity rules');
  const facts = new Set<string>();
  rules.forEach((rule: unknown, i) => {
    const path = `rules[${i}]`;
    const object = plainObject(rule, path, 'INVALID_POLICY', ['severity', 'when', 'reason']);
    const severity = object['severity'];
    if (severity !== 1 && severity !== 2 && severity !== 3 && severity !== 4) fail('INVALID_POLICY', `${path}.severity`, severity, 'is not a severity level 1, 2, 3 or 4');
    const reason = object['reason'];
    if (typeof reason !== 'string' || reason.trim() === '') fail('INVALID_POLICY', `${path}.reason`, reason, 'is not a non-empty text');
    checkCondition(object['when'], `${path}.when`, facts);
  });
  return facts;
}

/**
 * Classifies a problem's severity from its impact facts. Every rule whose condition matches
 * contributes its reason; the most severe matching level wins (a case matching Sev 1 and Sev 3
 * definitions is Sev 1). When nothing matches, the result is Sev 4 with a reason saying so.
 * Without `rules`, the Uniphore definitions apply (`uniphoreSeverityRules`, the only severity
 * definitions the contract texts publish).
 *
 * @param facts - What is known about the impact; unknown fact names are an error, not ignored.
 * @param rules - Severity rules as data; default `uniphoreSeverityRules`.
 * @returns The level and the reasons of all matching rules, most severe first (in rule order within a level).
 * @throws SlaError `INVALID_FACTS` for a fact no rule knows or a value out of range
 * (`storageBacklogPercent: 120`, `outage: 'partial'`); `INVALID_POLICY` for a malformed rule.
 * @example
 * ```ts
 * classifySeverity({ storageBacklogPercent: 80 });
 * //=> { severity: 2, reasons: ['Uniphore Sev 2: "Quantify range only - the Problem caused Network Storage backlog to be 50%-80% full."'] }
 * classifySeverity({ outage: 'minor', deploymentBlocked: true }).severity; //=> 1
 * classifySeverity({}).severity; //=> 4 (no rule matched)
 * ```
 */
export function classifySeverity(facts: ImpactFacts, rules: readonly SeverityRule[] = uniphoreSeverityRules): SeverityClassification {
  const ruleFacts = checkRules(rules);
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) return fail('INVALID_FACTS', 'facts', facts, 'is not an object of impact facts');
  const values = facts as Readonly<Record<string, unknown>>;
  for (const name of Object.keys(values)) {
    const value = values[name];
    if (value === undefined) continue;
    const kind = hasOwn(FACTS, name) ? FACTS[name] : undefined;
    if (kind === undefined && !ruleFacts.has(name)) {
      fail('INVALID_FACTS', `facts.${name}`, name, `is not a known fact; expected one of ${[...new Set([...Object.keys(FACTS), ...ruleFacts])].join(', ')}`);
    }
    if (!fits(kind, value)) fail('INVALID_FACTS', `facts.${name}`, value, `is not ${kind === undefined ? 'a string, finite number or boolean' : expected(kind)}`);
  }
  const matched = rules.filter((rule) => matches(rule.when, values as Readonly<Record<string, FactValue | undefined>>));
  if (matched.length === 0) {
    return { severity: 4, reasons: ['No severity rule matched the facts, so the lowest level, Sev 4, applies.'] };
  }
  const sorted = matched.map((rule, i) => ({ rule, i })).sort((a, b) => a.rule.severity - b.rule.severity || a.i - b.i);
  return { severity: (sorted[0] as { rule: SeverityRule }).rule.severity, reasons: sorted.map(({ rule }) => rule.reason) };
}

