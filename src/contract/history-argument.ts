import { fail } from '../core/errors.js';
import type { ContractHistory } from './load-contract-history.js';

/**
 * A {@link ContractHistory} argument, checked by its shape (so that a module that takes a history
 * need not carry the loader): `INVALID_ARGUMENT` for anything else.
 */
export function historyArgument(value: unknown, path = 'history'): ContractHistory {
  const history = value as Partial<ContractHistory> | null;
  if (typeof history !== 'object' || history === null || !Array.isArray(history.versions) || history.versions.length === 0 || typeof history.versionAt !== 'function' || typeof history.versionsBetween !== 'function' || typeof history.timeZone !== 'string') {
    return fail('INVALID_ARGUMENT', path, value, 'is not a contract history; make one with loadContractHistory');
  }
  return value as ContractHistory;
}
