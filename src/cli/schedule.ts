// The maintenance schedule a command works with: a preset name or a schedule spec in a JSON file.
import { createMaintenanceSchedule } from '../maintenance/create-maintenance-schedule.js';
import type { MaintenanceSchedule } from '../maintenance/types.js';
import { uniphoreMaintenance } from '../presets/maintenance.js';
import type { CommandContext } from './command.js';
import { fromOption } from './options.js';
import { UsageError } from './usage-error.js';

/** `uniphore` (the regional windows of UNI's Platform Location Schedule) or a `.json` spec file. */
export function scheduleOption(context: CommandContext, option: string, value: string): MaintenanceSchedule {
  if (value === 'uniphore') return createMaintenanceSchedule(uniphoreMaintenance);
  if (!value.toLowerCase().endsWith('.json')) throw new UsageError(`--${option}: '${value}' is not uniphore or a .json maintenance schedule`);
  let spec: unknown;
  try {
    spec = JSON.parse(context.readInput(value));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--${option}: '${value}' is not valid JSON: ${(error as Error).message}`);
  }
  return fromOption(option, () => createMaintenanceSchedule(spec as never));
}
