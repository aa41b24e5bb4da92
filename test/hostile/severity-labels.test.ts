// Issue 22 (and issue 21's "severity labels are normalised three ways"): one severityOf, folding
// case and runs of spaces, read by every reader; a name that would name two levels is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContract, type ContractDocument } from '../../src/contract/index.js';
import { isSlaError, type SlaError } from '../../src/core/errors.js';
import { readCases } from '../../src/records/index.js';
import { severityLabels } from '../../src/cli/record-reader.js';
import { cli } from '../cli/in-process.js';
import { expectSlaError } from '../expect-sla-error.js';

const levels = (aliases: Record<number, string[]>): ContractDocument['severities'] => ({
  1: { label: 'P1', aliases: aliases[1] ?? [] },
  2: { label: 'P2', aliases: aliases[2] ?? [] },
  3: { label: 'P3', aliases: aliases[3] ?? [] },
});

function problems(severities: ContractDocument['severities']): unknown {
  try {
    loadContract({ severities });
  } catch (error) {
    expect(isSlaError(error)).toBe(true);
    return (error as SlaError).details['problems'];
  }
  return [];
}

describe('issue 22: colliding severity aliases are refused at load', () => {
  it('an alias "3" on level 1 (severityOf(3) gave 1 while cases read 3 as level 3)', () => {
    expect(problems(levels({ 1: ['3'] }))).toEqual([{ path: 'severities.1.aliases[0]', message: "'3' is the number of level 3" }]);
    expect(problems(levels({ 1: [' 2 '] }))).toEqual([{ path: 'severities.1.aliases[0]', message: "' 2 ' is the number of level 2" }]);
  });

  it('an alias that is a level number the contract does not define is refused too (readCases reads "7" as level 7)', () => {
    expect(problems(levels({ 1: ['7'] }))).toEqual([{ path: 'severities.1.aliases[0]', message: "'7' is the number of level 7" }]);
  });

  it('an alias that is its own level’s number loads', () => {
    expect(loadContract({ severities: levels({ 2: ['2'] }) }).severityOf('2')).toBe(2);
  });

  it("aliases 'Sev 1' and 'sev  1' on two levels (equal after folding case and runs of spaces)", () => {
    expect(problems(levels({ 1: ['Sev 1'], 2: ['sev  1'] }))).toEqual([{ path: 'severities.2.aliases[0]', message: "'sev  1' already names level 1" }]);
    expect(problems(levels({ 2: ['p1'] }))).toEqual([{ path: 'severities.2.aliases[0]', message: "'p1' already names level 1" }]);
  });

  it('readCases refuses the same clashes in options.severities', () => {
    expectSlaError(() => readCases([], { severities: { '3': 1 } }), 'INVALID_ARGUMENT', 'options.severities.3', 'is the number of level 3');
    expectSlaError(() => readCases([], { severities: { 'Sev 1': 1, 'sev\t 1': 2 } }), 'INVALID_ARGUMENT', undefined, 'already names level 1');
  });
});

describe('issue 22 / issue 21: one severityOf for every reader', () => {
  const contract = loadContract({ severities: levels({ 1: ['Sev 1', 'Critical'], 2: ['High Impact'] }) });
  // A label as a person or an export might write it: any case, any runs of spaces and tabs around and inside.
  const spelled = (name: string): fc.Arbitrary<string> =>
    fc.tuple(fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }), fc.constantFrom(' ', '  ', '\t', ' \t '), fc.constantFrom('', ' ', '\t')).map(([upper, gap, edge]) =>
      `${edge}${[...name].map((c, i) => (upper[i] === true ? c.toUpperCase() : c.toLowerCase())).join('').replace(/ /g, gap)}${edge}`,
    );

  it('contract.severityOf and readCases with the contract’s labels read every spelling of a label alike', () => {
    fc.assert(
      fc.property(fc.constantFrom(['Sev 1', 1], ['critical', 1], ['High Impact', 2], ['p3', 3]).chain(([name, level]) => spelled(name as string).map((text) => [text, level] as const)), ([text, level]) => {
        expect(contract.severityOf(text)).toBe(level);
        const [read] = [...readCases([{ id: 'C-1', severity: text, openedAt: '2026-10-01T10:00:00Z' }], { severities: severityLabels(contract) })];
        expect(read?.severity).toBe(level);
      }),
      { seed: 22, numRuns: 200 },
    );
  });

  it("`due --severity 'Sev  1'` and a CSV severity 'Sev  1' both read level 1", () => {
    const contract = ['--contract', 'examples/contracts/northwind-cloud.json', '--tz', 'America/New_York'];
    const due = cli(['due', ...contract, '--severity', 'Sev  1', '--opened', '2026-11-24T10:00:00-05:00', '--json']);
    expect(due.code, due.stderr).toBe(0);
    expect(JSON.parse(due.stdout)).toMatchObject({ status: { severity: 1 } });
    const cases = cli(['cases', '-', ...contract, '--now', '2026-11-02T12:00:00Z', '--json'], 'id,severity,openedAt\nC-1,Sev  1,2026-10-01T10:00:00Z\nC-2,  sev 1 ,2026-10-01T10:00:00Z\n');
    expect(cases.code, cases.stderr).toBe(0);
    expect((JSON.parse(cases.stdout) as { cases: { severity: number }[] }).cases.map((c) => c.severity)).toEqual([1, 1]);
  });

  it('a level number the contract does not define is refused by severityOf', () => {
    expectSlaError(() => contract.severityOf(7), 'INVALID_ARGUMENT', 'severity');
    expectSlaError(() => contract.severityOf('Sev 2'), 'INVALID_ARGUMENT', 'severity');
  });
});
