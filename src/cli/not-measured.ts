// A metric that no input feeds is "not measured", never 0%: a file without any reply reports no
// response rate, one without any resolution no resolution rate, unless the user says the input is
// intentionally empty (`--intentionally-empty response,resolution,updates`).
import type { CaseEvent, ComplianceCounts } from '../cases/types.js';
import type { CommandContext } from './command.js';
import { stringOption } from './options.js';
import { UsageError } from './usage-error.js';

export const METRICS = ['response', 'resolution', 'updates'] as const;
export type Metric = (typeof METRICS)[number];

/** The events that feed each metric: a reply, a resolution notice or closing, an update. */
const FEEDS: Readonly<Record<Metric, readonly CaseEvent['type'][]>> = {
  response: ['responded'],
  resolution: ['resolution-notice', 'closed'],
  updates: ['updated'],
};

/** Which metrics a case's events feed, as bits (response 1, resolution 2, updates 4). */
export function fedBy(events: readonly CaseEvent[] | undefined): number {
  let bits = 0;
  for (const event of events ?? []) METRICS.forEach((metric, i) => {
    if (FEEDS[metric].includes(event.type)) bits |= 1 << i;
  });
  return bits;
}

export const EMPTY_OPTION = { 'intentionally-empty': { type: 'string' } } as const;
export const EMPTY_HELP = [
  '  --intentionally-empty M  the input of these metrics is empty on purpose (response, resolution,',
  '                      updates; comma-separated): measure them anyway. Without it, a metric no',
  '                      case has an event for (no reply, no resolution, no update) is not measured',
  '                      (— in the table, null in JSON, a line on stderr), never 0%',
];

/** The metrics not measured: no case's events fed them, and `--intentionally-empty` does not name them. */
export function notMeasured(context: CommandContext, fed: number): Metric[] {
  const text = stringOption(context, 'intentionally-empty');
  const empty = text === undefined ? [] : text.split(',').map((m) => m.trim());
  for (const m of empty) if (!(METRICS as readonly string[]).includes(m)) throw new UsageError(`--intentionally-empty: '${m}' is not a metric; expected some of ${METRICS.join(', ')}`);
  return METRICS.filter((metric, i) => (fed & (1 << i)) === 0 && !empty.includes(metric));
}

/** The stderr line of a metric not measured. */
export function notMeasuredLine(metric: Metric): string {
  const what = { response: 'a reply (respondedAt, or responded events)', resolution: 'a resolution (resolutionNoticeAt, closedAt, or their events)', updates: 'an update (updated events)' }[metric];
  return `${metric} not measured: no case has ${what}; if none was sent, give --intentionally-empty ${metric}`;
}

type Json = Record<string, unknown>;

/** Counts (and their `bySeverity`) with their figures null: the metric was not measured. */
function unmeasured(counts: Json): Json {
  const out: Json = { ...counts, met: null, breached: null, pending: null, rate: null, meetsTarget: null };
  if (counts['bySeverity'] !== undefined) out['bySeverity'] = Object.fromEntries(Object.entries(counts['bySeverity'] as Json).map(([level, c]) => [level, unmeasured(c as Json)]));
  return out;
}

/** A compliance report (or group) as JSON, with the figures of the metrics not measured null. */
export function withoutUnmeasured(group: ComplianceCounts & Json, metrics: readonly Metric[]): Json {
  let out: Json = group;
  if (metrics.includes('response')) {
    const { resolution, updates, groups, ...response } = out;
    out = { ...unmeasured(response), resolution, updates, ...(groups === undefined ? {} : { groups }) };
  }
  for (const metric of ['resolution', 'updates'] as const) if (metrics.includes(metric) && out[metric] !== undefined) out = { ...out, [metric]: unmeasured(out[metric] as Json) };
  return out;
}
