import { describe, expect, it } from 'vitest';
import { isOpen } from '../../src/calendar/index.js';
import { evaluateCase } from '../../src/cases/index.js';
import { type ContractDocument, contractToJSON, loadContract, type SchemaProblem } from '../../src/contract/index.js';
import { isSlaError, type SlaError } from '../../src/core/errors.js';
import { nextMaintenanceWindow } from '../../src/maintenance/index.js';
import { renewFee } from '../../src/renewal/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const week = [['09:00', '17:00']] as const;
const doc: ContractDocument = {
  name: 'Acme support',
  vendor: 'Acme',
  sources: [{ id: 'msa', title: 'Acme Master Services Agreement', publisher: 'Acme' }],
  businessHours: { hours: { mon: week, tue: week, wed: week, thu: week, fri: week }, source: { doc: 'msa', section: '1 Definitions', quote: 'nine to five' } },
  severities: { 1: { label: 'P1', aliases: ['Critical', 'Sev 1'] }, 2: { label: 'P2', aliases: ['High'] }, 3: { label: 'P3' } },
  support: {
    levels: {
      1: { response: { after: 'PT1H', clock: '24x7', source: { doc: 'msa', section: '4.1', quote: 'within one hour' } }, complianceTarget: 0.9 },
      2: { response: { after: { $param: 'response.2' }, clock: 'business' } },
      3: { response: { businessDays: 2 } },
    },
    source: { doc: 'msa', section: '4 Support' },
  },
  maintenance: { timeZone: 'UTC', windows: [{ day: 'sun', start: '02:00', end: '04:00', source: { doc: 'msa', section: '6' } }] },
  availability: { target: 99.95, credits: [{ atLeast: 99, below: 99.95, creditPercent: 10 }] },
  renewal: { termMonths: 12, upliftFloor: 0.03, index: 'CPI-U', noticeDays: 30 },
  parameters: { 'response.2': { type: 'duration', description: 'P2 response target', example: 'PT8H' } },
};
const params = { parameters: { 'response.2': 'PT4H' } };

/** The problems of the INVALID_CONTRACT error that `run` throws. */
function problemsOf(run: () => unknown): readonly SchemaProblem[] {
  try {
    run();
  } catch (error) {
    expect(isSlaError(error)).toBe(true);
    expect((error as SlaError).code).toBe('INVALID_CONTRACT');
    return (error as SlaError).details['problems'] as SchemaProblem[];
  }
  throw new Error('nothing was thrown');
}

