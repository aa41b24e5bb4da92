import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ajv, loads, validate } from './schema-agreement.js';
import { contractSchema } from '../../src/contract/index.js';

// The schema editors use and the checks loadContract makes agree: a standard validator accepts
// exactly the documents loadContract accepts. Documents are drawn valid, then broken by mutations
// that a JSON Schema can state (a wrong type, an unknown key, a missing member); parameters are
// set aside (the documents use none). Rules only loadContract states (cited ids exist, hours do not
// overlap, a zone is known, …) are kept true by the arbitraries and have unit tests of their own.


const ids = ['msa', 'sla'];
const clause = fc.record({ doc: fc.constantFrom(...ids), section: fc.constantFrom('1', '4.2 Response', 'Schedule B'), quote: fc.constantFrom('within one hour', 'five percent') }, { requiredKeys: ['doc', 'section'] });
const source = fc.oneof(clause, fc.array(clause, { minLength: 1, maxLength: 2 }));
const withSource = <T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.tuple(arb, fc.option(source, { nil: undefined })).map(([value, s]) => (s === undefined ? value : { ...value, source: s }));
const duration = fc.constantFrom<unknown>('PT1H', 'P1D', 'PT30M', 'PT1.5H', { hours: 2 }, { minutes: 45, seconds: 30 }, 3_600_000);
const target = withSource(fc.oneof(fc.record({ after: duration, clock: fc.constantFrom('24x7', 'business') }), fc.record({ businessDays: fc.integer({ min: 1, max: 10 }) })));
// A response, update or resolution target with the share that must meet it, sometimes.
const measured = fc.tuple(target, fc.option(fc.constantFrom(0, 0.9, 0.95, 1), { nil: undefined })).map(([t, share]) => (share === undefined ? t : { ...t, complianceTarget: share }));
/** A level's response compliance target on the level, or (when asked) on its response target: never both, a rule only loadContract states. */
const shareOnResponse = ({ shareOnResponse: move, ...level }: Record<string, unknown>): Record<string, unknown> => {
  const { complianceTarget, ...rest } = level;
  return move && complianceTarget !== undefined ? { ...rest, response: { ...(rest['response'] as object), complianceTarget } } : level;
};
const range = fc.constantFrom(['08:00', '17:00'], ['09:00', '12:30'], ['22:00', '06:00'], ['00:00', '24:00']);
const weeklyHours = fc.dictionary(fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'), fc.array(range, { maxLength: 1 }), { minKeys: 1 }).filter((h) => Object.values(h).some((r) => r.length > 0));
const holiday = fc.constantFrom<unknown>('2026-12-24', { month: 12, day: 25, observed: 'nearest-weekday' }, { month: 11, weekday: 'thu', nth: 4 }, { month: 5, weekday: 'mon', nth: -1 });
const causes = ['scheduled-maintenance', 'emergency-maintenance', 'customer-caused', 'suspension', 'force-majeure', 'third-party', 'network-connectivity'];
const condition: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 2 }) }), fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 2 }) }), fc.record({ not: tie('node') })),
  leaf: fc.oneof(fc.record({ fact: fc.constantFrom('f1', 'f2'), is: fc.oneof(fc.constantFrom('a', 'b'), fc.boolean()) }), fc.record({ fact: fc.constant('f3'), gt: fc.integer({ min: 0, max: 100 }) }), fc.record({ fact: fc.constant('f1'), in: fc.constant(['a', 'b']) })),
})).node;

// An excusable cause as an object: its clause, a notice it requires, the announced end that bounds it.
const excuseEntry = (cause: string): fc.Arbitrary<unknown> => withSource(fc.record({ cause: fc.constant(cause), notice: duration, until: fc.constant('plannedEnd') }, { requiredKeys: ['cause'] }));

// The limits on credits, with one claim window or none.
const creditTerms = withSource(
  fc.tuple(
    fc.record({ capPercent: fc.constantFrom(0, 30, 100), minimumAmount: fc.constantFrom('1.00', '0.5', '25'), currency: fc.constantFrom('USD', 'EUR') }, { requiredKeys: [] }),
    fc.constantFrom<object>({}, { claimWithinDays: 30 }, { claimWithinMonths: 2 }),
  ).map(([terms, claim]) => ({ ...terms, ...claim })),
);

