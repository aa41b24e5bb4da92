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
  const mode = stringOption(context, 'maintenance-mode');
  if (mode !== undefined && mode !== 'add' && mode !== 'replace') throw new UsageError(`--maintenance-mode: '${mode}' is not add or replace`);
  if (mode !== undefined && file === undefined) throw new UsageError('--maintenance-mode goes with --maintenance FILE');
  if (file !== undefined) {
    const spec = readJsonOption(context, 'maintenance', file);
    const given = fromOption('maintenance', () => createMaintenanceSchedule(spec as never));
    if (mode === 'replace' || stringOption(context, 'contract') === undefined) return given;
    const own = contractMaintenance(context);
    if (own === undefined) return given;
    // The contract has windows of its own: the file adds to them or replaces them, as the user says.
    if (mode === undefined) throw new UsageError(`--maintenance ${file}: the contract has maintenance windows of its own; give --maintenance-mode add (the file's windows and the contract's) or --maintenance-mode replace (the file's only)`);
    if (own.timeZone !== given.timeZone) throw new UsageError(`--maintenance-mode add: the file's windows are in ${given.timeZone} and the contract's in ${own.timeZone}; a schedule has one zone, so write the file's windows in ${own.timeZone}`);
    const ownSpec = own.toJSON();
    const fileSpec = given.toJSON();
    return fromOption('maintenance', () => createMaintenanceSchedule({ ...ownSpec, windows: [...ownSpec.windows, ...fileSpec.windows] }));
  }
  const contract = contractOption(context, ['maintenance'], required);
  if (contract?.maintenance === undefined && required) {
    throw new UsageError(`--contract ${stringOption(context, 'contract') ?? ''} defines no maintenance windows; give --maintenance FILE`);
  }
  return contract?.maintenance;
}

/** The contract's own windows, or `undefined` when it has none or leaves them to parameters not given. */
function contractMaintenance(context: CommandContext): MaintenanceSchedule | undefined {
  try {
    return contractOption(context, ['maintenance'], false)?.maintenance;
  } catch (error) {
    if (error instanceof UsageError && error.message.includes('parameter')) return undefined;
    throw error;
  }
}
