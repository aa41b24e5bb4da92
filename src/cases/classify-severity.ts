import { fail, type SlaErrorCode } from '../core/errors.js';
import { hasOwn, plainObject } from '../core/plain-data.js';
import { uniphoreSeverityRules } from '../presets/uniphore-severity-rules.js';
import type { FactValue, ImpactFacts, SeverityClassification, SeverityCondition, SeverityRule } from './types.js';
import { invalidPolicy, nonEmptyText, severityLevel } from './validate-support-policy.js';

/** The values a fact takes: a list, or `'percent'` for a number from 0 to 100. */
type FactKind = 'percent' | readonly FactValue[];

const BOOLEAN: FactKind = [true, false];

// The facts of ImpactFacts and the values each takes.
const FACTS: { readonly [name: string]: FactKind } = {
  outage: ['complete', 'major', 'minor', 'none'],
  deploymentBlocked: BOOLEAN,
  missionCriticalWorkStopped: BOOLEAN,
  workaroundAvailable: BOOLEAN,
  vulnerability: ['public-exploit', 'high', 'some'],
  dataBreach: ['customer-environment', 'vendor-breach'],
  vendorMalware: BOOLEAN,
  partnerExportFailing: BOOLEAN,
  storageBacklogPercent: 'percent',
  failoverTriggered: BOOLEAN,
  securityIncidentReported: BOOLEAN,
  featureRequest: BOOLEAN,
  documentationError: BOOLEAN,
};
const COMPARE = {
  gt: (value: number, bound: number) => value > bound,
  gte: (value: number, bound: number) => value >= bound,
  lt: (value: number, bound: number) => value < bound,
  lte: (value: number, bound: number) => value <= bound,
};
const COMPARISONS = Object.keys(COMPARE) as (keyof typeof COMPARE)[];
const FACT_TESTS = ['fact', 'is', 'in', ...COMPARISONS];

/** The kind of a fact of ImpactFacts; `undefined` for a fact only rules name. */
function kindOf(fact: string): FactKind | undefined {
  return hasOwn(FACTS, fact) ? FACTS[fact] : undefined;
}

/** Checks that `value` is a value `fact` can take, or throws `code` at `path`. */
function checkValue(fact: string, value: unknown, path: string, code: SlaErrorCode): void {
  const kind = kindOf(fact);
  const fits =
    kind === undefined
      ? typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))
      : kind === 'percent'
        ? typeof value === 'number' && value >= 0 && value <= 100
        : kind.includes(value as FactValue);
  if (!fits) {
    const expected =
      kind === undefined
        ? 'a string, finite number or boolean'
        : kind === 'percent'
          ? 'a number from 0 to 100'
          : `one of ${kind.map((v) => (typeof v === 'string' ? `'${v}'` : v)).join(', ')}`;
    fail(code, path, value, `is not a value of ${fact}; expected ${expected}`);
  }
}

/** Checks a condition and collects the fact names it uses. */
// Deeper nesting is no rule a person writes; the limit keeps validation and matching off the stack's edge.
const MAX_CONDITION_DEPTH = 32;

