import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CaseInput, caseMonth, complianceReport } from '../../src/cases/index.js';
import { loadContract } from '../../src/contract/index.js';
import { businessHours8to5, uniphoreSupport } from '../../src/presets/index.js';
import { mergeComplianceReports, readCases, readCsv } from '../../src/records/index.js';
import { severityLabels } from '../../src/cli/record-reader.js';
import { cli } from '../cli/in-process.js';
import { expectSlaError } from '../expect-sla-error.js';

// The library path as short as the CLI's: readCases takes the contract, complianceReport the
// month (in each case's zone), and a group by severity is keyed by level and carries the label.

const northwind = loadContract(JSON.parse(readFileSync('examples/contracts/northwind-cloud.json', 'utf8')));
const calendarFor = (zone: string) => northwind.calendarFor(zone);

describe('readCases takes the contract', () => {
  it('reads its labels and aliases as the hand-built label map does', () => {
    const names = northwind.severities.flatMap((s) => [s.label, ...s.aliases]);
    expect(names.length).toBeGreaterThan(5);
    const rows = names.map((name, i) => ({ id: `C-${i}`, severity: ` ${name.toUpperCase()} `, openedAt: '2026-10-01T10:00:00Z' }));
    const byContract = [...readCases(rows, { contract: northwind })].map((c) => c.severity);
    expect(byContract).toEqual([...readCases(rows, { severities: severityLabels(northwind) })].map((c) => c.severity));
    expect(byContract).toEqual(names.map((name) => northwind.severityOf(name)));
  });

  it('an unknown label names the contract’s labels and aliases', () => {
    const reader = readCases([{ severity: 'urgent-ish', openedAt: '2026-10-01T10:00:00Z' }], { contract: northwind, onError: 'skip' });
    [...reader];
    expect(reader.summary.errors[0]?.message).toContain("'urgent-ish' is not a severity level 1–10 or one of the labels P1");
  });

  it('a contract label clashing with a label of severities is refused; a thing that is not a contract too', () => {
    expectSlaError(() => readCases([], { contract: northwind, severities: { P1: 2 } }), 'INVALID_ARGUMENT', undefined, 'already names level');
    expectSlaError(() => readCases([], { contract: {} as never }), 'INVALID_ARGUMENT', 'options.contract');
    expectSlaError(() => readCases([], { contract: { severities: [{ level: 11, label: 'x', aliases: [] }] } as never }), 'INVALID_ARGUMENT', 'options.contract.severities[0].level');
    expectSlaError(() => readCases([], { contract: { severities: [{ level: 1, label: 7, aliases: [] }] } as never }), 'INVALID_ARGUMENT', 'options.contract.severities[0]');
  });
});

describe('complianceReport takes the month', () => {
  const ZONES = ['America/New_York', 'Asia/Tokyo', 'Pacific/Auckland', 'Europe/London'] as const;
  const calendars = new Map(ZONES.map((zone) => [zone, businessHours8to5(zone)]));
  const perZone = (zone: string) => calendars.get(zone as (typeof ZONES)[number]) ?? businessHours8to5(zone);

  it('property: the month option counts exactly the cases whose caseMonth in their own zone is that month', () => {
    const acase = fc.record({
      zone: fc.constantFrom(...ZONES),
      opened: fc.date({ noInvalidDate: true, min: new Date('2026-09-28T00:00:00Z'), max: new Date('2026-11-03T00:00:00Z') }),
      severity: fc.constantFrom(1, 2, 3, 4),
      reply: fc.integer({ min: 1, max: 3000 }),
    });
    fc.assert(
      fc.property(fc.array(acase, { maxLength: 25 }), fc.constantFrom('2026-09', '2026-10', '2026-11'), (drawn, month) => {
        const cases: CaseInput[] = drawn.map(({ zone, opened, severity, reply }) => ({ severity, openedAt: opened, timeZone: zone, events: [{ type: 'responded', at: opened.getTime() + reply * 60_000 }] }));
        const options = { now: '2026-11-10T00:00:00Z', calendarFor: perZone, groupBy: 'severity' as const };
        const byOption = complianceReport(uniphoreSupport, perZone('UTC'), cases, { ...options, month });
        const filtered = cases.filter((c) => caseMonth(perZone(c.timeZone as string), c.openedAt as Date) === month);
        expect(byOption).toEqual(complianceReport(uniphoreSupport, perZone('UTC'), filtered, options));
      }),
      { numRuns: 150 },
    );
  });

  it('a case opened on 31 October in New York but 1 November in Tokyo is in October there and November here', () => {
    const at = '2026-10-31T22:30:00Z';
    const options = { now: '2026-11-10T00:00:00Z', calendarFor: perZone };
    const tokyo = [{ severity: 3, openedAt: at, timeZone: 'Asia/Tokyo' }];
    const newYork = [{ severity: 3, openedAt: at, timeZone: 'America/New_York' }];
    expect(complianceReport(uniphoreSupport, perZone('UTC'), tokyo, { ...options, month: '2026-11' }).total).toBe(1);
    expect(complianceReport(uniphoreSupport, perZone('UTC'), newYork, { ...options, month: '2026-11' }).total).toBe(0);
    expect(complianceReport(uniphoreSupport, perZone('UTC'), newYork, { ...options, month: '2026-10' }).total).toBe(1);
  });

  it('outcome indexes still count every case of the input', () => {
    const cases = [
      { id: 'Sep', severity: 1, openedAt: '2026-09-30T10:00:00Z' },
      { id: 'Oct', severity: 1, openedAt: '2026-10-01T10:00:00Z' },
    ];
    const report = complianceReport(uniphoreSupport, perZone('UTC'), cases, { now: '2026-11-10T00:00:00Z', month: '2026-10', outcomes: 'all' });
    expect(report.outcomes?.map((o) => [o.id, o.index])).toEqual([['Oct', 1]]);
  });
});

