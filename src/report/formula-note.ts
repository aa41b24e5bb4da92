import type { DowntimePolicy } from '../availability/types.js';
import type { ContractDocument } from '../contract/types.js';

/**
 * What a measurement under a contract must say about its formula: `null` when the document has
 * availability terms of its own, else that the formula, ((x − y − z) / (x − y)) × 100 of NiCE
 * Cloud Services Terms §7.1, is borrowed (the Uniphore text states none).
 */
export function borrowedFormulaNote(document: ContractDocument, policy: DowntimePolicy | undefined): string | null {
  if (document.availability !== undefined) return null;
  return `${document.name ?? 'this contract'} states no availability formula; the figure uses ((x − y − z) / (x − y)) × 100 of NiCE Cloud Services Terms §7.1, borrowed, with x the month's ${policy?.monthMinutes === 'days' ? '24 × 60 × days' : 'elapsed minutes'}`;
}
