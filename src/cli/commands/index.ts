import type { Command } from '../command.js';
import { availabilityCommand } from './availability.js';
import { casesCommand } from './cases.js';
import { complianceCommand } from './compliance.js';
import { contractCommand } from './contract.js';
import { dueCommand } from './due.js';
import { renewalCommand } from './renewal.js';
import { reportCommand } from './report.js';
import { windowsCommand } from './windows.js';

/** Every subcommand, in the order `slakit --help` lists them. */
export const commands: readonly Command[] = [dueCommand, casesCommand, complianceCommand, availabilityCommand, windowsCommand, renewalCommand, reportCommand, contractCommand];
