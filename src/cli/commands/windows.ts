import { addDaysToCivilDate, isCivilDate } from '../../core/civil-date.js';
import { instantToZonedTime, isValidTimeZone, zonedTimeToInstant } from '../../core/time-zone.js';
import { describeWindow } from '../../maintenance/describe-window.js';
import { maintenanceWindowsBetween } from '../../maintenance/maintenance-windows-between.js';
import type { Command } from '../command.js';
import { CSV_HELP, CSV_OPTION, fromOption, integerOption, STRICT_HELP, stringOption, toJson } from '../options.js';
import type { MaintenanceSchedule } from '../../maintenance/types.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS } from '../contract-option.js';
import { maintenanceOption } from '../schedule.js';
import { maintenanceWindowsToIcs } from '../../ics/maintenance-windows-to-ics.js';
import { ICS_HELP, ICS_OPTIONS, icsRequest, icsResult } from '../ics-option.js';
import { formatTable } from '../table.js';
import { namesRegions, windowRegion } from '../../report/format.js';
import { UsageError } from '../usage-error.js';
import { guide } from '../guide.js';
import { regionOption } from './availability.js';

const DAY_NAMES: Readonly<Record<string, string>> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/** `slakit windows`: the maintenance windows of the coming weeks, shown in a zone. */
export const windowsCommand: Command = {
  name: 'windows',
  summary: 'Upcoming maintenance windows, shown in any time zone (DST handled per occurrence)',
  usage: 'windows --contract NAME|FILE [--region NAME] --from YYYY-MM-DD [--weeks 4] --tz ZONE',
  help: [
    'Options:',
    ...CONTRACT_HELP,
    '  --maintenance FILE  a maintenance schedule spec as JSON; where the contract has windows of its',
    '                      own, --maintenance-mode add (both) or replace (the file’s only) says which',
    `                      (${guide('maintenance')})`,
    '  --region NAME       only this region’s windows and those of every region (uniphore: India,',
    '                      Australia, US, EU, UK; its data-center windows are every region’s)',
    '  --from DATE         the first day to list, YYYY-MM-DD, from local midnight in --tz (default today)',
    '  --weeks N           how many weeks to list (default 4)',
    '  --tz ZONE           the zone to show the windows in (default the schedule’s zone)',
    STRICT_HELP,
    CSV_HELP,
    '  --json              print the windows as JSON',
    ...ICS_HELP,
  ].join('\n'),
  example: 'slakit windows --contract uniphore --param maintenance.dataCenterTimeZone=America/Chicago --region US --from 2026-12-01 --weeks 4 --tz America/New_York',
  inputs: 0,
  options: { ...CONTRACT_OPTIONS, maintenance: { type: 'string' }, 'maintenance-mode': { type: 'string' }, region: { type: 'string' }, from: { type: 'string' }, weeks: { type: 'string' }, tz: { type: 'string' }, ...CSV_OPTION, ...ICS_OPTIONS },
  run(context) {
    const schedule = maintenanceOption(context, true) as MaintenanceSchedule;
    const timeZone = stringOption(context, 'tz') ?? schedule.timeZone;
    if (!isValidTimeZone(timeZone)) throw new UsageError(`--tz: INVALID_TIME_ZONE: '${timeZone}' is not an IANA time zone such as America/New_York`);
    const from = stringOption(context, 'from') ?? instantToZonedTime(timeZone, Date.now()).slice(0, 10); // today in --tz
    if (!isCivilDate(from)) throw new UsageError(`--from: INVALID_DATE: '${from}' is not a date YYYY-MM-DD`);
    const weeks = integerOption(context, 'weeks', 4, 1, 520);
    // Region names are matched without regard to case (`eu` is `EU`), as `slakit availability` matches them.
    const region = regionOption(context, schedule);
    const start = zonedTimeToInstant(timeZone, `${from}T00:00`);
    const end = zonedTimeToInstant(timeZone, `${addDaysToCivilDate(from, weeks * 7)}T00:00`);
    const windows = fromOption('region', () => maintenanceWindowsBetween(schedule, start, end, region === undefined ? {} : { region }));
    const feed = icsRequest(context);
    if (feed !== undefined) {
      const name = `Maintenance windows${region === undefined ? '' : ` (${region})`}`;
      return icsResult(context, maintenanceWindowsToIcs(schedule, { from: start, to: end, now: feed.now, name, timeZone, ...(region === undefined ? {} : { region }) }), windows.length);
    }
    const described = windows.map((w) => ({ ...w, local: describeWindow(w, timeZone) }));
    const rows = described.map(({ region: r, id, start: s, end: e, local }) => [
      r ?? '',
      id ?? '',
      `${DAY_NAMES[local.startDay] as string} ${local.startDate} ${local.start}`,
      `${DAY_NAMES[local.endDay] as string} ${local.endDate === local.startDate ? '' : `${local.endDate} `}${local.end}`,
      local.utcOffset === local.endUtcOffset ? local.utcOffset : `${local.utcOffset} → ${local.endUtcOffset}`,
      `${s.toISOString().slice(0, 16)}Z – ${e.toISOString().slice(11, 16)}Z`,
    ]);
    const columns = [{ title: 'region' }, { title: 'window' }, { title: 'starts' }, { title: 'ends' }, { title: 'UTC offset' }, { title: 'in UTC' }];
    // On screen, a window of every region says so, and a list without regions has no region column (--csv keeps its columns and an empty cell).
    const table = namesRegions(windows) ? formatTable(columns, rows.map((row, i) => [windowRegion(windows[i]?.region), ...row.slice(1)])) : formatTable(columns.slice(1), rows.map((row) => row.slice(1)));
    const header = `${windows.length} maintenance ${windows.length === 1 ? 'window' : 'windows'} from ${from} for ${weeks} ${weeks === 1 ? 'week' : 'weeks'}, shown in ${timeZone}${region === undefined ? '' : ` (region ${region})`}`;
    return { text: `${header}\n\n${table}`, json: toJson({ timeZone, windows: described }), table: { columns, rows } };
  },
};
