import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLA_ERROR_CODES } from '../../src/index.js';

describe('docs/errors.md', () => {
  it('has a table row for every error code, and none for a code that does not exist', () => {
    const text = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    const rows = [...text.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect([...rows].sort()).toEqual([...SLA_ERROR_CODES].sort());
  });
});
