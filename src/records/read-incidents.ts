import { INCIDENT_CAUSES } from '../availability/incident-causes.js';
import type { Incident, IncidentCause } from '../availability/types.js';
import { fail } from '../core/errors.js';
import { joinPath, plainObject } from '../core/plain-data.js';
import { foldSeverityLabel as foldCauseText } from '../cases/severity-of.js';
import { readOptions, readRows, type RowReader } from './read-rows.js';
import type { AsyncRecordReader, ReadIncidentsOptions, RecordReader, Row } from './types.js';

const FIELDS = ['id', 'start', 'end', 'cause', 'timeZone', 'announcedAt', 'plannedEnd', 'environment'];

/**
 * Incident records from plain rows (objects from any CSV or JSON source), read one at a time over
 * any iterable or async iterable, as {@link readCases} reads cases: the same column mapping, local
 * times in the row's zone (`timeZone` column or option) under the one DST policy, row numbers in
 * errors, `onError: 'stop' | 'skip'` and the summary.
 *
 * Each row gives an {@link Incident} with `Date`s: `start`; `end` (blank or absent: `null`, still
 * ongoing); `cause`, one of {@link INCIDENT_CAUSES} or a text of the `causes` map (a status page's
 * free text: `'scheduled maintenance'`, `'DDoS'`), or any other text when the map has `'*'`; `id` (optional);
 * `announcedAt` and `plannedEnd` (optional: when the work was announced, and its announced end);
 * `environment` (optional text, e.g. `production`).
 *
 * @param rows - Any iterable or async iterable of row objects.
 * @throws SlaError `INVALID_ARGUMENT` for bad options; `INVALID_INCIDENT` (or the code of the bad
 * value) for a bad row unless skipped.
 * @example
 * ```ts
 * import { readIncidents } from 'slakit/records';
 *
 * const reader = readIncidents(
 *   [{ ref: 'INC-1', began: '2026-11-01 01:30', ended: '2026-11-01 01:45', kind: 'Outage' }],
 *   { columns: { ref: 'id', began: 'start', ended: 'end', kind: 'cause' }, causes: { outage: 'unplanned' }, timeZone: 'America/New_York' },
 * );
 * const [incident] = [...reader];
 * incident?.start; //=> new Date('2026-11-01T05:30:00Z') (01:30 occurs twice: the earlier, EDT)
 * incident?.cause; //=> 'unplanned'
 * reader.summary.dstOverlaps; //=> 2
 *
 * // A status page's free text: compared trimmed, in any case, each run of spaces as one; '*' for the rest.
 * const page = readIncidents(
 *   [
 *     { start: '2026-11-03T02:00Z', end: '2026-11-03T03:00Z', cause: ' Scheduled  Maintenance' },
 *     { start: '2026-11-09T14:00Z', end: '2026-11-09T14:20Z', cause: 'DDoS' },
 *   ],
 *   { causes: { 'scheduled maintenance': 'scheduled-maintenance', '*': 'unplanned' } },
 * );
 * [...page].map((i) => i.cause); //=> ['scheduled-maintenance', 'unplanned']
 * ```
 */
