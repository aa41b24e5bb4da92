import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractToJSON, loadContract } from '../../src/contract/index.js';
import type { ContractDocument } from '../../src/contract/index.js';
import type { SlaError } from '../../src/core/errors.js';
import { expectSlaError, thrown } from '../expect-sla-error.js';

// A built-in contract edited the way a user edits a copy: each mistake is reported with its JSON
// path, every mistake at once; and what loads round-trips through contractToJSON.
type Json = Record<string, any>;
const read = (name: string): Json => JSON.parse(readFileSync(`contracts/${name}.json`, 'utf8')) as Json;
const uniphore = read('uniphore-support');
const niceCloud = read('nice-cloud-services');
const niceOnPremise = read('nice-on-premise-support');
const copy = (doc: Json): Json => JSON.parse(JSON.stringify(doc)) as Json;

const holidays: unknown[] = [];
const responses = { 'response.1': 'PT1H', 'response.2': 'PT4H', 'response.3': 'PT8H', 'response.4': 'PT18H' };
const nopParameters = { holidays, ...responses };
const uniParameters = { holidays, businessHours: { mon: [['09:00', '17:00']] }, 'maintenance.dataCenterTimeZone': 'America/Chicago' };
const ncsParameters = {
  holidays,
  ...responses,
  'maintenance.timeZone': 'UTC',
  'maintenance.windows': [{ day: 'sun', start: '00:00', end: '04:00' }],
  'availability.target': 99.9,
  'availability.credits': [],
};

const problemPaths = (error: SlaError): string[] => (error.details['problems'] as { path: string }[]).map((p) => p.path);