describe('a group by severity is keyed by level and carries the label', () => {
  it('each group has its level’s label from the policy, and merging keeps it', () => {
    const cases = [
      { severity: 1, openedAt: '2026-10-05T10:00:00Z' },
      { severity: 3, openedAt: '2026-10-05T11:00:00Z' },
    ];
    const options = { now: '2026-10-20T00:00:00Z', groupBy: 'severity' as const };
    const report = complianceReport(northwind.support!, calendarFor('America/New_York'), cases, options);
    expect(Object.keys(report.groups ?? {})).toEqual(['1', '3']);
    expect([report.groups?.['1']?.label, report.groups?.['3']?.label]).toEqual(['P1', 'P3']);
    const merged = mergeComplianceReports(complianceReport(northwind.support!, calendarFor('America/New_York'), cases.slice(0, 1), options), complianceReport(northwind.support!, calendarFor('America/New_York'), cases, options));
    expect(merged.groups?.['1']?.label).toBe('P1');
    expect(merged.groups?.['1']?.total).toBe(2);
  });

  it('other groupings carry no label', () => {
    const report = complianceReport(northwind.support!, calendarFor('America/New_York'), [{ severity: 1, openedAt: '2026-10-05T10:00:00Z' }], { now: '2026-10-20T00:00:00Z', groupBy: 'month' });
    expect(report.groups?.['2026-10']?.label).toBeUndefined();
  });
});

describe('the script of docs/exports.md gives the figures of `slakit compliance`', () => {
  it('the same counts and rates, overall and per level', () => {
    const contract = loadContract(JSON.parse(readFileSync('examples/contracts/northwind-cloud.json', 'utf8')));
    const cases = readCases(readCsv(readFileSync('examples/data/cases-2026-10.csv', 'utf8')), { contract, firstRow: 2 });
    const report = complianceReport(contract.support!, calendarFor('America/New_York'), cases, { now: '2026-11-02T12:00:00Z', month: '2026-10', groupBy: 'severity', calendarFor });
    const run = cli(['compliance', 'examples/data/cases-2026-10.csv', '--contract', 'examples/contracts/northwind-cloud.json', '--month', '2026-10', '--tz', 'America/New_York', '--now', '2026-11-02T12:00:00Z', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { total: number; met: number; breached: number; rate: number; bySeverity: { level: number; total: number; rate: number | null }[]; resolution: { rate: number | null } };
    expect([report.total, report.met, report.breached, report.rate]).toEqual([json.total, json.met, json.breached, json.rate]);
    expect(report.resolution.rate).toBe(json.resolution.rate);
    for (const [level, group] of Object.entries(report.groups ?? {})) {
      const row = json.bySeverity.find((r) => r.level === Number(level));
      expect([group.total, group.rate]).toEqual([row?.total, row?.rate]);
    }
  });
});
