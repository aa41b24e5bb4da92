import { describe, expect, it } from 'vitest';
import { classifySeverity, type ImpactFacts, type SeverityRule } from '../../src/cases/index.js';
import { uniphoreSeverityRules } from '../../src/presets/index.js';
import { expectSlaError } from '../expect-sla-error.js';


describe('each Uniphore definition bullet gives its level, quoting the text', () => {
  const cases: [ImpactFacts, 1 | 2 | 3 | 4, string][] = [
    [{ outage: 'complete' }, 1, 'complete outage including complete loss of service/recording'],
    [{ deploymentBlocked: true }, 1, 'blocker to deployment'],
    [{ missionCriticalWorkStopped: true }, 1, 'mission critical to the business'],
    [{ vulnerability: 'public-exploit' }, 1, 'publicly exploitable'],
    [{ dataBreach: 'customer-environment' }, 1, "breach of data from the customer's environment"],
    [{ dataBreach: 'vendor-breach' }, 1, 'Customer data leakage due to Uniphore security breach'],
    [{ vendorMalware: true }, 1, 'Ransomware/DDOS/Malware'],
    [{ partnerExportFailing: true }, 1, 'Unable to export audio or data'],
    [{ storageBacklogPercent: 81 }, 1, '>80% full'],
    [{ outage: 'major' }, 2, 'operation can continue in a restricted fashion'],
    [{ vulnerability: 'high' }, 2, 'ease of exploitability is high'],
    [{ failoverTriggered: true }, 2, 'collector failover'],
    [{ storageBacklogPercent: 65 }, 2, '50%-80% full'],
    [{ outage: 'minor' }, 3, 'minor loss of service'],
    [{ workaroundAvailable: true }, 3, 'may require a workaround'],
    [{ documentationError: true }, 3, 'documentation error'],
    [{ vulnerability: 'some' }, 3, 'some exploitability probability'],
    [{ securityIncidentReported: true }, 3, 'reported security incident'],
    [{ featureRequest: true }, 4, 'Adding features or functionality'],
    [{ outage: 'none' }, 4, 'minimal or negligible impact'],
  ];
  it.each(cases)('%j is Sev %i', (facts, severity, quote) => {
    const result = classifySeverity(facts);
    expect(result.severity).toBe(severity);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toContain(quote);
    expect(result.reasons[0]).toMatch(new RegExp(`^Uniphore Sev ${severity}: "`));
  });

  it('every rule of the preset is covered above', () => {
    expect(uniphoreSeverityRules).toHaveLength(cases.length);
  });
});

describe('storage backlog boundaries', () => {
  it('> 80% is Sev 1; exactly 80% and exactly 50% are Sev 2; below 50% matches nothing', () => {
    expect(classifySeverity({ storageBacklogPercent: 80.01 }).severity).toBe(1);
    expect(classifySeverity({ storageBacklogPercent: 100 }).severity).toBe(1);
    expect(classifySeverity({ storageBacklogPercent: 80 }).severity).toBe(2);
    expect(classifySeverity({ storageBacklogPercent: 50 }).severity).toBe(2);
    expect(classifySeverity({ storageBacklogPercent: 49.99 }).reasons[0]).toContain('No severity rule matched');
  });
});

describe('the most severe match wins and every match is reported', () => {
  it('a case matching Sev 1 and Sev 3 definitions is Sev 1, with both reasons, most severe first', () => {
    const result = classifySeverity({ workaroundAvailable: true, outage: 'minor', deploymentBlocked: true });
    expect(result.severity).toBe(1);
    expect(result.reasons).toHaveLength(3);
    expect(result.reasons[0]).toContain('Sev 1');
    expect(result.reasons[1]).toContain('minor loss of service'); // rule order within Sev 3
    expect(result.reasons[2]).toContain('workaround');
  });

  it('a workaround does not lower a major outage below Sev 2', () => {
    expect(classifySeverity({ outage: 'major', workaroundAvailable: true }).severity).toBe(2);
  });

  it('no match is Sev 4 with a reason saying so', () => {
    expect(classifySeverity({})).toEqual({ severity: 4, reasons: ['No severity rule matched the facts, so the lowest level, Sev 4, applies.'] });
    expect(classifySeverity({ deploymentBlocked: false, outage: undefined }).severity).toBe(4);
  });

  it('without rules it uses the preset array itself', () => {
    const facts: ImpactFacts = { vulnerability: 'high', featureRequest: true };
    expect(classifySeverity(facts)).toEqual(classifySeverity(facts, uniphoreSeverityRules));
  });
});

describe('invalid facts are INVALID_FACTS, not ignored', () => {
  it.each([
    [{ outages: 'complete' }, 'facts.outages'],
    [{ outage: 'partial' }, 'facts.outage'],
    [{ storageBacklogPercent: 120 }, 'facts.storageBacklogPercent'],
    [{ storageBacklogPercent: -1 }, 'facts.storageBacklogPercent'],
    [{ storageBacklogPercent: Number.NaN }, 'facts.storageBacklogPercent'],
    [{ storageBacklogPercent: '85' }, 'facts.storageBacklogPercent'],
    [{ deploymentBlocked: 'yes' }, 'facts.deploymentBlocked'],
    [{ vulnerability: 'critical' }, 'facts.vulnerability'],
  ])('%j', (facts, path) => {
    expectSlaError(() => classifySeverity(facts as ImpactFacts), 'INVALID_FACTS', path);
  });

  it('facts that are not an object', () => {
    expectSlaError(() => classifySeverity(null as never), 'INVALID_FACTS', 'facts');
    expectSlaError(() => classifySeverity([] as never), 'INVALID_FACTS', 'facts');
  });
});

