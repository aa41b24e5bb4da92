// The Larkspur example (issue 25's proof): its contract, its amendment of 15 October 2026 (which
// keeps both plans), its cases and incidents, through every command that applies. The goldens
// hold figures checked by hand (see the tests below them).
import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';

const V1 = 'examples/contracts/larkspur-saas.json';
const V2 = 'examples/contracts/larkspur-saas-2026-10-15.json';
const CASES = 'examples/contracts/larkspur-cases-2026-10.csv';
const INCIDENTS = 'examples/contracts/larkspur-incidents-2026-10.csv';
const NY = ['--tz', 'America/New_York'];
const NOW = ['--now', '2026-11-02T12:00:00Z'];
const both = ['--contract', V1, '--contract', V2];

describe('the Larkspur example: golden outputs of every command', () => {
  const golden: [string, string[]][] = [
    ['larkspur-windows', ['windows', '--contract', V1, '--from', '2026-10-19', '--weeks', '2', ...NY]],
    ['larkspur-availability-json', ['availability', INCIDENTS, '--contract', V1, '--month', '2026-10', '--monthly-fee', '4000.00', '--json']],
    ['larkspur-versions-contract-check', ['contract', 'check', V1, V2]],
    ['larkspur-versions-compliance', ['compliance', CASES, ...both, '--month', '2026-10', ...NY, '--by', 'severity', ...NOW]],
    ['larkspur-versions-compliance-json', ['compliance', CASES, ...both, '--month', '2026-10', ...NY, ...NOW, '--json']],
    ['larkspur-versions-cases', ['cases', CASES, ...both, ...NY, ...NOW]],
    ['larkspur-versions-due', ['due', ...both, '--severity', 'P1', '--opened', '2026-10-20T11:00:00-04:00', ...NY, '--field', 'tier=premium']],
    ['larkspur-versions-availability', ['availability', INCIDENTS, ...both, '--month', '2026-10', '--segments', '--monthly-fee', '4000.00']],
    ['larkspur-versions-report-md', ['report', ...both, '--month', '2026-10', ...NY, ...NOW, '--cases', CASES, '--incidents', INCIDENTS, '--monthly-fee', '4000.00', '--format', 'md']],
  ];
  it.each(golden)('%s', async (name, args) => {
    const { code, stdout, stderr } = cli(args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot(`golden/${name}.txt`);
  });
});
