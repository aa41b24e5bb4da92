// `--cause TEXT=CAUSE` and `--causes FILE`: a status page's free cause texts → slakit's causes, the
// very map the library's readIncidents takes as `causes`.
import { INCIDENT_CAUSES } from '../availability/incident-causes.js';
import type { IncidentCause } from '../availability/types.js';
import { isSlaError } from '../core/errors.js';
import { readIncidents } from '../records/read-incidents.js';
import type { CommandContext } from './command.js';
import { readJsonOption, stringOption } from './options.js';
import { UsageError } from './usage-error.js';

/** The options of the commands that read an incident file. */
export const CAUSE_OPTIONS = {
  cause: { type: 'string', multiple: true },
  causes: { type: 'string' },
} as const;

/** Their `--help` lines. */
export const CAUSE_HELP = [
  "  --cause TEXT=CAUSE  read an incident's cause text as one of slakit's causes (repeatable):",
  "                      --cause 'scheduled maintenance=scheduled-maintenance' --cause '*=unplanned'",
  '                      (* for every other text); texts are compared trimmed, in any case',
  '  --causes FILE       the same map as a JSON object { "DDoS": "unplanned", … }; --cause adds to it',
];

/**
 * The cause map of `--causes FILE` and every `--cause TEXT=CAUSE` (which add to the file's, and may
 * not give a text of the file another cause), checked as readIncidents checks it; `undefined` when
 * neither is given.
 */
export function causesOption(context: CommandContext): Record<string, IncidentCause> | undefined {
  const file = stringOption(context, 'causes');
  const given = context.values['cause'];
  const entries = (Array.isArray(given) ? given : typeof given === 'string' ? [given] : []) as string[];
  if (file === undefined && entries.length === 0) return undefined;
  const causes: Record<string, IncidentCause> = {};
  if (file !== undefined) {
    const json = readJsonOption(context, 'causes', file);
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new UsageError(`--causes: '${file}' is not a JSON object of cause texts, e.g. { "scheduled maintenance": "scheduled-maintenance", "*": "unplanned" }`);
    Object.assign(causes, json);
  }
  for (const entry of entries) {
    const eq = entry.lastIndexOf('=');
    const text = entry.slice(0, eq).trim();
    const cause = entry.slice(eq + 1).trim();
    if (eq <= 0 || text === '' || cause === '') throw new UsageError(`--cause: '${entry}' is not TEXT=CAUSE, e.g. 'scheduled maintenance=scheduled-maintenance' or '*=unplanned'`);
    if (!(INCIDENT_CAUSES as readonly string[]).includes(cause)) throw new UsageError(`--cause: '${cause}' (from '${entry}') is not an incident cause; expected one of ${INCIDENT_CAUSES.join(', ')}`);
    if (Object.hasOwn(causes, text) && causes[text] !== cause) throw new UsageError(`--cause: '${text}' is given both as ${String(causes[text])} and as ${cause}`);
    causes[text] = cause as IncidentCause;
  }
  try {
    readIncidents([], { causes });
  } catch (error) {
    if (!isSlaError(error)) throw error;
    const path = String(error.details.path ?? '');
    // `CODE: options.causes["DDoS"]: 'DDoS' already means …` → the part after the path.
    const rest = error.message.slice(error.code.length + 2 + path.length + 2);
    throw new UsageError(`--cause${file === undefined ? '' : '/--causes'}: ${error.code}: ${rest}`);
  }
  return causes;
}