const levelCount = fc.integer({ min: 1, max: 5 });
const contractDocument = levelCount.chain((n) => {
  const levels = Array.from({ length: n }, (_, i) => String(i + 1));
  return fc.record(
    {
      name: fc.constantFrom('Acme support', 'Globex SLA'),
      vendor: fc.constant('Acme'),
      effective: withSource(fc.record({ from: fc.constantFrom('2026-01-01', '2026-10-15'), to: fc.constantFrom('2026-12-31', '2027-10-14'), timeZone: fc.constantFrom('UTC', 'Europe/Berlin') }, { requiredKeys: [] })),
      sources: fc.constant(ids.map((id) => ({ id, title: `${id.toUpperCase()} terms` }))),
      businessHours: withSource(fc.record({ hours: fc.oneof(fc.constant('24x7'), weeklyHours), holidays: fc.array(holiday, { maxLength: 3 }), overrides: fc.constant({ '2026-12-31': [['09:00', '12:00']] }) }, { requiredKeys: ['hours'] })),
      severities: fc.tuple(...levels.map((level) => withSource(fc.record({ label: fc.constant(`P${level}`), aliases: fc.constant([`Sev ${level}`]) }, { requiredKeys: ['label'] })))).map((entries) => Object.fromEntries(entries.map((e, i) => [levels[i], e]))),
      support: withSource(
        fc.record(
          {
            levels: fc.tuple(...levels.map(() => withSource(fc.record({ response: target, updates: measured, resolution: measured, complianceTarget: fc.double({ min: 0, max: 1, noNaN: true }), shareOnResponse: fc.boolean() }, { requiredKeys: ['response', 'shareOnResponse'] })).map(shareOnResponse))).map((entries) => Object.fromEntries(entries.map((e, i) => [levels[i], e]))),
            complianceTarget: fc.constantFrom(0.9, 0.95),
            severityChange: fc.constantFrom('retroactive', 'restart'),
            autoClose: target,
          },
          { requiredKeys: ['levels'] },
        ),
      ),
      severityRules: fc.array(withSource(fc.record({ severity: fc.integer({ min: 1, max: n }), when: condition, reason: fc.constantFrom('a reason', 'Sev: "quoted"') })), { maxLength: 3 }),
      downtime: withSource(fc.record({ excusable: fc.subarray(causes).chain((list) => fc.tuple(...list.map((cause, i) => (i % 2 === 0 ? fc.constant<unknown>(cause) : excuseEntry(cause))))), maintenanceWindowsOnly: fc.boolean(), partialMinutes: fc.constantFrom('exact', 'drop-under-one-minute') }, { requiredKeys: ['excusable', 'maintenanceWindowsOnly'] })),
      maintenance: withSource(fc.record({ timeZone: fc.constantFrom('UTC', 'Asia/Kolkata', 'America/New_York'), windows: fc.array(withSource(fc.record({ region: fc.constantFrom('US', 'EU'), day: fc.constantFrom('mon', 'wed', 'sun'), start: fc.constantFrom('01:00', '23:30'), end: fc.constantFrom('03:00', '01:30'), label: fc.constant('Window'), timeZone: fc.constantFrom('UTC', 'America/Chicago') }, { requiredKeys: ['day', 'start', 'end'] })), { minLength: 1, maxLength: 3 }), notice: withSource(fc.oneof(fc.constant({ kind: 'none' }), fc.record({ kind: fc.constant('best-effort'), upTo: duration }), fc.record({ kind: fc.constant('minimum'), atLeast: duration }))) }, { requiredKeys: ['timeZone', 'windows'] })),
      availability: withSource(fc.record({ target: fc.constantFrom(99.5, 99.95, 100), credits: fc.constantFrom([], [{ atLeast: 99, below: 99.5, creditPercent: 10 }, { atLeast: 0, below: 99, creditPercent: 25 }]), creditTerms, appliesTo: withSource(fc.record({ environment: fc.constantFrom(['production'], ['production', 'dr']) })), period: fc.constantFrom('month', 'quarter', 'year'), serviceHours: withSource(fc.record({ hours: fc.oneof(fc.constant('24x7'), weeklyHours), holidays: fc.array(holiday, { maxLength: 2 }), timeZone: fc.constantFrom('UTC', 'Europe/London') }, { requiredKeys: ['hours'] })) })),
      renewal: withSource(fc.record({ termMonths: fc.integer({ min: 1, max: 36 }), upliftFloor: fc.constantFrom(0, 0.03, 0.05), index: fc.constant('CPI-U'), cap: fc.constantFrom(0.07, 0.1), noticeDays: fc.integer({ min: 0, max: 120 }), rounding: fc.constantFrom('half-up', 'half-even') })),
    },
    { requiredKeys: ['sources', 'severities'] },
  );
});