describe('custom rules are plain data', () => {
  const rules: SeverityRule[] = [
    ...uniphoreSeverityRules,
    { severity: 1, when: { all: [{ fact: 'regulated', is: true }, { not: { fact: 'outage', in: ['none', 'minor'] } }] }, reason: 'regulated and not minor' },
    { severity: 2, when: { any: [{ fact: 'customers', gte: 100 }, { fact: 'region', is: 'eu' }] }, reason: 'many customers or EU' },
    { severity: 3, when: { fact: 'customers', gt: 0, lt: 100 }, reason: 'some customers' },
    { severity: 4, when: { fact: 'customers', lte: 0 }, reason: 'no customers' },
  ];

  it('all / any / not / in / comparisons, with facts the rules name', () => {
    expect(classifySeverity({ regulated: true, outage: 'major' } as ImpactFacts, rules).severity).toBe(1);
    expect(classifySeverity({ regulated: true, outage: 'minor' } as ImpactFacts, rules).severity).toBe(3);
    expect(classifySeverity({ regulated: true } as ImpactFacts, rules).severity).toBe(1); // not(absent in …) holds
    expect(classifySeverity({ customers: 100 } as ImpactFacts, rules).reasons).toEqual(['many customers or EU']);
    expect(classifySeverity({ region: 'eu' } as ImpactFacts, rules).severity).toBe(2);
    expect(classifySeverity({ customers: 5 } as ImpactFacts, rules).reasons).toEqual(['some customers']);
    expect(classifySeverity({ customers: 0 } as ImpactFacts, rules).reasons).toEqual(['no customers']);
    expect(classifySeverity({ region: 'us' } as ImpactFacts, rules).severity).toBe(4);
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
  });

  it('a comparison on a text fact never matches', () => {
    expect(classifySeverity({ region: 'eu' } as ImpactFacts, [{ severity: 1, when: { fact: 'region', gt: 1 }, reason: 'x' }]).severity).toBe(4);
  });

  it('a custom fact must still be a string, a finite number or a boolean', () => {
    expectSlaError(() => classifySeverity({ customers: Infinity } as ImpactFacts, rules), 'INVALID_FACTS', 'facts.customers');
    expectSlaError(() => classifySeverity({ customers: [1] } as ImpactFacts, rules), 'INVALID_FACTS', 'facts.customers');
  });

  it.each([
    [{}, 'rules'],
    [[{ severity: 11, when: { fact: 'outage', is: 'major' }, reason: 'x' }], 'rules[0].severity'],
    [[{ severity: 1.5, when: { fact: 'outage', is: 'major' }, reason: 'x' }], 'rules[0].severity'],
    [[{ severity: 1, when: { fact: 'outage', is: 'major' }, reason: ' ' }], 'rules[0].reason'],
    [[{ severity: 1, when: { fact: 'outage', is: 'major' }, reason: 'x', source: 'y' }], 'rules[0].source'],
    [[{ severity: 1, when: { fact: 'outage' }, reason: 'x' }], 'rules[0].when'],
    [[{ severity: 1, when: null, reason: 'x' }], 'rules[0].when'],
    [[{ severity: 1, when: { fact: 'custom', in: [null] }, reason: 'x' }], 'rules[0].when.in[0]'],
    [[{ severity: 1, when: { outage: 'major' }, reason: 'x' }], 'rules[0].when'],
    [[{ severity: 1, when: { fact: '', is: 1 }, reason: 'x' }], 'rules[0].when.fact'],
    [[{ severity: 1, when: { fact: 'outage', is: 'partial' }, reason: 'x' }], 'rules[0].when.is'],
    [[{ severity: 1, when: { fact: 'outage', in: [] }, reason: 'x' }], 'rules[0].when.in'],
    [[{ severity: 1, when: { fact: 'outage', in: ['major', 'big'] }, reason: 'x' }], 'rules[0].when.in[1]'],
    [[{ severity: 1, when: { fact: 'outage', gt: 3 }, reason: 'x' }], 'rules[0].when.gt'],
    [[{ severity: 1, when: { fact: 'storageBacklogPercent', gt: '80' }, reason: 'x' }], 'rules[0].when.gt'],
    [[{ severity: 1, when: { fact: 'custom', is: null }, reason: 'x' }], 'rules[0].when.is'],
    [[{ severity: 1, when: { fact: 'outage', is: 'major', equals: 1 }, reason: 'x' }], 'rules[0].when.equals'],
    [[{ severity: 1, when: { all: [] }, reason: 'x' }], 'rules[0].when.all'],
    [[{ severity: 1, when: { any: [{ fact: 'outage', is: 'x' }] }, reason: 'x' }], 'rules[0].when.any[0].is'],
    [[{ severity: 1, when: { not: { fact: 'deploymentBlocked', is: 'yes' } }, reason: 'x' }], 'rules[0].when.not.is'],
  ])('a malformed rule %j is INVALID_POLICY at %s', (bad, path) => {
    expectSlaError(() => classifySeverity({}, bad as never), 'INVALID_POLICY', path);
  });
});
