// The maintenance schedule a command works with: a preset name or a schedule spec in a JSON file.
import { createMaintenanceSchedule } from '../maintenance/create-maintenance-schedule.js';
import type { MaintenanceSchedule } from '../maintenance/types.js';
import { uniphoreMaintenance } from '../presets/maintenance.js';
import type { CommandContext } from './command.js';
import { fromOption, readJsonOption } from './options.js';
import { UsageError } from './usage-error.js';

/** `uniphore` (the regional windows of UNI's Platform Location Schedule) or a `.json` spec file. */
export function scheduleOption(context: CommandContext, option: string, value: string): MaintenanceSchedule {
  if (value === 'uniphore') return createMaintenanceSchedule(uniphoreMaintenance);
  if (!value.toLowerCase().endsWith('.json')) throw new UsageError(`--${option}: '${value}' is not uniphore or a .json maintenance schedule`);
  const spec = readJsonOption(context, option, value);
  return fromOption(option, () => createMaintenanceSchedule(spec as never));
}