export function readIncidents(rows: Iterable<Row>, options?: ReadIncidentsOptions): RecordReader<Incident>;
export function readIncidents(rows: AsyncIterable<Row>, options?: ReadIncidentsOptions): AsyncRecordReader<Incident>;
export function readIncidents(rows: Iterable<Row> | AsyncIterable<Row>, options?: ReadIncidentsOptions): RecordReader<Incident> | AsyncRecordReader<Incident> {
  // An incident's timeZone has one meaning, the zone of its local times: it wins over the option.
  const setup = readOptions(options, FIELDS, ['causes'], 'INVALID_INCIDENT', 'row');
  const causes = new Map<string, IncidentCause>(INCIDENT_CAUSES.map((cause) => [cause, cause]));
  // Each folded label and the label it was given as, to refuse two that fold alike and disagree.
  const givenAs = new Map<string, string>();
  let otherwise: IncidentCause | undefined;
  const given = setup.values['causes'];
  if (given !== undefined) {
    for (const [label, cause] of Object.entries(plainObject(given, 'options.causes', 'INVALID_ARGUMENT'))) {
      const path = joinPath('options.causes', label);
      if (!INCIDENT_CAUSES.includes(cause as IncidentCause)) fail('INVALID_ARGUMENT', path, cause, `is not an incident cause; expected one of ${INCIDENT_CAUSES.join(', ')}`);
      const key = foldCauseText(label);
      if (key === '') fail('INVALID_ARGUMENT', path, label, "is an empty label; write '*' for every text the map does not name");
      if (key === '*') {
        otherwise = cause as IncidentCause;
        continue;
      }
      const before = causes.get(key);
      if (before !== undefined && before !== cause) {
        const other = givenAs.get(key);
        fail('INVALID_ARGUMENT', path, label, other === undefined ? `is slakit's own cause ${before}; it cannot mean ${String(cause)}` : `already means ${before} (as '${other}'); labels are compared trimmed, in any case, each run of spaces as one`);
      }
      causes.set(key, cause as IncidentCause);
      givenAs.set(key, label);
    }
  }
  const knownTexts = [...new Set([...INCIDENT_CAUSES, ...givenAs.values()])].join(', ');
  const { reader } = setup;
  const zoneColumn = reader.column('timeZone');
  const idColumn = reader.column('id');
  const startColumn = reader.column('start');
  const endColumn = reader.column('end');
  const causeColumn = reader.column('cause');
  const announcedColumn = reader.column('announcedAt');
  const plannedEndColumn = reader.column('plannedEnd');
  const environmentColumn = reader.column('environment');
  // Cause texts already read (bounded): a file repeats a handful of labels.
  const causeOfText = new Map<string, IncidentCause>();
  const causeOf = (label: string): IncidentCause | undefined => {
    let cause = causeOfText.get(label);
    if (cause === undefined) {
      cause = causes.get(foldCauseText(label)) ?? otherwise;
      if (cause === undefined) return undefined;
      if (causeOfText.size >= 256) causeOfText.clear();
      causeOfText.set(label, cause);
    }
    return cause;
  };
  const convert = (r: RowReader): Incident => {
    r.readZone(zoneColumn);
    const id = r.readId(idColumn);
    const startValue = r.cell(startColumn);
    if (startValue === undefined) r.fail('start', startValue, 'is missing; every incident needs its start');
    const start = r.instant(startValue, 'start');
    const endValue = r.cell(endColumn);
    const end = endValue === undefined ? null : r.instant(endValue, 'end');
    if (end !== null && end < start) r.fail('end', endValue, `is before the start ${new Date(start).toISOString()}`);
    const label = r.cell(causeColumn);
    const cause = typeof label === 'string' ? causeOf(label) : undefined;
    if (cause === undefined) return r.fail('cause', label, `is not an incident cause; expected one of ${knownTexts}; other texts need a cause map ('scheduled maintenance=scheduled-maintenance', '*=unplanned' for every other text)`);
    const startAt = new Date(start);
    const endAt = end === null ? null : new Date(end);
    const incident: Incident = id === undefined ? { start: startAt, end: endAt, cause } : { id: String(id), start: startAt, end: endAt, cause };
    const announcedValue = r.cell(announcedColumn);
    const plannedValue = r.cell(plannedEndColumn);
    const environment = r.cell(environmentColumn);
    if (environment !== undefined && typeof environment !== 'string') r.fail('environment', environment, 'is not a text');
    if (announcedValue === undefined && plannedValue === undefined) return environment === undefined ? incident : { ...incident, environment: (environment as string).trim() };
    const plannedEnd = plannedValue === undefined ? null : r.instant(plannedValue, 'plannedEnd');
    if (plannedEnd !== null && plannedEnd < start) r.fail('plannedEnd', plannedValue, `is before the start ${new Date(start).toISOString()}`);
    return {
      ...incident,
      ...(announcedValue === undefined ? {} : { announcedAt: new Date(r.instant(announcedValue, 'announcedAt')) }),
      ...(plannedEnd === null ? {} : { plannedEnd: new Date(plannedEnd) }),
      ...(environment === undefined ? {} : { environment: (environment as string).trim() }),
    };
  };
  return readRows(rows, setup, convert);
}
