import { fail } from '../core/errors.js';
import type { CaseEvent, SupportPolicy } from './types.js';

/**
 * The compliance metrics that need an input of their own: a reply for `response`, a resolution
 * notice or closing for `resolution`, an update for `updates`.
 *
 * @example
 * ```ts
 * import type { ComplianceMetric } from 'slakit/cases';
 *
 * const metric: ComplianceMetric = 'resolution';
 * ```
 */
export type ComplianceMetric = 'response' | 'resolution' | 'updates';

const METRICS: readonly ComplianceMetric[] = ['response', 'resolution', 'updates'];

/** The events that feed each metric. */
const FEEDS: Readonly<Record<ComplianceMetric, readonly CaseEvent['type'][]>> = {
  response: ['responded'],
  resolution: ['resolution-notice', 'closed'],
  updates: ['updated'],
};

/**
 * The metrics a case's events feed: `response` by a `responded` event, `resolution` by a
 * `resolution-notice` or `closed`, `updates` by an `updated` event. A file in which no case feeds a
 * metric has no column for it: see {@link metricsNotMeasured}.
 *
 * @example
 * ```ts
 * import { metricsFedBy } from 'slakit/cases';
 *
 * metricsFedBy([{ type: 'responded', at: '2026-11-23T09:30:00Z' }, { type: 'closed', at: '2026-11-24T09:00:00Z' }]); //=> ['response', 'resolution']
 * metricsFedBy(undefined); //=> []
 * ```
 */
export function metricsFedBy(events: readonly CaseEvent[] | undefined): ComplianceMetric[] {
  if (events !== undefined && !Array.isArray(events)) return fail('INVALID_CASE', 'events', events, 'is not a list of events');
  const types = new Set((events ?? []).map((event) => (event as CaseEvent | null)?.type));
  return METRICS.filter((metric) => FEEDS[metric].some((type) => types.has(type)));
}

/**
 * The metrics a compliance figure must not be given for: those no case's input fed (the union of
 * {@link metricsFedBy} over the cases lacks them) and `intentionallyEmpty` does not name. A metric
 * with no input is "not measured", never 0%: a file without any reply column would otherwise
 * report every response as breached. Only `response` and the metrics the policy sets a target
 * for at some level count: the others have no rate to withhold. The user's alternative is to say
 * the input is empty on purpose (`intentionallyEmpty`, `--intentionally-empty` on the command
 * line): then the metric is measured, and a rate of 0% is a finding.
 *
 * @param policy - The support policy whose targets the metrics judge.
 * @param fed - The metrics some case's input fed.
 * @param intentionallyEmpty - The metrics whose input is empty on purpose.
 * @throws SlaError `INVALID_ARGUMENT` for a metric name that is not one.
 * @example
 * ```ts
 * import { metricsNotMeasured } from 'slakit/cases';
 * import { uniphoreSupport } from 'slakit/presets';
 *
 * metricsNotMeasured(uniphoreSupport, []); //=> ['response', 'updates'] (Uniphore sets no resolution target)
 * metricsNotMeasured(uniphoreSupport, ['response'], ['updates']); //=> []
 * ```
 */
export function metricsNotMeasured(policy: SupportPolicy, fed: Iterable<ComplianceMetric>, intentionallyEmpty: readonly ComplianceMetric[] = []): ComplianceMetric[] {
  const levels = Object.values((policy as SupportPolicy | null)?.levels ?? fail('INVALID_POLICY', 'policy.levels', (policy as SupportPolicy | null)?.levels, 'is not the levels of a support policy'));
  if (typeof (fed as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') return fail('INVALID_ARGUMENT', 'fed', fed, 'is not a list of metrics');
  if (!Array.isArray(intentionallyEmpty)) return fail('INVALID_ARGUMENT', 'intentionallyEmpty', intentionallyEmpty, 'is not a list of metrics');
  const seen = new Set<ComplianceMetric>();
  for (const metric of fed) seen.add(metricName(metric, 'fed'));
  intentionallyEmpty.forEach((metric, i) => seen.add(metricName(metric, `intentionallyEmpty[${i}]`)));
  // A metric the policy sets no target for has no rate anyway; only the others can lack their input.
  return METRICS.filter((metric) => !seen.has(metric) && (metric === 'response' || levels.some((level) => level?.[metric] !== undefined)));
}

function metricName(value: unknown, path: string): ComplianceMetric {
  if (!(METRICS as readonly unknown[]).includes(value)) return fail('INVALID_ARGUMENT', path, value, `is not a metric (${METRICS.join(', ')})`);
  return value as ComplianceMetric;
}