describe('loadContract', () => {
  it('gives parts that plug into the other modules', () => {
    const contract = loadContract(doc, params);
    const calendar = contract.calendarFor('America/New_York');
    expect(isOpen(calendar, '2026-11-23T10:00:00-05:00')).toBe(true);
    expect(isOpen(calendar, '2026-11-23T08:00:00-05:00')).toBe(false);
    const status = evaluateCase(contract.support!, calendar, { severity: 2, openedAt: '2026-11-23T15:00:00-05:00' }, { now: '2026-11-23T15:00:00-05:00' });
    expect(status.response.dueAt.toISOString()).toBe('2026-11-24T16:00:00.000Z'); // 2 h Monday + 2 h Tuesday from 09:00
    expect(nextMaintenanceWindow(contract.maintenance!, '2026-11-23T00:00:00Z')?.start.toISOString()).toBe('2026-11-29T02:00:00.000Z');
    expect(renewFee(100_000, { cpi: 0.02, floor: contract.renewal!.floor })).toMatchObject({ feeMinor: 103_000, rule: 'floor' });
    expect(contract.availability).toEqual({ target: 99.95, credits: [{ atLeast: 99, below: 99.95, creditPercent: 10 }], timeZone: 'UTC' });
    expect(contract.renewal).toEqual({ termMonths: 12, floor: 0.03, index: 'CPI-U', cap: null, noticeDays: 30, rounding: 'half-up' });
  });

  it('takes level labels from severities, and levels keep their own complianceTarget', () => {
    const support = loadContract(doc, params).support!;
    expect(support.levels[1]).toEqual({ label: 'P1', response: { after: 'PT1H', clock: '24x7' }, complianceTarget: 0.9 });
    expect(support.levels[3]).toEqual({ label: 'P3', response: { businessDays: 2 } });
  });

  it('reads a severity by level, label or alias, ignoring case and spacing', () => {
    const contract = loadContract(doc, params);
    for (const [label, level] of [['P1', 1], ['critical', 1], ['  sev   1 ', 1], [1, 1], ['2', 2], ['HIGH', 2], ['p3', 3]] as const) expect(contract.severityOf(label)).toBe(level);
    expectSlaError(() => contract.severityOf('Sev 4'), 'INVALID_ARGUMENT', 'severity', '1 / P1 / Critical / Sev 1');
    expectSlaError(() => contract.severityOf(4), 'INVALID_ARGUMENT', 'severity');
  });

  it('finds the clause of a rule, or of the nearest rule that encloses it', () => {
    const contract = loadContract(doc, params);
    expect(contract.clausesOf('support.levels.1.response')).toEqual([{ doc: 'msa', section: '4.1', quote: 'within one hour' }]);
    expect(contract.clausesOf('support.levels.1.response.after')).toEqual([{ doc: 'msa', section: '4.1', quote: 'within one hour' }]);
    expect(contract.clausesOf('support.levels.2.response')).toEqual([{ doc: 'msa', section: '4 Support' }]);
    expect(contract.clausesOf('maintenance.windows[0]')).toEqual([{ doc: 'msa', section: '6' }]);
    expect(contract.clausesOf('renewal')).toEqual([]);
  });

  it('round-trips: loadContract(contractToJSON(c)) equals c', () => {
    const contract = loadContract(doc, params);
    const json = contractToJSON(contract);
    expect(json.parameterValues).toEqual({ 'response.2': 'PT4H' });
    expect(loadContract(json)).toEqual(contract);
    expect(loadContract(JSON.parse(JSON.stringify(json)))).toEqual(contract);
    expect(contractToJSON(loadContract(json))).toEqual(json);
  });

  it('does not change its input', () => {
    const copy = JSON.parse(JSON.stringify(doc)) as ContractDocument;
    loadContract(copy, params);
    expect(copy).toEqual(doc);
  });

  it('an empty document is a contract of nothing', () => {
    const contract = loadContract({});
    expect(contract).toMatchObject({ support: undefined, maintenance: undefined, renewal: undefined, severities: [], sources: [] });
    expectSlaError(() => contract.calendarFor('UTC'), 'INVALID_CONTRACT', 'businessHours', 'pass a calendar of your own');
  });
});

