import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';

// --customers FILE: each case's business-hours zone and holidays from its customer's row of a
// directory, in `compliance`, `cases` and `report`; the figures equal those of the same zones and
// holidays written into every row.

const CONTRACT = ['--contract', 'test/cli/fixtures/help-desk-contract.json'];
const NOW = ['--now', '2026-11-03T12:00:00Z'];
const CUSTOMERS = [
  { name: 'Acme Corp', written: ['Acme Corp', 'ACME CORP', ' acme corp'], timeZone: 'America/New_York', holidays: 'US-NY', tier: 'gold' },
  { name: 'Bolt GmbH', written: ['Bolt GmbH', 'bolt gmbh'], timeZone: 'Europe/Berlin', holidays: 'DE-BE', tier: 'silver' },
  { name: 'Kiwi Ltd', written: ['Kiwi Ltd'], timeZone: 'Pacific/Auckland', holidays: 'NZ', tier: 'gold' },
];
const DIRECTORY = `customer,timeZone,holidays,tier\n${CUSTOMERS.map((c) => `${c.name},${c.timeZone},${c.holidays},${c.tier}`).join('\n')}\n`;

/** `count` cases over October 2026 (three zones, Berlin's DST ending on the 25th), written two ways. */
function twoWays(count: number): { plain: string; canonical: string } {
  let state = 23;
  const random = (): number => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31), state / 2 ** 31);
  const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
  const plain = ['id,severity,openedAt,respondedAt,closedAt,customer'];
  const canonical = ['id,severity,openedAt,respondedAt,closedAt,customer,timeZone,holidays'];
  for (let i = 0; i < count; i++) {
    const customer = CUSTOMERS[i % 3] as (typeof CUSTOMERS)[number];
    const written = customer.written[Math.floor(random() * customer.written.length)] as string;
    const opened = Date.UTC(2026, 8, 30, 12) + Math.floor(random() * 32 * 1440) * 60_000;
    const responded = opened + Math.floor(1 + random() * 900) * 60_000;
    const closed = responded + Math.floor(random() * 4000) * 60_000;
    const cells = [`C-${i}`, String(1 + Math.floor(random() * 3)), iso(opened), random() < 0.9 ? iso(responded) : '', random() < 0.7 ? iso(closed) : '', written];
    plain.push(cells.join(','));
    canonical.push([...cells.slice(0, 5), customer.name, customer.timeZone, customer.holidays].join(','));
  }
  return { plain: `${plain.join('\n')}\n`, canonical: `${canonical.join('\n')}\n` };
}

