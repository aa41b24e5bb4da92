import type { SupportPolicy } from '../cases/types.js';
import { describeValue } from '../core/errors.js';
import type { SchemaProblem } from './check-schema.js';
import { planPolicyOf, type SupportPlanRule, type SupportPlans } from './support-plans.js';

type Json = Record<string, unknown>;

/**
 * What the schema cannot say of `support.plans` and `support.select`: each plan's levels run 1 to
 * N as `severities` does (which a contract with plans must state), each rule names a plan, no rule
 * comes after one that matches every case, and every plan is picked by some rule.
 */
export function planProblems(support: Json | undefined, severities: string[] | undefined, levelKeys: (path: string, object: unknown) => string[] | undefined): SchemaProblem[] {
  const plans = support?.['plans'] as Record<string, Json> | undefined;
  if (plans === undefined) return [];
  const problems: SchemaProblem[] = [];
  if (severities === undefined) problems.push({ path: 'support.plans', message: 'needs severities: a contract with plans names its levels once, in severities' });
  for (const [name, plan] of Object.entries(plans)) {
    const keys = levelKeys(`support.plans.${name}.levels`, plan['levels']);
    if (severities !== undefined && keys !== undefined && severities.join() !== keys.join()) {
      problems.push({ path: `support.plans.${name}.levels`, message: `defines levels ${keys.join(', ')} but severities defines ${severities.join(', ')}` });
    }
  }
  const rules = (support?.['select'] ?? []) as SupportPlanRule[];
  const catchAll = rules.findIndex((rule) => rule.when === undefined);
  rules.forEach((rule, i) => {
    if (!Object.prototype.hasOwnProperty.call(plans, rule.plan)) problems.push({ path: `support.select[${i}].plan`, message: `${describeValue(rule.plan)} is not a plan; expected one of ${Object.keys(plans).join(', ')}` });
    if (catchAll >= 0 && i > catchAll) problems.push({ path: `support.select[${i}]`, message: `is never reached: rule ${catchAll} has no when and picks every case` });
  });
  for (const name of Object.keys(plans)) {
    if (!rules.some((rule) => rule.plan === name)) problems.push({ path: `support.plans.${name}`, message: 'is picked by no rule of support.select' });
  }
  return problems;
}

/** The plans of checked support terms, each policy made by `policyOf` (which checks it at its path). */
export function supportPlansOf(support: Json, policyOf: (path: string, policy: Json) => SupportPolicy): SupportPlans {
  const plans = support['plans'] as Record<string, Json>;
  return {
    plans: Object.fromEntries(Object.entries(plans).map(([name, plan]) => [name, policyOf(`support.plans.${name}`, planPolicyOf(support, plan))])),
    select: (support['select'] as SupportPlanRule[]).map((rule) => ({ ...(rule.when === undefined ? {} : { when: rule.when }), plan: rule.plan })),
  };
}
