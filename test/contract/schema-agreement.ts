// What the schema tests compare: contract.schema.json compiled with ajv (draft 2020-12), and
// whether loadContract accepts a document (a refusal must be INVALID_CONTRACT, nothing else).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { contractSchema, loadContract } from '../../src/contract/index.js';
import { isSlaError } from '../../src/core/errors.js';

export const ajv = new Ajv2020({ allErrors: true, strict: false });
export const validate = ajv.compile(contractSchema());

/** Whether loadContract accepts `doc`; any other refusal than INVALID_CONTRACT fails the test. */
export function loads(doc: unknown): boolean {
  try {
    loadContract(doc);
    return true;
  } catch (error) {
    if (!isSlaError(error)) throw error;
    expect(error.code, error.message).toBe('INVALID_CONTRACT');
    return false;
  }
}