describe('--customers: zones and holidays from a customer directory', () => {
  const { plain, canonical } = twoWays(300);
  const dir = mkdtempSync(join(tmpdir(), 'slakit-customers-'));
  const directoryFile = join(dir, 'customers.csv');
  writeFileSync(directoryFile, DIRECTORY);
  const WITH = ['--customers', directoryFile];

  it('compliance --by customer: golden', async () => {
    const { code, stdout, stderr } = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--by', 'customer', ...WITH], plain);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot('golden/customers-compliance.txt');
  });

  it.each([
    ['compliance', ['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--by', 'severity', '--json']],
    ['compliance --by customer', ['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--by', 'customer', '--json']],
    ['cases', ['cases', '-', ...CONTRACT, ...NOW, '--json']],
    ['report', ['report', ...CONTRACT, ...NOW, '--tz', 'UTC', '--month', '2026-10', '--cases', '-', '--format', 'json']],
  ])('%s: the figures equal those of the zones and holidays written into every row', (_name, args) => {
    const joined = cli([...args, ...WITH], plain);
    const written = cli(args, canonical);
    expect(written.code).toBe(0);
    expect(joined.code).toBe(0);
    expect(joined.stdout).toBe(written.stdout);
    // In one zone, without the directory, the figures differ: the directory is what moved them.
    expect(cli([...args, '--tz', 'UTC'], plain).stdout).not.toBe(written.stdout);
  });

  it('a customer missing from the directory is an error naming it', () => {
    const { code, stderr } = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...WITH], `${plain}C-X,2,2026-10-05T10:00Z,,,Zeta Inc\n`);
    expect(code).toBe(1);
    expect(stderr).toContain("row 302, column customer: INVALID_CASE: 'Zeta Inc' is not in the customer directory (3 customers: Acme Corp, Bolt GmbH, Kiwi Ltd)");
  });

  it('a missing customer is said once, at its first row, with the count of its other rows, across chunks; other bad rows are still listed one by one', () => {
    // 300 good rows, then 150 of 'Zeta Inc', 40 of 'Omega' and one bad date, interleaved; small chunks split them.
    const extra = Array.from({ length: 191 }, (_, i) => (i === 100 ? 'C-BAD,2,not a date,,,Acme Corp' : `C-Z${i},2,2026-10-05T10:00Z,,,${i % 4 === 3 && i < 160 ? 'Omega' : 'Zeta Inc'}`));
    const zeta = extra.filter((line) => line.endsWith('Zeta Inc')).length;
    const omega = extra.filter((line) => line.endsWith('Omega')).length;
    process.env['SLAKIT_CHUNK_CHARS'] = String(1 << 12);
    try {
      const { code, stderr } = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...WITH], `${plain}${extra.join('\n')}\n`);
      expect(code).toBe(1);
      const lines = stderr.split('\n');
      expect(lines.filter((line) => line.includes("'Zeta Inc' is not in the customer directory"))).toEqual(["  row 302, column customer: INVALID_CASE: 'Zeta Inc' is not in the customer directory (3 customers: Acme Corp, Bolt GmbH, Kiwi Ltd); add it, or give a default for unlisted customers"]);
      expect(lines).toContain(`  … and ${zeta - 1} more rows of the customer 'Zeta Inc'`);
      expect(lines.filter((line) => line.includes("'Omega' is not in the customer directory"))).toHaveLength(1);
      expect(lines).toContain(`  … and ${omega - 1} more rows of the customer 'Omega'`);
      expect(stderr).toContain("row 402, column openedAt: INVALID_CASE: 'not a date'");
      // Every bad row is accounted for: nothing else is left to count.
      expect(stderr).not.toMatch(/… and \d+ more$/m);
      const skipped = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...WITH, '--skip-bad-rows'], `${plain}${extra.join('\n')}\n`);
      expect(skipped.code).toBe(0);
      expect(skipped.stderr).toContain(`skipped ${zeta + omega + 1} bad records of ${300 + extra.length} (--skip-bad-rows)`);
      expect(skipped.stderr).toContain(`skipped … and ${zeta - 1} more rows of the customer 'Zeta Inc'`);
    } finally {
      delete process.env['SLAKIT_CHUNK_CHARS'];
    }
  });

  it('unless --default-customer-tz gives the zone such a case runs in', () => {
    const extra = `${plain}C-X,2,2026-10-05T10:00Z,2026-10-05T11:00Z,,Zeta Inc\n`;
    const joined = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...WITH, '--default-customer-tz', 'Asia/Tokyo', '--json'], extra);
    expect(joined.code).toBe(0);
    const written = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--json'], `${canonical}C-X,2,2026-10-05T10:00Z,2026-10-05T11:00Z,,Zeta Inc,Asia/Tokyo,\n`);
    expect(joined.stdout).toBe(written.stdout);
  });

  it("a row whose own timeZone or holidays differ from its customer's is an error naming both", () => {
    const zone = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...WITH], 'id,severity,openedAt,customer,timeZone\nC-1,2,2026-10-05T10:00Z,Acme Corp,Europe/London\n');
    expect(zone.code).toBe(1);
    expect(zone.stderr).toContain("row 2, column timeZone: INVALID_CASE: 'Europe/London' differs from the customer directory's zone 'America/New_York' for 'Acme Corp'");
    const holidays = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...WITH, '--map', 'cal=holidays'], 'id,severity,openedAt,customer,cal\nC-1,2,2026-10-05T10:00Z,Acme Corp,US-CA\n');
    expect(holidays.code).toBe(1);
    expect(holidays.stderr).toContain("row 2, column cal: INVALID_CASE: 'US-CA' differs from the customer directory's holidays 'US-NY'");
    // Agreeing is fine.
    expect(cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...WITH, '--intentionally-empty', 'response,resolution'], 'id,severity,openedAt,customer,timeZone\nC-1,2,2026-10-05T10:00Z,Acme Corp,America/New_York\n').code).toBe(0);
  });

  it('the customer column is mappable', () => {
    const renamed = plain.replace('customer\n', 'Organization\n');
    const a = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--json', ...WITH, '--map', 'Organization=customer'], renamed);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--json'], canonical).stdout);
  });

  it('a bad directory stops the run with the file, row and column; --default-customer-tz needs --customers', () => {
    writeFileSync(join(dir, 'twice.csv'), 'customer,timeZone\nAcme,UTC\nacme,UTC\n');
    const twice = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--customers', join(dir, 'twice.csv')], plain);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain(`--customers ${join(dir, 'twice.csv')}: row 3, column customer: INVALID_CASE: 'acme' names the customer of row 2 again`);
    writeFileSync(join(dir, 'nocustomer.csv'), 'name,timeZone\nAcme,UTC\n');
    expect(cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--customers', join(dir, 'nocustomer.csv')], plain).stderr).toContain('missing column customer');
    const alone = cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', '--default-customer-tz', 'UTC'], plain);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--default-customer-tz goes with --customers FILE');
    expect(cli(['compliance', '-', ...CONTRACT, ...NOW, '--month', '2026-10', ...WITH, '--default-customer-tz', 'Nowhere'], plain).code).toBe(2);
  });
});