type Node = Record<string, unknown> | unknown[];
/** Every object or array in a document with its path of keys. */
function nodes(value: unknown, path: string[] = [], out: { node: Node; path: string[] }[] = []): { node: Node; path: string[] }[] {
  if (typeof value !== 'object' || value === null) return out;
  out.push({ node: value as Node, path });
  for (const [key, child] of Object.entries(value)) nodes(child, [...path, key], out);
  return out;
}

// Members whose removal breaks a rule only loadContract states (cited ids, level labels, level sets).
const KEEP = new Set(['sources', 'severities', 'label', 'id', 'doc']);
const isLevelMap = (path: string[]): boolean => path.at(-1) === 'severities' || path.at(-1) === 'levels';

type Mutation = { kind: 'type' | 'unknown-key' | 'delete'; pick: number; value: unknown };
const mutation = fc.record({ kind: fc.constantFrom('type' as const, 'unknown-key' as const, 'delete' as const), pick: fc.nat(), value: fc.constantFrom<unknown>(null, true, [], {}, 7, 'x') });

function mutate(doc: unknown, { kind, pick, value }: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as unknown;
  const objects = nodes(copy).filter(({ node }) => !Array.isArray(node));
  if (kind === 'unknown-key') {
    const { node } = objects[pick % objects.length] as { node: Record<string, unknown> };
    node['zzz'] = value;
    return copy;
  }
  const members = objects.flatMap(({ node, path }) => Object.keys(node).map((key) => ({ node: node as Record<string, unknown>, key, path })));
  if (kind === 'delete') {
    const candidates = members.filter(({ key, path }) => !KEEP.has(key) && !isLevelMap(path));
    if (candidates.length === 0) return copy;
    const { node, key } = candidates[pick % candidates.length] as { node: Record<string, unknown>; key: string };
    delete node[key];
    return copy;
  }
  // A leaf replaced by a value of another JSON type (a string never by another string: renaming a
  // label or an id could break a rule only loadContract states).
  const leaves = members.filter(({ node, key }) => typeof node[key] !== 'object' || node[key] === null);
  const { node, key } = leaves[pick % leaves.length] as { node: Record<string, unknown>; key: string };
  if (typeof node[key] === typeof value || (typeof value === 'string' && typeof node[key] !== 'string' && key === 'hours')) return copy;
  node[key] = value;
  return copy;
}

describe('the schema and loadContract agree', () => {
  it('on valid documents: both accept', () => {
    fc.assert(
      fc.property(contractDocument, (doc) => {
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
        expect(loads(doc)).toBe(true);
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });

  it('on broken documents: ajv accepts exactly those loadContract accepts', () => {
    fc.assert(
      fc.property(contractDocument, fc.array(mutation, { minLength: 1, maxLength: 3 }), (doc, mutations) => {
        const broken = mutations.reduce<unknown>(mutate, doc);
        expect(loads(broken), `ajv: ${JSON.stringify(validate.errors)}`).toBe(validate(broken));
      }),
      { seed: 20261201, numRuns: 800 },
    );
  });

  it('the committed contract.schema.json is the schema loadContract checks against', () => {
    expect(JSON.parse(readFileSync('contract.schema.json', 'utf8'))).toEqual(contractSchema());
  });

  it('is a valid draft 2020-12 schema', () => {
    expect(ajv.validateSchema(contractSchema())).toBe(true);
  });
});
