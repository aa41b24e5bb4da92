// The maintenance schedule a command works with: `--maintenance FILE`, or the contract's windows.
import type { Contract, ContractDocument } from '../contract/types.js';
import { isSlaError } from '../core/errors.js';
import { createMaintenanceSchedule } from '../maintenance/create-maintenance-schedule.js';
import type { MaintenanceSchedule, MaintenanceScheduleSpec } from '../maintenance/types.js';
import type { CommandContext } from './command.js';
import { contractOption, contractUsageError } from './contract-option.js';
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
    // Replaced, the contract's windows are not used: nothing they wait for is asked for.
    if (mode === 'replace' || stringOption(context, 'contract') === undefined) return given;
    const contract = contractOption(context, ['maintenance'], false) as Contract;
    const stated = contract.document.maintenance;
    if (stated === undefined) return given;
    // Windows the contract leaves wholly to parameters not given are the user's: the file gives them.
    if ('$param' in stated.windows && !hasWindows(contract)) return given;
    // The contract has windows of its own: the file adds to them or replaces them, as the user says.
    if (mode === undefined) throw new UsageError(`--maintenance ${file}: the contract has maintenance windows of its own; give --maintenance-mode add (the file's windows and the contract's) or --maintenance-mode replace (the file's only)`);
    const own = (contractWindows(context, contract) as MaintenanceSchedule).toJSON();
    const fileSpec = given.toJSON();
    // Each of the file's windows keeps the file's zone.
    const added = fileSpec.windows.map((w) => (w.timeZone !== undefined || fileSpec.timeZone === own.timeZone ? w : { ...w, timeZone: fileSpec.timeZone }));
    return fromOption('maintenance', () => createMaintenanceSchedule({ ...own, windows: [...own.windows, ...added] } satisfies MaintenanceScheduleSpec));
  }
  const contract = contractOption(context, ['maintenance'], required);
  const windows = contract === undefined ? undefined : contractWindows(context, contract);
  if (windows === undefined && required) {
    throw new UsageError(`--contract ${stringOption(context, 'contract') ?? ''} defines no maintenance windows; give --maintenance FILE`);
  }
  return windows;
}

/** Whether the contract's windows are there to use (not waiting for a parameter). */
function hasWindows(contract: Contract): boolean {
  try {
    return contract.maintenance !== undefined;
  } catch (error) {
    if (isSlaError(error) && error.code === 'CONTRACT_PARAMETER_MISSING') return false;
    throw error;
  }
}

/**
 * The contract's own windows (`undefined`: it has none). Windows that wait for a parameter are a
 * usage error naming it and both ways out: give it, or replace the windows with a file (where
 * the command `takesFile`: `--maintenance FILE`).
 */
export function contractWindows(context: CommandContext, contract: Contract, takesFile = true): MaintenanceSchedule | undefined {
  try {
    return contract.maintenance;
  } catch (error) {
    if (!isSlaError(error) || error.code !== 'CONTRACT_PARAMETER_MISSING') throw error;
    const stated = (contract.document as ContractDocument).maintenance;
    const instead = !takesFile ? '' : stated !== undefined && '$param' in stated.windows ? 'give the windows: --maintenance FILE' : "replace the contract's windows: --maintenance FILE --maintenance-mode replace";
    throw contractUsageError(error, stringOption(context, 'contract') ?? contract.name ?? 'FILE', instead);
  }
}
