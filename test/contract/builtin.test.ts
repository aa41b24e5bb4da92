import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, addBusinessTime, businessTimeBetween, isOpen, nextOpen } from '../../src/calendar/index.js';
import type { Calendar, Holiday } from '../../src/calendar/types.js';
import type { Clause, ContractDocument } from '../../src/contract/index.js';
import { contractSchema, loadContract } from '../../src/contract/index.js';
import { isSlaError, type SlaError } from '../../src/core/errors.js';
import {
  businessHours8to5,
  type NiceCloudTargets,
  type NiceOnPremiseTargets,
  niceCloudAvailabilityScope,
  niceCloudDowntimePolicy,
  niceCloudSupport,
  niceOnPremiseSupport,
  uniphoreDowntimePolicy,
  uniphoreDataCenterWindows,
  uniphoreMaintenance,
  uniphoreSeverityRules,
  uniphoreSupport,
} from '../../src/presets/index.js';
import { expectSlaError } from '../expect-sla-error.js';

// The three published contracts shipped as documents (contracts/*.json): valid against the
// schema, loadable, equal to the presets, and every rule traced to its clause.
const read = (name: string): ContractDocument => JSON.parse(readFileSync(`contracts/${name}.json`, 'utf8')) as ContractDocument;
const uniphore = read('uniphore-support');
const niceCloud = read('nice-cloud-services');
const niceOnPremise = read('nice-on-premise-support');
const builtins = [
  ['uniphore-support', uniphore],
  ['nice-cloud-services', niceCloud],
  ['nice-on-premise-support', niceOnPremise],
] as const;

/** Each declared parameter's own `example`. */
const examples = (doc: ContractDocument): Record<string, unknown> => Object.fromEntries(Object.entries(doc.parameters ?? {}).map(([name, p]) => [name, p.example]));

