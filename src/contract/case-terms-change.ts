import type { ContractHistory, ContractVersion } from './load-contract-history.js';

/** Where a version of a history first changes what every case is read with. */
export interface CaseTermsChange {
  readonly first: ContractVersion;
  readonly version: ContractVersion;
  readonly what: 'businessHours' | 'severities';
}

/**
 * The first version that changes the business hours or the severities of the first version, or
 * null. The command and the report read every case of a file with one calendar and one set of
 * severity labels, so they refuse such a history (the library's historyComplianceReport judges any).
 */
export function caseTermsChange(history: ContractHistory): CaseTermsChange | null {
  const first = history.versions[0] as ContractVersion;
  for (const version of history.versions.slice(1)) {
    if (JSON.stringify(first.contract.businessHours) !== JSON.stringify(version.contract.businessHours)) return { first, version, what: 'businessHours' };
    if (JSON.stringify(first.contract.severities) !== JSON.stringify(version.contract.severities)) return { first, version, what: 'severities' };
  }
  return null;
}