function checkCondition(condition: unknown, path: string, facts: Set<string>, depth = 0): void {
  if (depth > MAX_CONDITION_DEPTH) return invalidPolicy(path, condition, `nests conditions deeper than ${MAX_CONDITION_DEPTH} levels`);
  const keys = typeof condition === 'object' && condition !== null ? Object.keys(condition) : [];
  const combinator = keys.length === 1 ? (['all', 'any', 'not'] as const).find((k) => k === keys[0]) : undefined;
  if (combinator !== undefined) {
    const inner = (condition as Record<string, unknown>)[combinator];
    const at = `${path}.${combinator}`;
    if (combinator === 'not') return checkCondition(inner, at, facts, depth + 1);
    if (!Array.isArray(inner) || inner.length === 0) return invalidPolicy(at, inner, 'is not a non-empty list of conditions');
    for (let i = 0; i < inner.length; i++) checkCondition(inner[i], `${at}[${i}]`, facts, depth + 1);
    return;
  }
  if (!keys.includes('fact')) return invalidPolicy(path, condition, 'is not a condition { fact, is | in | gt | gte | lt | lte }, { all }, { any } or { not }');
  const leaf = plainObject(condition, path, 'INVALID_POLICY', FACT_TESTS);
  const fact = leaf['fact'];
  if (typeof fact !== 'string' || fact === '') return invalidPolicy(`${path}.fact`, fact, 'is not a fact name');
  facts.add(fact);
  if (keys.length === 1) return invalidPolicy(path, condition, 'has no test; expected is, in, gt, gte, lt or lte');
  if (hasOwn(leaf, 'is')) checkValue(fact, leaf['is'], `${path}.is`, 'INVALID_POLICY');
  if (hasOwn(leaf, 'in')) {
    const list = leaf['in'];
    if (!Array.isArray(list) || list.length === 0) invalidPolicy(`${path}.in`, list, 'is not a non-empty list of values');
    (list as unknown[]).forEach((v, i) => checkValue(fact, v, `${path}.in[${i}]`, 'INVALID_POLICY'));
  }
  const kind = kindOf(fact);
  for (const op of COMPARISONS) {
    const bound = leaf[op];
    if (!hasOwn(leaf, op)) continue;
    if (kind !== undefined && kind !== 'percent') invalidPolicy(`${path}.${op}`, bound, `compares ${fact}, which is not a number`);
    if (typeof bound !== 'number' || !Number.isFinite(bound)) invalidPolicy(`${path}.${op}`, bound, 'is not a finite number');
  }
}

function matches(condition: SeverityCondition, facts: Readonly<Record<string, FactValue | undefined>>): boolean {
  if ('all' in condition) return condition.all.every((c) => matches(c, facts));
  if ('any' in condition) return condition.any.some((c) => matches(c, facts));
  if ('not' in condition) return !matches(condition.not, facts);
  const value = facts[condition.fact];
  return (
    value !== undefined &&
    (condition.is === undefined || value === condition.is) &&
    (condition.in === undefined || condition.in.includes(value)) &&
    // A comparison holds only for a number.
    COMPARISONS.every((op) => {
      const bound = condition[op];
      return bound === undefined || (typeof value === 'number' && COMPARE[op](value, bound));
    })
  );
}

/** Validates severity rules; returns the fact names they and ImpactFacts know. */
function checkRules(rules: unknown): Set<string> {
  if (!Array.isArray(rules)) return invalidPolicy('rules', rules, 'is not a list of severity rules');
  const facts = new Set(Object.keys(FACTS));
  for (let i = 0; i < rules.length; i++) {
    const path = `rules[${i}]`;
    const object = plainObject(rules[i], path, 'INVALID_POLICY', ['severity', 'when', 'reason']);
    severityLevel(object['severity'], `${path}.severity`, 'INVALID_POLICY');
    nonEmptyText(object['reason'], `${path}.reason`);
    checkCondition(object['when'], `${path}.when`, facts);
  }
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
 * import { classifySeverity } from 'slakit/cases';
 *
 * classifySeverity({ storageBacklogPercent: 80 });
 * //=> { severity: 2, reasons: ['Uniphore Sev 2: "Quantify range only - the Problem caused Network Storage backlog to be 50%-80% full."'] }
 * classifySeverity({ outage: 'minor', deploymentBlocked: true }).severity; //=> 1
 * classifySeverity({}).severity; //=> 4 (no rule matched)
 * ```
 */
export function classifySeverity(facts: ImpactFacts, rules: readonly SeverityRule[] = uniphoreSeverityRules): SeverityClassification {
  const known = checkRules(rules);
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) return fail('INVALID_FACTS', 'facts', facts, 'is not an object of impact facts');
  const values = facts as Readonly<Record<string, FactValue | undefined>>;
  for (const name of Object.keys(values)) {
    const value = values[name];
    if (value === undefined) continue;
    if (!known.has(name)) fail('INVALID_FACTS', `facts.${name}`, name, `is not a known fact; expected one of ${[...known].join(', ')}`);
    checkValue(name, value, `facts.${name}`, 'INVALID_FACTS');
  }
  // Most severe first; the sort is stable, so rule order holds within a level.
  const matched = rules.filter((rule) => matches(rule.when, values)).sort((a, b) => a.severity - b.severity);
  const first = matched[0];
  if (first === undefined) return { severity: 4, reasons: ['No severity rule matched the facts, so the lowest level, Sev 4, applies.'] };
  return { severity: first.severity, reasons: matched.map((rule) => rule.reason) };
}
