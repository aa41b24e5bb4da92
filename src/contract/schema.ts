import { INCIDENT_CAUSES } from '../availability/incident-causes.js';

// The contract document's JSON Schema (draft 2020-12). It is the one truth about the document's
// shape: `loadContract` checks documents against it (check-schema.ts), and the build writes it to
// `contract.schema.json` for editors. Rules it cannot state (a quote's source names a declared
// document, hours that do not overlap, a known time zone) are checked by the module validators.

const DEADLINE_TIME = '^(?:[01]\\d|2[0-3]):[0-5]\\d$';
const PLAN_NAME = '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$';
const TIME = '^(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?$|^24:00(?::00)?$';
const ISO_DURATION = '^P(?!T?$)(?:\\d+(?:[.,]\\d+)?W)?(?:\\d+(?:[.,]\\d+)?D)?(?:T(?:\\d+(?:[.,]\\d+)?H)?(?:\\d+(?:[.,]\\d+)?M)?(?:\\d+(?:[.,]\\d+)?S)?)?$';
const CIVIL_DATE = '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$';
const LEVEL_KEY = '^(?:[1-9]|10)$';
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * How deep a parameter's value or example may nest (arrays and objects inside one another): the
 * deepest a real value needs is 4 (maintenance windows with their clauses); the bound keeps a
 * hostile document from exhausting the stack, in the schema and in `loadContract` alike.
 */
