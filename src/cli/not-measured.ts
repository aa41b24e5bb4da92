// A metric that no input feeds is "not measured", never 0%: a file without any reply reports no
// response rate, one without any resolution no resolution rate, unless the user says the input is
// intentionally empty (`--intentionally-empty response,resolution,updates`). The rule is the
// library's (metricsFedBy, metricsNotMeasured); here are the flag and the stderr line.
import { type ComplianceMetric, metricsFedBy, metricsNotMeasured } from '../cases/metric-inputs.js';
import type { CaseEvent, SupportPolicy } from '../cases/types.js';
import type { CommandContext } from './command.js';
import { stringOption } from './options.js';
import { UsageError } from './usage-error.js';

export const METRICS = ['response', 'resolution', 'updates'] as const;
export type Metric = ComplianceMetric;

/** Which metrics a case's events feed, as bits (response 1, resolution 2, updates 4): shards merge them with `|`. */
export function fedBy(events: readonly CaseEvent[] | undefined): number {
  let bits = 0;
  for (const metric of metricsFedBy(events)) bits |= 1 << METRICS.indexOf(metric);
  return bits;
}

export const EMPTY_OPTION = { 'intentionally-empty': { type: 'string' } } as const;
export const EMPTY_HELP = [
  '  --intentionally-empty M  the input of these metrics is empty on purpose (response, resolution,',
  '                      updates; comma-separated): measure them anyway. Without it, a metric no',
  '                      case has an event for (no reply, no resolution, no update) is not measured',
  '                      (— in the table, null in JSON, a line on stderr), never 0%',
];

/** `--intentionally-empty`: the metrics whose input is empty on purpose. */
export function intentionallyEmptyOption(context: CommandContext): Metric[] {
  const text = stringOption(context, 'intentionally-empty');
  const empty = text === undefined ? [] : text.split(',').map((m) => m.trim());
  for (const m of empty) if (!(METRICS as readonly string[]).includes(m)) throw new UsageError(`--intentionally-empty: '${m}' is not a metric; expected some of ${METRICS.join(', ')}`);
  return empty as Metric[];
}

/** The metrics of `fedBy` bits. */
export const fedMetrics = (fed: number): Metric[] => METRICS.filter((_, i) => (fed & (1 << i)) !== 0);

/** The metrics not measured: no case's events fed them, `--intentionally-empty` does not name them, and the policy sets a target for them. */
export function notMeasured(context: CommandContext, fed: number, policy: SupportPolicy): Metric[] {
  return metricsNotMeasured(policy, fedMetrics(fed), intentionallyEmptyOption(context));
}

/**
 * The metrics not measured under every one of `policies` (a run's plans or contract versions):
 * a metric one of them sets no target for has no rate to withhold there, so it is not said.
 */
export function notMeasuredByAll(context: CommandContext, fed: number, policies: readonly SupportPolicy[]): Metric[] {
  const lists = policies.map((policy) => notMeasured(context, fed, policy));
  return lists[0]?.filter((metric) => lists.every((list) => list.includes(metric))) ?? [];
}

/** The stderr line of a metric not measured. */
export function notMeasuredLine(metric: Metric): string {
  const what = { response: 'a reply (respondedAt, or responded events)', resolution: 'a resolution (resolutionNoticeAt, closedAt, or their events)', updates: 'an update (updated events)' }[metric];
  return `${metric} not measured: no case has ${what}; if none was sent, give --intentionally-empty ${metric}`;
}