describe('parameters', () => {
  it('a parameter without a value is CONTRACT_PARAMETER_MISSING naming each, with its type and example', () => {
    const both: ContractDocument = {
      ...doc,
      renewal: { upliftFloor: { $param: 'floor' } },
      parameters: { ...doc.parameters, floor: { type: 'share', description: 'least uplift', example: 0.05 } },
    };
    let error: SlaError | undefined;
    try {
      loadContract(both);
    } catch (e) {
      error = e as SlaError;
    }
    expect(error?.code).toBe('CONTRACT_PARAMETER_MISSING');
    expect(error?.message).toContain("response.2 (duration: P2 response target; e.g. 'PT8H')");
    expect(error?.message).toContain('floor (share: least uplift; e.g. 0.05)');
    expect(error?.details['missing']).toEqual([
      { name: 'response.2', type: 'duration', description: 'P2 response target', example: 'PT8H' },
      { name: 'floor', type: 'share', description: 'least uplift', example: 0.05 },
    ]);
  });

  it('values come from the document, and the options win over it', () => {
    const withValues = { ...doc, parameterValues: { 'response.2': 'PT2H' } };
    expect(loadContract(withValues).support!.levels[2]!.response).toEqual({ after: 'PT2H', clock: 'business' });
    expect(loadContract(withValues, params).support!.levels[2]!.response).toEqual({ after: 'PT4H', clock: 'business' });
  });

  it('a value that does not fit its place is INVALID_CONTRACT naming the place and the parameter', () => {
    expectSlaError(() => loadContract(doc, { parameters: { 'response.2': 'P1M' } }), 'INVALID_CONTRACT', 'support.levels.2.response.after', "from parameter 'response.2'");
    expectSlaError(() => loadContract(doc, { parameters: { 'response.2': 'PT0S' } }), 'INVALID_CONTRACT', 'support.levels.2.response.after', 'positive duration');
  });

  it('an unknown parameter value, or a reference to an undeclared one, is INVALID_CONTRACT', () => {
    expect(problemsOf(() => loadContract(doc, { parameters: { 'response.2': 'PT1H', 'response.9': 'PT1H' } }))).toEqual([
      { path: 'parameterValues.response.9', message: "'response.9' is not a parameter of this contract; it declares response.2" },
    ]);
    expect(problemsOf(() => loadContract({ renewal: { cap: { $param: 'cap' } } }))).toEqual([{ path: 'renewal.cap.$param', message: "'cap' is not declared in parameters" }]);
  });

  it('parts: a command loads only what it uses, and is not asked for the others’ parameters', () => {
    const contract = loadContract(doc, { parts: ['maintenance'] });
    expect(contract.support).toBeUndefined();
    expect(contract.maintenance).toBeDefined();
    expect(contract.severities.map((s) => s.label)).toEqual(['P1', 'P2', 'P3']);
    expect(loadContract(contractToJSON(contract))).toEqual(contract);
    expectSlaError(() => loadContract(doc, { parts: ['support', 'nope' as never] }), 'INVALID_ARGUMENT', 'options.parts[1]');
    expectSlaError(() => loadContract(doc, { parameters: {}, other: 1 } as never), 'INVALID_ARGUMENT', 'options.other');
  });
});

