// The maintenance schedule a command works with: `--maintenance FILE`, or the contract's windows.
import { createMaintenanceSchedule } from '../maintenance/create-maintenance-schedule.js';
import type { MaintenanceSchedule } from '../maintenance/types.js';
import type { CommandContext } from './command.js';
import { contractOption } from './contract-option.js';
import { fromOption, readJsonOption, stringOption } from './options.js';
import { UsageError } from './usage-error.js';

/**
 * The windows of `--maintenance FILE`, else those of `--contract`. `required`: a usage error when
 * neither gives any; otherwise `undefined`.
 */
export function maintenanceOption(context: CommandContext, required: boolean): MaintenanceSchedule | undefined {
  const file = stringOption(context, 'maintenance');
  if (file !== undefined) {
    const spec = readJsonOption(context, 'maintenance', file);
    return fromOption('maintenance', () => createMaintenanceSchedule(spec as never));
  }
  const contract = contractOption(context, ['maintenance'], required);
  if (contract?.maintenance === undefined && required) {
    throw new UsageError(`--contract ${stringOption(context, 'contract') ?? ''} defines no maintenance windows; give --maintenance FILE`);
  }
  return contract?.maintenance;
}
