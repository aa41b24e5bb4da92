// Issue 20, "the terms as the texts write them": a contract that states no renewal terms lends none,
// and the renewal feed is named after the contract, not the path typed.
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/in-process.js';
import { renewFee } from '../../src/renewal/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const RUN = ['renewal', '--fee', '120000.00', '--cpi', '3.1%', '--start', '2026-03-15'];
const TERMS = ['--term-months', '12', '--notice-days', '30', '--floor', '3%', '--rounding', 'half-up'];

describe('renewal terms a contract lacks are not printed as its terms', () => {
  it.each(['uniphore', 'nice-cloud'])('renewal --contract %s: the contract states no renewal terms, and they are required as options', (name) => {
    for (const strict of [[], ['--strict']]) {
      const run = cli([...RUN, '--contract', name, ...strict]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('states no renewal terms');
      expect(run.stderr).toContain('--term-months N --notice-days N --floor RATE --rounding half-up|half-even');
    }
  });

  it('renewal --contract uniphore with every term given: the terms given, none borrowed', () => {
    const run = cli([...RUN, '--contract', 'uniphore', ...TERMS, '--years', '2', '--json']);
    expect(run.code).toBe(0);
    const terms = (JSON.parse(run.stdout) as { terms: { noticeDeadline: string; rate: number; rule: string }[] }).terms;
    expect(terms.map((t) => t.noticeDeadline)).toEqual(['2027-02-12', '2028-02-13']);
    expect(terms[1]).toMatchObject({ rate: 0.031, rule: 'cpi' });
  });

  it('renewal --contract nice-on-premise: the terms its text states (12 months, 5% or CPI-U, 60 days)', () => {
    const run = cli([...RUN, '--contract', 'nice-on-premise', '--years', '2', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { terms: { noticeDeadline: string }[] }).terms[0]?.noticeDeadline).toBe('2027-01-13');
  });

  it('contract check nice-on-premise: no rounding line, since the text states no rounding', () => {
    const run = cli(['contract', 'check', 'nice-on-premise']);
    expect(run.stdout).toMatch(/renewal: +12-month terms; uplift the greater of 5% and CPI-U; notice 60 days\n/);
    expect(run.stdout).not.toContain('rounding');
  });

  it('--holidays is described as the holidays the contract’s hours skip (NiCE’s observed holidays), not the customer’s', () => {
    for (const command of ['due', 'cases', 'compliance', 'report']) {
      const help = cli([command, '--help']).stdout;
      expect(help).not.toMatch(/customer’s holidays/);
      if (help.includes('--holidays')) expect(help).toContain('NiCE’s');
    }
  });
});

describe('words and numbers: --cpi', () => {
  it('--cpi 0.9 suggests 0.9% or 0.009, never a float artefact, and names no library option', () => {
    const run = cli([...RUN.slice(0, 3), '--cpi', '0.9', '--start', '2026-03-15']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--cpi: 0.9 would be a 90% rise in a year; write 0.9% or 0.009');
    expect(run.stderr).not.toMatch(/0\.00900000|allowLargeCpiChange/);
  });

  it('--cpi 90% (written with its sign) is read as it is written', () => {
    const run = cli([...RUN.slice(0, 3), '--cpi', '90%', '--start', '2026-03-15', '--years', '2', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { terms: { rate: number }[] }).terms[1]?.rate).toBe(0.9);
  });

  it('the library suggests the fraction without a float artefact', () => {
    expectSlaError(() => renewFee(12_000_000, { cpi: 0.9 }), 'INVALID_ARGUMENT', 'cpi', 'pass 0.009 for 0.9%');
  });
});

describe('feeds: the renewal feed', () => {
  const feed = (contract: string, years = '1') => cli([...RUN, '--contract', contract, '--years', years, '--ics', '--now', '2026-10-30T12:00:00Z']);

  it('feed UIDs come from the contract name, not the path as typed', () => {
    const a = feed('./examples/contracts/northwind-cloud.json');
    const b = feed('examples/contracts/northwind-cloud.json');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('UID:renewal-notice-Northwind');
    expect(a.stdout).not.toContain('examples');
  });

  it('the last term keeps its notice deadline: --years 1 gives one event', () => {
    const run = feed('nice-on-premise');
    expect(run.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(run.stdout).toContain('DTSTART;VALUE=DATE:20270113');
  });
});