describe('every problem at once, each with its JSON path', () => {
  it('reports the shape problems of the whole document together', () => {
    const broken = {
      ...doc,
      extra: true,
      severities: { 1: { label: '' }, 2: { label: 'P2' }, 3: { label: 'P3' } },
      support: { levels: { 1: { response: { after: 'PT1H', clock: 'weekly' } }, 2: { response: { businessDays: 0 } }, 3: { response: { businessDays: 1 } } } },
      maintenance: { timeZone: 'UTC', windows: [{ day: 'Sunday', start: '2am', end: '04:00' }] },
    };
    expect(problemsOf(() => loadContract(broken, params)).map((p) => p.path)).toEqual([
      'severities.1.label',
      'support.levels.1.response.clock',
      'support.levels.2.response.businessDays',
      'maintenance.windows[0].day',
      'maintenance.windows[0].start',
      'extra',
    ]);
  });

  it('says what was expected', () => {
    expectSlaError(() => loadContract({ ...doc, support: { levels: { 1: { response: { after: 'PT1H', clock: 'weekly' } } } } }, params), 'INVALID_CONTRACT', 'support.levels.1.response.clock', "'weekly' is not one of '24x7', 'business'");
    // Both readings of a rate in the wrong unit (issue 20: units in contracts).
    expectSlaError(() => loadContract({ renewal: { upliftFloor: 5 } }), 'INVALID_CONTRACT', 'renewal.upliftFloor', "5 would be 500%; if 5% was meant, write 0.05 or '5%'");
    expectSlaError(() => loadContract({ availability: { target: 0 } }), 'INVALID_CONTRACT', 'availability.target', '0 is not above 1');
    expectSlaError(() => loadContract([]), 'INVALID_CONTRACT', '', 'is not a contract document');
    expectSlaError(() => loadContract('{}'), 'INVALID_CONTRACT', '', 'is not a contract document');
  });

  it('checks what the schema cannot: cited documents, levels 1 to N alike in severities and support, unique aliases', () => {
    expect(
      problemsOf(() =>
        loadContract({
          sources: [{ id: 'a', title: 'A' }, { id: 'a', title: 'B' }],
          severities: { 1: { label: 'P1', aliases: ['urgent'] }, 3: { label: 'P3', aliases: ['URGENT'] } },
          support: { levels: { 1: { response: { businessDays: 1 }, source: { doc: 'b', section: '1' } } } },
        }),
      ),
    ).toEqual([
      { path: 'sources[1].id', message: "'a' is already the id of an earlier source" },
      { path: 'support.levels.1.source.doc', message: "'b' is not the id of a document in sources; expected one of a" },
      { path: 'severities.2', message: 'is missing; levels run from 1 to 2 with no gap' },
      { path: 'support.levels', message: 'defines levels 1 but severities defines 1, 3' },
      { path: 'severities.3.aliases[0]', message: "'URGENT' already names level 1" },
    ]);
  });

  it('reports a part’s own rules at the part’s path, with the module’s code', () => {
    expectSlaError(
      () => loadContract({ businessHours: { hours: { mon: [['09:00', '12:00'], ['11:00', '13:00']] } } }),
      'INVALID_CONTRACT',
      'businessHours.hours.mon[1]',
      '(INVALID_CALENDAR)',
    );
    expectSlaError(() => loadContract({ maintenance: { timeZone: 'Mars/Base', windows: [{ day: 'mon', start: '01:00', end: '02:00' }] } }), 'INVALID_CONTRACT', 'maintenance.timeZone', '(INVALID_SCHEDULE)');
    expectSlaError(
      () => loadContract({ availability: { credits: [{ atLeast: 99, below: 99.9, creditPercent: 10 }, { atLeast: 99.5, below: 100, creditPercent: 5 }] } }),
      'INVALID_CONTRACT',
      'availability.credits[1]',
      'overlaps',
    );
    expectSlaError(() => loadContract({ renewal: { upliftFloor: 0.05, cap: 0.03 } }), 'INVALID_CONTRACT', 'renewal.cap');
    expectSlaError(() => loadContract({ severityRules: [{ severity: 1, when: { fact: 'outage', is: 'total' }, reason: 'x' }] }), 'INVALID_CONTRACT', 'severityRules[0].when.is');
    const downtime = loadContract({ sources: [{ id: 'x', title: 'X' }], downtime: { excusable: ['suspension', { cause: 'force-majeure', source: { doc: 'x', section: '7' } }], maintenanceWindowsOnly: true } }).downtime;
    expect(downtime).toEqual({ excusable: ['suspension', 'force-majeure'], maintenanceWindowsOnly: true });
  });

  it('refuses a document nested deeper than it walks, without overflowing the stack', () => {
    let when: unknown = { fact: 'x', is: true };
    for (let i = 0; i < 10_000; i++) when = { not: when };
    expectSlaError(() => loadContract({ severityRules: [{ severity: 1, when, reason: 'deep' }] }), 'INVALID_CONTRACT', undefined, 'nested more than 64 levels deep');
  });
});

describe('a contract that names its holiday set', () => {
  const named: ContractDocument = { businessHours: { hours: { mon: week, tue: week, wed: week, thu: week, fri: week }, holidays: { country: 'US', types: ['public'] } } };

  it('loads, keeps the name, and asks for the set when a calendar is made', () => {
    const contract = loadContract(named);
    expect(contract.businessHours?.holidays).toEqual({ country: 'US', types: ['public'] });
    expectSlaError(() => contract.calendarFor('America/New_York'), 'INVALID_CONTRACT', 'businessHours.holidays', 'holidaySet');
  });

  it('takes the set, or any list, in calendarFor', () => {
    const contract = loadContract(named);
    // Thanksgiving 2026 from a list in place of the set.
    const calendar = contract.calendarFor('America/New_York', { holidays: [{ month: 11, weekday: 'thu', nth: 4 }] });
    expect(isOpen(calendar, '2026-11-26T10:00:00-05:00')).toBe(false);
    expect(isOpen(calendar, '2026-11-25T10:00:00-05:00')).toBe(true);
  });

  it('refuses a name that is not a country or region code', () => {
    expectSlaError(() => loadContract({ businessHours: { hours: '24x7', holidays: { country: 'United States' } } }), 'INVALID_CONTRACT', 'businessHours.holidays.country');
  });
});