describe('a broken copy of a built-in contract', () => {
  it('the arguments: a document object, known options, a list of known parts, parameters by name', () => {
    expectSlaError(() => loadContract(null), 'INVALID_CONTRACT', '', 'is not a contract document');
    expectSlaError(() => loadContract([]), 'INVALID_CONTRACT', '');
    expectSlaError(() => loadContract(niceOnPremise, null as never), 'INVALID_ARGUMENT', 'options');
    expectSlaError(() => loadContract(niceOnPremise, { params: {} } as never), 'INVALID_ARGUMENT', 'options.params');
    expectSlaError(() => loadContract(niceOnPremise, { parts: 'renewal' } as never), 'INVALID_ARGUMENT', 'options.parts');
    expectSlaError(() => loadContract(niceOnPremise, { parts: ['renewals'] } as never), 'INVALID_ARGUMENT', 'options.parts[0]');
    expectSlaError(() => loadContract(niceOnPremise, { parameters: [] as never }), 'INVALID_ARGUMENT', 'options.parameters');
  });

  it('reports every shape problem at once, each at its JSON path', () => {
    const doc = copy(niceOnPremise);
    doc.support.levels['3'].response = { after: 'PT0', clock: 'business' };
    doc.renewal.termMonths = 0;
    const error = thrown(() => loadContract(doc, { parameters: nopParameters }));
    expect(error.code).toBe('INVALID_CONTRACT');
    expect(problemPaths(error)).toEqual(expect.arrayContaining(['support.levels.3.response.after', 'renewal.termMonths']));
    expect(error.message).toContain('2 problems');
  });

  it('shows the first twelve of many problems and counts the rest', () => {
    const doc = copy(uniphore);
    doc.severityRules.forEach((rule: Json) => (rule.severity = 11));
    const error = thrown(() => loadContract(doc, { parameters: uniParameters }));
    expect(problemPaths(error)).toHaveLength(20);
    expect(error.message).toContain('… and 8 more');
  });

  it('a quote longer than 30 words is refused', () => {
    const doc = copy(niceOnPremise);
    doc.support.autoClose.source.quote = `${doc.support.autoClose.source.quote} ${doc.support.autoClose.source.quote}`; // 32 words
    expectSlaError(() => loadContract(doc, { parameters: nopParameters }), 'INVALID_CONTRACT', 'support.autoClose.source.quote');
  });

  it('cross-checks: source ids unique and cited, levels 1 to N alike in severities and support, aliases unique', () => {
    const doc = copy(niceOnPremise);
    doc.sources.push({ id: 'nop', title: 'Again' });
    doc.renewal.source[1].doc = 'msa';
    doc.support.autoClose.source.doc = 'msa';
    doc.severities['2'].aliases.push('s1');
    delete doc.support.levels['4'];
    const error = thrown(() => loadContract(doc, { parameters: nopParameters }));
    expect(problemPaths(error)).toEqual(
      expect.arrayContaining(['sources[2].id', 'renewal.source[1].doc', 'support.autoClose.source.doc', 'severities.2.aliases[3]', 'support.levels']),
    );
    const gap = copy(niceOnPremise);
    delete gap.severities['2'];
    delete gap.support.levels['2'];
    expect(problemPaths(thrown(() => loadContract(gap, { parameters: nopParameters })))).toEqual(expect.arrayContaining(['severities.2', 'support.levels.2']));
    const bare = copy(niceOnPremise);
    bare.sources = undefined;
    delete bare.sources;
    expect(thrown(() => loadContract(bare, { parameters: nopParameters })).message).toContain('(there are none)');
  });

  it('without severities, each support level needs its own label', () => {
    const doc = copy(niceOnPremise);
    delete doc.severities;
    expectSlaError(() => loadContract(doc, { parameters: nopParameters }), 'INVALID_CONTRACT', 'support.levels.1.label', 'give each level a label');
    for (const level of ['1', '2', '3', '4']) doc.support.levels[level].label = `P${level}`;
    const contract = loadContract(doc, { parameters: nopParameters });
    expect(contract.severities.map((s) => s.label)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(contract.severityOf('p4')).toBe(4);
  });

  it('parameters: a value for an undeclared name, a reference to an undeclared one, a value that does not fit', () => {
    expectSlaError(() => loadContract(niceOnPremise, { parameters: { ...nopParameters, nope: 1 } }), 'INVALID_CONTRACT', 'parameterValues.nope', 'is not a parameter of this contract');
    const doc = copy(niceOnPremise);
    doc.businessHours.holidays = { $param: 'feiertage' };
    expectSlaError(() => loadContract(doc, { parameters: nopParameters }), 'INVALID_CONTRACT', 'businessHours.holidays.$param', 'is not declared');
    expectSlaError(
      () => loadContract(niceOnPremise, { parameters: { ...nopParameters, 'response.1': 'one hour' } }),
      'INVALID_CONTRACT',
      'support.levels.1.response.after',
      "(from parameter 'response.1')",
    );
    const { 'response.2': _, ...oneMissing } = nopParameters;
    expectSlaError(() => loadContract(niceOnPremise, { parameters: oneMissing }), 'CONTRACT_PARAMETER_MISSING', 'parameters', 'a parameter has no value: response.2 (duration');
  });

  it("each part is checked by its module, the error at the part's path", () => {
    const hours = copy(niceOnPremise);
    hours.businessHours.hours.mon = [['08:00', '17:00'], ['16:00', '18:00']];
    expect(thrown(() => loadContract(hours, { parameters: nopParameters })).details.path).toMatch(/^businessHours\.hours\.mon/);
    expectSlaError(() => loadContract(niceCloud, { parameters: { ...ncsParameters, 'maintenance.timeZone': 'Mars/Olympus_Mons' } }), 'INVALID_CONTRACT', 'maintenance.timeZone');
    const tiers = [{ atLeast: 99, below: 99.9, creditPercent: 5 }, { atLeast: 98, below: 99.5, creditPercent: 10 }];
    expect(thrown(() => loadContract(niceCloud, { parameters: { ...ncsParameters, 'availability.credits': tiers } })).details.path).toMatch(/^availability\.credits\[1\]/);
    const cap = copy(niceOnPremise);
    cap.renewal.cap = 0.03;
    expectSlaError(() => loadContract(cap, { parameters: nopParameters }), 'INVALID_CONTRACT', 'renewal.cap', 'is below the floor');
  });

  it('renewal and downtime terms the document leaves out take their defaults; causes may be plain names', () => {
    const doc = copy(niceOnPremise);
    doc.renewal = { index: 'CPI-U' };
    expect(loadContract(doc, { parts: ['renewal'] }).renewal).toEqual({ termMonths: 12, floor: 0.05, index: 'CPI-U', cap: null, noticeDays: 60, rounding: 'half-up' });
    doc.renewal = {};
    expect(loadContract(doc, { parts: ['renewal'] }).renewal?.index).toBeNull();
    const cloud = copy(niceCloud);
    cloud.downtime.excusable = cloud.downtime.excusable.map((entry: Json) => entry.cause);
    cloud.availability = {};
    const contract = loadContract(cloud, { parts: ['downtime', 'availability'] });
    expect(contract.downtime?.excusable).toHaveLength(9);
    expect(contract.availability).toEqual({ target: null, credits: [], timeZone: 'UTC' });
  });

  it('severityOf, clausesOf and calendarFor on a loaded contract', () => {
    const contract = loadContract(uniphore, { parameters: uniParameters });
    expect(contract.severityOf(2)).toBe(2);
    expect(contract.severityOf(' sev  2 ')).toBe(2);
    expectSlaError(() => contract.severityOf('Sev 5'), 'INVALID_ARGUMENT', 'severity', 'Sev 1 (critical)');
    expectSlaError(() => contract.severityOf(null as never), 'INVALID_ARGUMENT', 'severity');
    expect(contract.clausesOf('support.levels.1.response.after')[0]?.quote).toBe('1 hour');
    expect(contract.clausesOf('severityRules[8].when.gt')[0]?.quote).toContain('>80% full');
    expect(contract.clausesOf('downtime.excusable[2]')).toHaveLength(2);
    expect(contract.clausesOf('name')).toEqual([]);
    expectSlaError(() => loadContract(niceOnPremise, { parts: ['renewal'] }).calendarFor('UTC'), 'INVALID_CONTRACT', 'businessHours');
  });

  it.each([
    ['uniphore-support', uniphore, uniParameters],
    ['nice-cloud-services', niceCloud, ncsParameters],
    ['nice-on-premise-support', niceOnPremise, nopParameters],
  ] as const)('%s round-trips through contractToJSON with its parameter values', (_name, doc, parameters) => {
    const contract = loadContract(doc, { parameters });
    const json = contractToJSON(contract) as ContractDocument & Json;
    expect(json.parameterValues).toEqual(parameters);
    const again = loadContract(json);
    expect(contractToJSON(again)).toEqual(json);
    const { maintenance, ...parts } = again;
    const { maintenance: expected, ...expectedParts } = contract;
    expect(parts).toEqual(expectedParts);
    expect(maintenance?.toJSON()).toEqual(expected?.toJSON());
  });
});