export const MAX_PARAMETER_VALUE_DEPTH = 16;

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
  const time = { description: "a time of day 'HH:MM' such as '08:00' ('24:00' ends a day)", type: 'string', pattern: TIME };
  const date = { description: "a date 'YYYY-MM-DD' such as '2026-12-25'", type: 'string', pattern: CIVIL_DATE };
  const timeRange = { type: 'array', prefixItems: [time, time], minItems: 2, maxItems: 2 };
  // Rates keep the unit the texts print (units.ts): compliance and renewal rates are fractions, the
  // availability target and credit tiers percentages; each also takes a text with its % sign.
  const share = orParam({ anyOf: [{ type: 'number', minimum: 0, maximum: 1 }, ref('percentText')] });
  const percent = { anyOf: [{ type: 'number', minimum: 0, maximum: 100 }, ref('percentText')] };
  // A bound of a credit tier is 0 or above 1: 0.999 would be 0.999%, surely meant as 99.9%.
  const bound = { anyOf: [{ type: 'number', exclusiveMinimum: 1, maximum: 100 }, { const: 0 }, ref('percentText')] };
  // A response, update or resolution target may carry the share of cases that must meet it; the
  // targets of the clocks a case runs (response, resolution, reply) also take pausedBy and warnAt.
  const complianceOption = { complianceTarget: share };
  const clockOptions = {
    pausedBy: { type: 'array', items: { type: 'string', pattern: '\\S', maxLength: 100 }, minItems: 1 },
    warnAt: { type: 'array', items: { type: 'number', exclusiveMinimum: 0, maximum: 1 } },
  };
  // A business-days target with `by` is a deadline ("by 16:00 on the next business day"); on an
  // escalation `by` names who escalates instead, and an update cadence takes no deadline.
  const deadlineBy = { by: { description: "a deadline: the local time 'HH:MM' on the n-th business day after the day the clock starts, such as '16:00'", type: 'string', pattern: DEADLINE_TIME } };
  const targetWith = (extra: object, deadline = true) => ({
    anyOf: [
      object({ after: orParam(ref('duration')), clock: { enum: ['24x7', 'business'] }, ...extra, ...source }, ['after', 'clock']),
      object({ businessDays: orParam({ type: 'integer', minimum: 1, maximum: 3660 }), ...(deadline ? deadlineBy : {}), ...extra, ...source }, ['businessDays']),
    ],
  });
  const measured = targetWith(complianceOption, false);
  const measuredClock = targetWith({ ...complianceOption, ...clockOptions });
  const clockTarget = targetWith(clockOptions);
  const target = targetWith({});
  const escalation = targetWith({ by: { description: 'who escalates: the vendor itself or the customer on request', enum: ['vendor', 'customer'] } }, false);
  const factValue = { type: ['string', 'number', 'boolean'] };
  const creditTermsBase = {
    capPercent: orParam(percent),
    minimumAmount: orParam({ type: 'string', pattern: '^\\d{1,15}(?:\\.\\d{1,4})?$' }),
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    ...source,
  };

  const levels = {
    type: 'object',
    minProperties: 1,
    propertyNames: { description: 'a severity level from 1 to 10', pattern: LEVEL_KEY },
    additionalProperties: object(
      { label: text, response: measuredClock, updates: measured, escalation, resolution: measuredClock, reply: clockTarget, complianceTarget: share, ...source },
      ['response'],
    ),
  };
  // What a plan states, and the support part states for every plan (a plan's own wins).
  const supportSettings = {
    name: text,
    complianceTarget: share,
    warnAt: object({ percent: list({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 100 }), before: list(ref('duration')) }),
    eventOrder: list({ enum: ['responded', 'updated', 'paused', 'resumed', 'severity-changed', 'resolution-notice', 'reopened', 'closed', 'customer-message', 'assigned'] }),
    severityChange: { enum: ['retroactive', 'restart'] },
    autoClose: target,
    reopen: { enum: ['new-cycle', 'continue'] },
    ...source,
  };
  const fieldValue = { type: 'string', minLength: 1, maxLength: 500 };
  const planRule = object(
    {
      when: {
        description: "the case's fields this rule matches, each a value or a list of values: { \"tier\": \"premium\" }; no when: every case",
        type: 'object',
        minProperties: 1,
        propertyNames: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' },
        additionalProperties: { anyOf: [fieldValue, list(fieldValue, 1)] },
      },
      plan: { description: 'the name of a plan in plans', type: 'string', pattern: PLAN_NAME },
      ...source,
    },
    ['plan'],
  );
  const supportTerms = {
    anyOf: [
      object({ ...supportSettings, levels: ref('supportLevels') }, ['levels']),
      object(
        {
          ...supportSettings,
          plans: { type: 'object', minProperties: 1, propertyNames: { description: "a plan name of up to 40 letters, digits, '.', '_' or '-', such as 'premium'", pattern: PLAN_NAME }, additionalProperties: object({ ...supportSettings, levels: ref('supportLevels') }, ['levels']) },
          select: list(planRule, 1),
        },
        ['plans', 'select'],
      ),
    ],
  };

  return {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'slakit contract',
  description: 'A service contract as data: business hours, severity levels, support targets, downtime, maintenance, availability and renewal terms, each rule with the clause it comes from.',
  ...object({
    $schema: { type: 'string' },
    name: text,
    vendor: text,
    // The days a version of the contract is in force, both inclusive, in the contract's zone.
    effective: object({ from: date, to: date, timeZone: ref('timeZone'), ...source }),
    sources: list(
      object({ id: { description: "a short id of up to 40 letters, digits, '.', '_' or '-', such as 'msa'", type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$' }, title: text, publisher: text, url: { description: 'a web address starting http:// or https://', type: 'string', pattern: '^https?://\\S+$', maxLength: 2000 }, retrieved: date }, ['id', 'title']),
      1,
    ),
    parameters: { type: 'object', propertyNames: ref('parameterName'), additionalProperties: ref('parameter') },
    parameterValues: { type: 'object', propertyNames: ref('parameterName'), additionalProperties: ref('parameterValue') },
    businessHours: object(
      {
        hours: orParam({ anyOf: [{ const: '24x7' }, ref('weeklyHours')] }),
        // A list, or a holiday set by name that the user's date-holidays computes (slakit/holidays).
        holidays: orParam({ anyOf: [ref('holidays'), ref('holidaySet')] }),
        holidayCoverage: { anyOf: [{ const: 'open' }, object({ from: { type: 'integer', minimum: 1, maximum: 9999 }, to: { type: 'integer', minimum: 1, maximum: 9999 } }, ['from', 'to'])] },
        overrides: { type: 'object', propertyNames: date, additionalProperties: list(timeRange) },
        ...source,
      },
      ['hours'],
    ),
    severities: {
      type: 'object',
      minProperties: 1,
      propertyNames: { description: 'a severity level from 1 to 10', pattern: LEVEL_KEY },
      additionalProperties: object({ label: text, aliases: list({ type: 'string', minLength: 1, maxLength: 100 }), ...source }, ['label']),
    },
    // The support terms: levels, or plans with the rules that choose one per case (supportTerms).
    support: supportTerms,
    severityRules: list(object({ severity: { type: 'integer', minimum: 1, maximum: 10 }, when: ref('condition'), reason: text, ...source }, ['severity', 'when', 'reason'])),
    downtime: object(
      {
        // A cause may require notice ahead (announcedAt) and end its excuse at the announced end (plannedEnd).
        excusable: list({ anyOf: [{ enum: INCIDENT_CAUSES }, object({ cause: { enum: INCIDENT_CAUSES }, notice: { anyOf: [{ const: 'best-effort' }, orParam(ref('duration'))] }, until: { const: 'plannedEnd' }, ...source }, ['cause'])] }),
        // Causes the text counts as unscheduled downtime, stated with their clause; a best-effort notice at most.
        unscheduled: list({ anyOf: [{ enum: INCIDENT_CAUSES }, object({ cause: { enum: INCIDENT_CAUSES }, notice: { const: 'best-effort' }, ...source }, ['cause'])] }),
        maintenanceWindowsOnly: { type: 'boolean' },
        partialMinutes: { enum: ['exact', 'drop-under-one-minute'] },
        monthMinutes: { enum: ['elapsed', 'days'] },
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
      target: orParam({ anyOf: [{ type: 'number', exclusiveMinimum: 1, maximum: 100 }, ref('percentText')] }),
      credits: orParam(ref('creditTiers')),
      creditTerms: ref('creditTerms'),
      // The period availability is measured over, and the credit tiers apply to.
      period: { enum: ['month', 'quarter', 'year'] },
      // The environments whose incidents count (NiCE Cloud Services §7.1: one Production environment).
      appliesTo: object({ environment: list({ type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' }, 1), ...source }, ['environment']),
      // The zone whose calendar month is measured (UTC when the contract's text says nothing).
      timeZone: orParam(ref('timeZone')),
      // x, y and z count only minutes inside these hours: a calendar, or the contract's business hours.
      serviceHours: {
        anyOf: [
          { const: 'businessHours' },
          object(
            {
              hours: orParam({ anyOf: [{ const: '24x7' }, ref('weeklyHours')] }),
              holidays: orParam(ref('holidays')),
              overrides: { type: 'object', propertyNames: date, additionalProperties: list(timeRange) },
              timeZone: orParam(ref('timeZone')),
              ...source,
            },
            ['hours'],
          ),
        ],
      },
      ...source,
    }),
    renewal: object({
      termMonths: orParam({ type: 'integer', minimum: 1, maximum: 1200 }),
      upliftFloor: share,
      index: text,
      cap: share,
      noticeDays: orParam({ type: 'integer', minimum: 0, maximum: 3660 }),
      rounding: { enum: ['half-up', 'half-even'] },
      ...source,
    }),
  }),
  $defs: {
    // The severity levels of the support terms, or of one plan.
    supportLevels: levels,
    parameterName: { description: "a parameter name of letters, digits, '.', '_' or '-', such as 'response.1'", type: 'string', pattern: '^[A-Za-z][A-Za-z0-9._-]{0,63}$' },
    parameterRef: object({ $param: ref('parameterName') }, ['$param']),
    // A parameter's value: JSON nested at most MAX_PARAMETER_VALUE_DEPTH deep, never a reference.
    ...parameterValueDefs(),
    parameter: object(
      {
        type: { enum: ['duration', 'number', 'share', 'percent', 'whole-number', 'text', 'time-zone', 'weekly-hours', 'holidays', 'maintenance-windows', 'credit-tiers'] },
        description: text,
        example: ref('parameterValue'),
      },
      ['type', 'description'],
    ),
    clause: object(
      {
        doc: { type: 'string', minLength: 1, maxLength: 40 },
        section: text,
        // At most 30 words.
        quote: { description: 'a quote of at most 30 words', type: 'string', maxLength: 400, pattern: '^\\s*(?:\\S+\\s+){0,29}\\S+\\s*$' },
      },
      ['doc', 'section'],
    ),
    clauses: { anyOf: [ref('clause'), list(ref('clause'), 1)] },
    duration: {
      description: "a duration: milliseconds, an ISO-8601 duration such as 'PT4H' or 'P3D' (no years or months), or { hours: 4 }",
      anyOf: [
        { type: 'integer', minimum: 1 },
        { type: 'string', pattern: ISO_DURATION, maxLength: 64 },
        { type: 'object', minProperties: 1, propertyNames: { enum: ['weeks', 'days', 'hours', 'minutes', 'seconds', 'milliseconds'] }, additionalProperties: { type: 'number', minimum: 0 } },
      ],
    },
    timeZone: { description: "an IANA time zone such as 'Asia/Kolkata'", type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z][A-Za-z0-9_+/-]*$' },
    weeklyHours: { type: 'object', propertyNames: { enum: WEEKDAYS }, additionalProperties: list(timeRange) },
    holidays: list({
      anyOf: [
        date,
        object({ month: { type: 'integer', minimum: 1, maximum: 12 }, day: { type: 'integer', minimum: 1, maximum: 31 }, observed: { enum: ['none', 'nearest-weekday', 'next-weekday'] } }, ['month', 'day']),
        object({ month: { type: 'integer', minimum: 1, maximum: 12 }, weekday: { enum: WEEKDAYS }, nth: { enum: [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5] } }, ['month', 'weekday', 'nth']),
      ],
    }),
    holidaySet: object(
      {
        country: { description: "a country or region code such as 'US' or 'US-NY'", type: 'string', pattern: '^[A-Za-z]{2}(?:-[A-Za-z0-9]{1,3}){0,2}$' },
        types: list({ enum: ['public', 'bank', 'optional', 'school', 'observance'] }, 1),
      },
      ['country'],
    ),
    maintenanceWindows: list(
      object(
        // A window may be in a zone of its own (a parameter where the text names none).
        { id: text, region: text, day: { enum: WEEKDAYS }, start: time, end: time, label: text, timeZone: orParam(ref('timeZone')), ...source },
        ['day', 'start', 'end'],
      ),
      1,
    ),
    // The limits on credits: a cap, a least amount (decimal, major units), and one claim window.
    creditTerms: {
      anyOf: [
        object({ ...creditTermsBase, claimWithinDays: orParam({ type: 'integer', minimum: 1, maximum: 3660 }) }),
        object({ ...creditTermsBase, claimWithinMonths: orParam({ type: 'integer', minimum: 1, maximum: 120 }) }),
      ],
    },
    creditTiers: list(object({ atLeast: bound, below: bound, creditPercent: percent, ...source }, ['atLeast', 'below', 'creditPercent'])),
    percentText: { description: "a percentage with its sign, such as '99.9%'", type: 'string', pattern: '^\\s*\\d+(?:\\.\\d+)?\\s*%\\s*$', maxLength: 40 },
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

/** `parameterValue` and the levels under it, one definition a level (inline, the schema would double each level). */
function parameterValueDefs(): Record<string, object> {
  const defs: Record<string, object> = {};
  const name = (depth: number): string => (depth === MAX_PARAMETER_VALUE_DEPTH ? 'parameterValue' : `parameterValue${depth}`);
  const scalar = { type: ['string', 'number', 'boolean', 'null'] };
  defs[name(0)] = scalar;
  for (let depth = 1; depth <= MAX_PARAMETER_VALUE_DEPTH; depth++) {
    const inner = { $ref: `#/$defs/${name(depth - 1)}` };
    defs[name(depth)] = {
      ...(depth === MAX_PARAMETER_VALUE_DEPTH ? { description: `a value: JSON nested at most ${MAX_PARAMETER_VALUE_DEPTH} deep, never a { "$param": … } reference` } : {}),
      anyOf: [scalar, { type: 'array', items: inner }, { type: 'object', propertyNames: { pattern: '^(?!\\$param$)' }, additionalProperties: inner }],
    };
  }
  return defs;
}
