import { INCIDENT_CAUSES } from '../availability/incident-causes.js';

// The contract document's JSON Schema (draft 2020-12). It is the one truth about the document's
// shape: `loadContract` checks documents against it (check-schema.ts), and the build writes it to
// `contract.schema.json` for editors. Rules it cannot state (a quote's source names a declared
// document, hours that do not overlap, a known time zone) are checked by the module validators.

const TIME = '^(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?$|^24:00(?::00)?$';
const ISO_DURATION = '^P(?:\\d+(?:[.,]\\d+)?W)?(?:\\d+(?:[.,]\\d+)?D)?(?:T(?:\\d+(?:[.,]\\d+)?H)?(?:\\d+(?:[.,]\\d+)?M)?(?:\\d+(?:[.,]\\d+)?S)?)?$';
const CIVIL_DATE = '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$';
const LEVEL_KEY = '^(?:[1-9]|10)$';
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * A JSON Schema (draft 2020-12) as plain data.
 *
 * @example
 * ```ts
 * import type { JsonSchema } from 'slakit/contract';
 *
 * const schema: JsonSchema = { type: 'object', properties: { name: { type: 'string' } } };
 * ```
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * The JSON Schema (draft 2020-12) of a {@link ContractDocument}. The package ships it as
 * `slakit/contract.schema.json`; point a contract file's `"$schema"` at it and an editor checks and
 * completes the file as you type.
 *
 * @example
 * ```ts
 * import { contractSchema } from 'slakit/contract';
 *
 * contractSchema().$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function contractSchema(): JsonSchema {
  /** `schema`, or a `{ "$param": name }` reference to a parameter that supplies it. */
  const orParam = (schema: object): object => ({ anyOf: [schema, { $ref: '#/$defs/parameterRef' }] });
  const ref = (name: string): object => ({ $ref: `#/$defs/${name}` });
  const object = (properties: Record<string, object>, required: string[] = []): object => ({
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  });
  const list = (items: object, minItems = 0): object => ({ type: 'array', items, ...(minItems > 0 ? { minItems } : {}) });
  const text = { type: 'string', minLength: 1, maxLength: 500 };
  const source = { source: ref('clauses') };
  const timeRange = { type: 'array', prefixItems: [{ type: 'string', pattern: TIME }, { type: 'string', pattern: TIME }], minItems: 2, maxItems: 2 };
  const target = {
    anyOf: [object({ after: orParam(ref('duration')), clock: { enum: ['24x7', 'business'] }, ...source }, ['after', 'clock']), object({ businessDays: orParam({ type: 'integer', minimum: 1, maximum: 3660 }), ...source }, ['businessDays'])],
  };
  const escalation = {
    anyOf: [
      object({ after: orParam(ref('duration')), clock: { enum: ['24x7', 'business'] }, by: { enum: ['vendor', 'customer'] }, ...source }, ['after', 'clock']),
      object({ businessDays: orParam({ type: 'integer', minimum: 1, maximum: 3660 }), by: { enum: ['vendor', 'customer'] }, ...source }, ['businessDays']),
    ],
  };
  const share = orParam({ type: 'number', minimum: 0, maximum: 1 });
  const percent = { type: 'number', minimum: 0, maximum: 100 };
  const factValue = { type: ['string', 'number', 'boolean'] };

  return {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'slakit contract',
  description: 'A service contract as data: business hours, severity levels, support targets, downtime, maintenance, availability and renewal terms, each rule with the clause it comes from.',
  ...object({
    $schema: { type: 'string' },
    name: text,
    vendor: text,
    sources: list(
      object({ id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$' }, title: text, publisher: text, url: { type: 'string', pattern: '^https?://\\S+$', maxLength: 2000 }, retrieved: { type: 'string', pattern: CIVIL_DATE } }, ['id', 'title']),
      1,
    ),
    parameters: { type: 'object', propertyNames: ref('parameterName'), additionalProperties: ref('parameter') },
    parameterValues: { type: 'object', propertyNames: ref('parameterName') },
    businessHours: object(
      {
        hours: orParam({ anyOf: [{ const: '24x7' }, ref('weeklyHours')] }),
        // A list, or a holiday set by name that the user's date-holidays computes (slakit/holidays).
        holidays: orParam({ anyOf: [ref('holidays'), ref('holidaySet')] }),
        holidayCoverage: { anyOf: [{ const: 'open' }, object({ from: { type: 'integer', minimum: 1, maximum: 9999 }, to: { type: 'integer', minimum: 1, maximum: 9999 } }, ['from', 'to'])] },
        overrides: { type: 'object', propertyNames: { pattern: CIVIL_DATE }, additionalProperties: list(timeRange) },
        ...source,
      },
      ['hours'],
    ),
    severities: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: LEVEL_KEY },
      additionalProperties: object({ label: text, aliases: list({ type: 'string', minLength: 1, maxLength: 100 }), ...source }, ['label']),
    },
    support: object(
      {
        name: text,
        levels: {
          type: 'object',
          minProperties: 1,
          propertyNames: { pattern: LEVEL_KEY },
          additionalProperties: object(
            { label: text, response: target, updates: target, escalation, resolution: target, complianceTarget: share, ...source },
            ['response'],
          ),
        },
        complianceTarget: share,
        warnAt: object({ percent: list({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 100 }), before: list(ref('duration')) }),
        eventOrder: list({ enum: ['responded', 'updated', 'paused', 'resumed', 'severity-changed', 'resolution-notice', 'reopened', 'closed'] }),
        severityChange: { enum: ['retroactive', 'restart'] },
        autoClose: target,
        ...source,
      },
      ['levels'],
    ),
    severityRules: list(object({ severity: { type: 'integer', minimum: 1, maximum: 10 }, when: ref('condition'), reason: text, ...source }, ['severity', 'when', 'reason'])),
    downtime: object(
      {
        excusable: list({ anyOf: [{ enum: INCIDENT_CAUSES }, object({ cause: { enum: INCIDENT_CAUSES }, ...source }, ['cause'])] }),
        maintenanceWindowsOnly: { type: 'boolean' },
        partialMinutes: { enum: ['exact', 'drop-under-one-minute'] },
        rounding: object({ decimals: { type: 'integer', minimum: 0, maximum: 10 }, mode: { enum: ['down', 'up', 'half-up', 'half-even'] } }, ['decimals', 'mode']),
        ...source,
      },
      ['excusable', 'maintenanceWindowsOnly'],
    ),
    maintenance: object(
      {
        timeZone: orParam(ref('timeZone')),
        windows: orParam(ref('maintenanceWindows')),
        notice: {
          anyOf: [
            object({ kind: { const: 'none' }, ...source }, ['kind']),
            object({ kind: { const: 'best-effort' }, upTo: orParam(ref('duration')), ...source }, ['kind', 'upTo']),
            object({ kind: { const: 'minimum' }, atLeast: orParam(ref('duration')), ...source }, ['kind', 'atLeast']),
          ],
        },
        ...source,
      },
      ['timeZone', 'windows'],
    ),
    availability: object({
      target: orParam({ type: 'number', exclusiveMinimum: 0, maximum: 100 }),
      credits: orParam(ref('creditTiers')),
      // The zone whose calendar month is measured (UTC when the contract's text says nothing).
      timeZone: orParam(ref('timeZone')),
      ...source,
    }),
    renewal: object({
      termMonths: orParam({ type: 'integer', minimum: 1, maximum: 1200 }),
      upliftFloor: orParam({ type: 'number', minimum: 0, maximum: 1 }),
      index: text,
      cap: orParam({ type: 'number', minimum: 0, maximum: 1 }),
      noticeDays: orParam({ type: 'integer', minimum: 0, maximum: 3660 }),
      rounding: { enum: ['half-up', 'half-even'] },
      ...source,
    }),
  }),
  $defs: {
    parameterName: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9._-]{0,63}$' },
    parameterRef: object({ $param: ref('parameterName') }, ['$param']),
    parameter: object(
      {
        type: { enum: ['duration', 'number', 'share', 'percent', 'whole-number', 'text', 'time-zone', 'weekly-hours', 'holidays', 'maintenance-windows', 'credit-tiers'] },
        description: text,
        example: {},
      },
      ['type', 'description'],
    ),
    clause: object(
      {
        doc: { type: 'string', minLength: 1, maxLength: 40 },
        section: text,
        // At most 30 words.
        quote: { type: 'string', maxLength: 400, pattern: '^\\s*(?:\\S+\\s+){0,29}\\S+\\s*$' },
      },
      ['doc', 'section'],
    ),
    clauses: { anyOf: [ref('clause'), list(ref('clause'), 1)] },
    duration: {
      description: "a duration: milliseconds, an ISO-8601 duration such as 'PT4H' or 'P3D' (no years or months), or { hours: 4 }",
      anyOf: [
        { type: 'integer', minimum: 1 },
        { type: 'string', pattern: ISO_DURATION, minLength: 3, maxLength: 64 },
        { type: 'object', minProperties: 1, propertyNames: { enum: ['weeks', 'days', 'hours', 'minutes', 'seconds', 'milliseconds'] }, additionalProperties: { type: 'number', minimum: 0 } },
      ],
    },
    timeZone: { description: "an IANA time zone such as 'Asia/Kolkata'", type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z][A-Za-z0-9_+/-]*$' },
    weeklyHours: { type: 'object', propertyNames: { enum: WEEKDAYS }, additionalProperties: list(timeRange) },
    holidays: list({
      anyOf: [
        { type: 'string', pattern: CIVIL_DATE },
        object({ month: { type: 'integer', minimum: 1, maximum: 12 }, day: { type: 'integer', minimum: 1, maximum: 31 }, observed: { enum: ['none', 'nearest-weekday', 'next-weekday'] } }, ['month', 'day']),
        object({ month: { type: 'integer', minimum: 1, maximum: 12 }, weekday: { enum: WEEKDAYS }, nth: { enum: [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5] } }, ['month', 'weekday', 'nth']),
      ],
    }),
    holidaySet: object(
      {
        country: { type: 'string', pattern: '^[A-Za-z]{2}(?:-[A-Za-z0-9]{1,3}){0,2}$' },
        types: list({ enum: ['public', 'bank', 'optional', 'school', 'observance'] }, 1),
      },
      ['country'],
    ),
    maintenanceWindows: list(
      object(
        { id: text, region: text, day: { enum: WEEKDAYS }, start: { type: 'string', pattern: TIME }, end: { type: 'string', pattern: TIME }, label: text, ...source },
        ['day', 'start', 'end'],
      ),
      1,
    ),
    creditTiers: list(object({ atLeast: percent, below: percent, creditPercent: percent, ...source }, ['atLeast', 'below', 'creditPercent'])),
    condition: {
      anyOf: [
        // A fact and at least one test of it.
        { ...object({ fact: { type: 'string', minLength: 1, maxLength: 100 }, is: factValue, in: list(factValue, 1), gt: { type: 'number' }, gte: { type: 'number' }, lt: { type: 'number' }, lte: { type: 'number' } }, ['fact']), minProperties: 2 },
        object({ all: list(ref('condition'), 1) }, ['all']),
        object({ any: list(ref('condition'), 1) }, ['any']),
        object({ not: ref('condition') }, ['not']),
      ],
    },
  },
  };
}