const holidays: Holiday[] = [{ month: 12, day: 25, observed: 'nearest-weekday' }, { month: 11, weekday: 'thu', nth: 4 }, '2026-07-03'];
const ZONES = ['UTC', 'America/New_York', 'America/St_Johns', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham'] as const;
const instant = fc.date({ noInvalidDate: true, min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z') });

describe('the built-in contract documents', () => {
  const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(contractSchema());

  it.each(builtins)('%s validates against contract.schema.json with ajv (draft 2020-12)', (_name, doc) => {
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.$schema).toBe('../contract.schema.json');
  });

  it('the committed contract.schema.json is contractSchema()', () => {
    expect(JSON.parse(readFileSync('contract.schema.json', 'utf8'))).toEqual(contractSchema());
  });

  it.each(builtins)('%s loads with its parameters’ examples, and names every parameter it lacks', (_name, doc) => {
    const contract = loadContract(doc, { parameters: examples(doc) });
    expect(contract.name).toBe(doc.name);
    expect(contract.vendor).toBe(doc.vendor);
    const declared = Object.keys(doc.parameters ?? {});
    expect(declared.length).toBeGreaterThan(0);
    expectSlaError(() => loadContract(doc), 'CONTRACT_PARAMETER_MISSING', 'parameters');
    let missing: unknown;
    try {
      loadContract(doc);
    } catch (error) {
      missing = (error as SlaError).details['missing'];
    }
    // A parameter only the maintenance windows use is asked for when the windows are.
    const names = (missing as { name: string }[]).map((p) => p.name);
    const rest = loadContract(doc, { parameters: Object.fromEntries(Object.entries(examples(doc)).filter(([name]) => names.includes(name))) });
    let windows: { name: string }[] = [];
    try {
      void rest.maintenance;
    } catch (error) {
      windows = (error as SlaError).details['missing'] as { name: string }[];
    }
    expect([...names, ...windows.map((p) => p.name)].sort()).toEqual([...declared].sort());
  });
});

describe('Uniphore Support SLAs as a document reproduces the presets', () => {
  const contract = loadContract(uniphore, { parameters: { ...examples(uniphore), holidays } });

  it('support is uniphoreSupport, with the 90% target on Sev 1 alone', () => {
    expect(contract.support).toEqual(uniphoreSupport);
    expect(contract.support?.levels[1]?.complianceTarget).toBe(0.9);
    expect(contract.support?.complianceTarget).toBeUndefined();
  });

  it('severityRules are uniphoreSeverityRules', () => {
    expect(contract.severityRules).toEqual(uniphoreSeverityRules);
  });

  it('downtime is uniphoreDowntimePolicy', () => {
    expect(contract.downtime).toEqual(uniphoreDowntimePolicy);
  });

  it('maintenance is uniphoreMaintenance', () => {
    // The regional windows, then the data center's in the zone the parameter gives (its example here).
    const dataCenter = uniphoreDataCenterWindows(examples(uniphore)['maintenance.dataCenterTimeZone'] as string);
    const { notice, ...regional } = uniphoreMaintenance;
    expect(contract.maintenance?.toJSON()).toEqual({ ...regional, windows: [...regional.windows, ...dataCenter.windows.map((w) => ({ ...w, timeZone: dataCenter.timeZone }))], notice });
    expect(contract.maintenance?.regions).toEqual(['India', 'Australia', 'US', 'EU', 'UK']);
  });

  it('labels and aliases: "Sev 1 (critical)", "Critical", "Sev 1", "S1", "P1", … name one level each', () => {
    expect(contract.severities.map((s) => s.label)).toEqual(['Sev 1 (critical)', 'Sev 2 (high)', 'Sev 3 (medium)', 'Sev 4 (low)']);
    for (const [level, name] of [[1, 'critical'], [2, 'high'], [3, 'medium'], [4, 'low']] as const) {
      for (const alias of [`Sev ${level} (${name})`, name, `Sev ${level}`, `S${level}`, `P${level}`, `sev ${level}`]) expect(contract.severityOf(alias)).toBe(level);
    }
  });

  it('business hours are a parameter: the text refers to them but defines none', () => {
    expect(uniphore.businessHours?.hours).toEqual({ $param: 'businessHours' });
    const calendar = contract.calendarFor('America/New_York');
    expect(isOpen(calendar, '2026-11-23T08:00:00-05:00')).toBe(true);
    expect(isOpen(calendar, '2026-11-26T10:00:00-05:00')).toBe(false); // Thanksgiving, from the holidays given
  });
});

describe('NiCE Cloud Services Terms as a document reproduces the presets', () => {
  const response = { 1: 'PT30M', 2: 'PT2H', 3: { hours: 8 }, 4: 16 * 3_600_000 } as const;
  const targets: NiceCloudTargets = { response };
  const parameters = {
    ...examples(niceCloud),
    holidays,
    'response.1': response[1],
    'response.2': response[2],
    'response.3': response[3],
    'response.4': response[4],
    'maintenance.timeZone': 'America/Chicago',
    'maintenance.windows': [{ day: 'sun', start: '22:00', end: '02:00' }],
    'availability.target': 99.95,
    'availability.credits': [{ atLeast: 99, below: 99.95, creditPercent: 10 }],
  };
  const contract = loadContract(niceCloud, { parameters });

  it('support is niceCloudSupport(same targets): S1 on 24x7, S2–S4 on business hours', () => {
    expect(contract.support).toEqual(niceCloudSupport(targets));
    expect(contract.support?.levels[1]?.response).toEqual({ after: 'PT30M', clock: '24x7' });
    expect(contract.support?.levels[4]?.response).toEqual({ after: 16 * 3_600_000, clock: 'business' });
  });

  it('downtime is niceCloudDowntimePolicy (the eight §7.2 exclusions)', () => {
    expect(contract.downtime).toEqual(niceCloudDowntimePolicy);
  });

  it('maintenance windows, availability target and credits are parameters (Table B-1 and the percentages are not published)', () => {
    expect(contract.maintenance?.toJSON()).toEqual({ timeZone: 'America/Chicago', windows: [{ day: 'sun', start: '22:00', end: '02:00' }] });
    expect(contract.availability).toEqual({ target: 99.95, credits: [{ atLeast: 99, below: 99.95, creditPercent: 10 }], timeZone: 'UTC', appliesTo: niceCloudAvailabilityScope });
    expect(contract.renewal).toBeUndefined();
  });

  it('availability applies to the Production environment only, citing NiCE Cloud Services Terms §7.1', () => {
    expect(contract.availability?.appliesTo).toEqual({ environment: ['production'] });
    const clauses = contract.clausesOf('availability.appliesTo');
    expect(clauses.map((c) => c.section)).toEqual(['7. Service Level Agreement, 7.1', '7. Service Level Agreement, 7.1']);
    expect(clauses[1]?.quote).toContain('one (1) Production environment');
  });

  it('labels S1–S4', () => {
    expect(contract.severities.map((s) => s.label)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(contract.severityOf('Severity 2')).toBe(2);
  });
});

describe('NiCE On-Premise Support Policy as a document reproduces the presets', () => {
  const after = { 1: 'PT1H', 2: 'PT4H', 3: { hours: 9 }, 4: 'PT18H' } as const;
  // The clocks the document chooses: §7.2 is not published, so S1 on 24x7 and the others on business hours, as NCS §6.1.
  const targets: NiceOnPremiseTargets = {
    response: { 1: { after: after[1], clock: '24x7' }, 2: { after: after[2], clock: 'business' }, 3: { after: after[3], clock: 'business' }, 4: { after: after[4], clock: 'business' } },
  };
  const contract = loadContract(niceOnPremise, { parameters: { holidays, 'response.1': after[1], 'response.2': after[2], 'response.3': after[3], 'response.4': after[4] } });

  it('support is niceOnPremiseSupport(same targets), auto-close 2 business days (§8.2)', () => {
    expect(contract.support).toEqual(niceOnPremiseSupport(targets));
    expect(contract.support?.autoClose).toEqual({ businessDays: 2 });
  });

  it('renewal: 12-month terms, the greater of 5% or CPI-U, 60 days notice (§2)', () => {
    expect(contract.renewal).toEqual({ termMonths: 12, floor: 0.05, index: 'CPI-U', cap: null, noticeDays: 60, rounding: 'half-up' });
  });

  it('labels Severity Level 1–4', () => {
    expect(contract.severities.map((s) => s.label)).toEqual(['Severity Level 1', 'Severity Level 2', 'Severity Level 3', 'Severity Level 4']);
    expect(contract.severityOf('sev 3')).toBe(3);
  });
});

/** A query's value, or the code and message of the SlaError it throws. */
function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    if (!isSlaError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('calendarFor(zone) answers as businessHours8to5(zone, holidays)', () => {
  const niceCloudContract = loadContract(niceCloud, { parts: ['businessHours'], parameters: { holidays } });
  const niceOnPremiseContract = loadContract(niceOnPremise, { parts: ['businessHours'], parameters: { holidays } });
  const uniphoreContract = loadContract(uniphore, { parts: ['businessHours'], parameters: { ...examples(uniphore), holidays } });

  it.each([
    ['nice-cloud-services', niceCloudContract],
    ['nice-on-premise-support', niceOnPremiseContract],
    ['uniphore-support, with the example hours', uniphoreContract],
  ] as const)('%s', (_name, contract) => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, instant, fc.integer({ min: -5, max: 5 }), (zone, a, b, days) => {
        const ours = contract.calendarFor(zone);
        const preset = businessHours8to5(zone, holidays);
        // The same answer, or the same error (a query outside the years the dated holiday covers).
        const same = (query: (calendar: Calendar) => unknown): void => expect(outcome(() => query(ours))).toEqual(outcome(() => query(preset)));
        same((c) => isOpen(c, a));
        same((c) => nextOpen(c, a));
        same((c) => addBusinessTime(c, a, { hours: 13 }));
        same((c) => addBusinessDays(c, a, days));
        const [from, to] = a <= b ? [a, b] : [b, a];
        same((c) => businessTimeBetween(c, from, to));
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * The rules of a contract document: the members that state something the contract requires, and
 * so must carry a `source`. They are: `businessHours`; each entry of `severities`; each target of
 * a support level (`response`, `updates`, `escalation`, `resolution`); a support level that sets a
 * `complianceTarget`; `support.autoClose`; each of `severityRules`; `downtime` (its
 * `maintenanceWindowsOnly`) and each of its `excusable` causes; `maintenance` and each of its
 * windows given in the document; `availability`; `renewal`.
 */
function rulesOf(doc: ContractDocument): [path: string, rule: { source?: unknown }][] {
  const rules: [string, { source?: unknown }][] = [];
  const add = (path: string, rule: unknown): void => {
    if (rule !== undefined) rules.push([path, rule as { source?: unknown }]);
  };
  add('businessHours', doc.businessHours);
  for (const [level, entry] of Object.entries(doc.severities ?? {})) add(`severities.${level}`, entry);
  for (const [level, entry] of Object.entries(doc.support?.levels ?? {})) {
    for (const key of ['response', 'updates', 'escalation', 'resolution'] as const) add(`support.levels.${level}.${key}`, entry[key]);
    if (entry.complianceTarget !== undefined) add(`support.levels.${level}`, entry);
  }
  add('support.autoClose', doc.support?.autoClose);
  (doc.severityRules ?? []).forEach((rule, i) => add(`severityRules[${i}]`, rule));
  add('downtime', doc.downtime);
  (doc.downtime?.excusable ?? []).forEach((cause, i) => add(`downtime.excusable[${i}]`, typeof cause === 'string' ? {} : cause));
  add('maintenance', doc.maintenance);
  const windows = doc.maintenance?.windows;
  if (Array.isArray(windows)) windows.forEach((w, i) => add(`maintenance.windows[${i}]`, w));
  add('availability', doc.availability);
  add('renewal', doc.renewal);
  return rules;
}

const clausesIn = (source: unknown): Clause[] => (source === undefined ? [] : Array.isArray(source) ? (source as Clause[]) : [source as Clause]);
const unsourced = (doc: ContractDocument): string[] => rulesOf(doc).filter(([, rule]) => clausesIn(rule.source).length === 0).map(([path]) => path);

describe('every rule of a built-in contract cites its clause', () => {
  it.each(builtins)('%s: each rule has a source with a section and a quote', (_name, doc) => {
    const rules = rulesOf(doc);
    expect(rules.length).toBeGreaterThan(5);
    expect(unsourced(doc)).toEqual([]);
    for (const [path, rule] of rules) {
      for (const clause of clausesIn(rule.source)) {
        expect(clause.section.trim(), path).not.toBe('');
        expect(clause.quote?.trim(), path).toBeTruthy();
      }
    }
  });

  it('the check finds a rule without a source', () => {
    const copy = JSON.parse(JSON.stringify(uniphore)) as { support: { levels: Record<string, Record<string, { source?: unknown }>> }; downtime: { excusable: unknown[] } };
    delete copy.support.levels['3']!['updates']!.source;
    copy.downtime.excusable[0] = 'scheduled-maintenance';
    expect(unsourced(copy as unknown as ContractDocument)).toEqual(['support.levels.3.updates', 'downtime.excusable[0]']);
  });

  it.each(builtins)('%s: each quote is at most 30 words and cites a declared document', (_name, doc) => {
    const ids = new Set((doc.sources ?? []).map((s) => s.id));
    const all: [string, Clause][] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
      else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
          if (key === 'source') clausesIn(item).forEach((clause) => all.push([path, clause]));
          else walk(item, path === '' ? key : `${path}.${key}`);
        }
      }
    };
    walk(doc, '');
    expect(all.length).toBeGreaterThanOrEqual(rulesOf(doc).length);
    for (const [path, clause] of all) {
      expect(ids.has(clause.doc), `${path}: ${clause.doc}`).toBe(true);
      expect((clause.quote ?? '').trim().split(/\s+/).length, `${path}: ${clause.quote}`).toBeLessThanOrEqual(30);
    }
  });

  it('the sources name the vendor documents by title and publisher, with no address the texts do not give', () => {
    expect(uniphore.sources).toEqual([{ id: 'uniphore', title: 'Uniphore Support SLAs', publisher: 'Uniphore' }]);
    expect(niceCloud.sources).toEqual([{ id: 'ncs', title: 'Cloud Services Terms of Use and Delivery Policy', publisher: 'NiCE' }]);
    expect(niceOnPremise.sources?.map((s) => s.title)).toEqual(['On-Premise Support Policy', 'Cloud Services Terms of Use and Delivery Policy']);
    for (const [, doc] of builtins) for (const source of doc.sources ?? []) expect(source.url).toBeUndefined();
  });

  it('the severity rules quote the bullet their reason quotes', () => {
    uniphore.severityRules?.forEach((rule) => {
      for (const clause of clausesIn(rule.source)) expect(rule.reason).toContain(clause.quote);
    });
  });
});
