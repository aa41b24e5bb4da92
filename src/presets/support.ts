// The support texts as data. Every field cites the sentence it encodes; where a text is silent the
// value is a parameter (or, for the Uniphore constant, a documented default a caller can change).
// Sources: UNI = Uniphore Support SLAs, NCS = NiCE Cloud Services Terms of Use and Delivery
// Policy, NOP = NiCE On-Premise Support Policy; docs/sources.md quotes each clause.
import { createCalendar } from '../calendar/create-calendar.js';
import type { Calendar, CalendarSpec, TimeRange } from '../calendar/types.js';
import type { DurationInput } from '../core/duration.js';
import type {
  BusinessDaysTarget,
  ElapsedTarget,
  EscalationTarget,
  SeverityLevel,
  SeverityLevelPolicy,
  SupportClock,
  SupportPolicy,
  SupportTarget,
} from '../cases/types.js';
import { compilePolicy, invalidPolicy, oneOf, positiveDuration } from '../cases/validate-support-policy.js';
import { plainObject, readOptions } from '../core/plain-data.js';

export { uniphoreSeverityRules } from './uniphore-severity-rules.js';

const EIGHT_TO_FIVE: readonly TimeRange[] = [['08:00', '17:00']];

/**
 * The business calendar both NiCE texts define: Monday–Friday, 08:00–17:00 local time, without
 * the holidays (which the texts do not publish, so they are a parameter).
 * - NOP §1: "“Business Day” means 8 AM to 5 PM Monday through Friday, excluding NiCE’s observed holidays."
 * - NCS §6.1 (\*\*): "Business days/hours (excluding NiCE observed holidays) is defined as Monday – Friday
 *   (8 AM – 5PM) local time … Local time is defined as the time of day at the location of the
 *   Customer creating the Case." — so pass the customer's zone.
 *
 * @param timeZone - The IANA zone of the customer who opened the case.
 * @param holidays - The observed holidays (a list, or a holiday set from `slakit/holidays`); default none.
 * @throws SlaError `INVALID_CALENDAR` for an unknown zone or a bad holiday.
 * @example
 * ```ts
 * import { businessHours8to5 } from 'slakit/presets';
 * import { addBusinessTime } from 'slakit/calendar';
 *
 * const calendar = businessHours8to5('America/New_York', [{ month: 11, weekday: 'thu', nth: 4 }]);
 * addBusinessTime(calendar, '2026-11-20T16:30:00-05:00', { hours: 24 }).toISOString();
 * //=> '2026-11-25T18:30:00.000Z' (Wednesday 13:30)
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function businessHours8to5(timeZone: string, holidays?: CalendarSpec['holidays']): Calendar {
  const day = EIGHT_TO_FIVE;
  return createCalendar({
    timeZone,
    hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
    ...(holidays === undefined ? {} : { holidays }),
  });
}

/** `hours` of time on `clock`. */
function afterHours(hours: number, clock: SupportClock): ElapsedTarget {
  return { after: { hours }, clock };
}

/** The Uniphore policy with the open readings given: the urgent clock, the daily updates and "n business days". */
// @__NO_SIDE_EFFECTS__
function uniphorePolicy(clock: SupportClock, dailyUpdates: SupportTarget, businessDays: (n: number) => SupportTarget): SupportPolicy {
  return {
    name: 'Uniphore Support SLAs',
    levels: {
      1: {
        label: 'Sev 1 (critical)',
        // "1 hour" — clock not stated: 24x7 (choice).
        response: afterHours(1, clock),
        // "Regular communications will occur every 2 hours during business regular business hours as defined above."
        updates: afterHours(2, 'business'),
        // "If the problem has not been solved within one (1) hour, Uniphore will escalate the problem …" — clock not stated: 24x7 (choice).
        escalation: { ...afterHours(1, clock), by: 'vendor' },
        // In the Sev 1 row: "90% of issues responded to in one hour or less during primary coverage."
        // The target belongs to this level only, so a report of Sev 3 cases is not judged against it.
        complianceTarget: 0.9,
      },
      2: {
        label: 'Sev 2 (high)',
        // "2 hours" — clock not stated: 24x7 (choice).
        response: afterHours(2, clock),
        // "Communications on the status will occur daily." — one business day (choice).
        updates: dailyUpdates,
        // "If the problem has not been resolved within four (4) hours, Customer may request that Uniphore escalate …"
        escalation: { ...afterHours(4, clock), by: 'customer' },
      },
      3: {
        label: 'Sev 3 (medium)',
        // "24 Business hour"
        response: afterHours(24, 'business'),
        // "Communications will occur every three (3) business days until resolved."
        updates: businessDays(3),
      },
      4: {
        label: 'Sev 4 (low)',
        // "3 Business Days" — read as addBusinessDays (choice; 27 business hours is the other reading).
        response: businessDays(3),
      },
    },
  };
}

/**
 * The Uniphore support policy (Uniphore Support SLAs, "Service Levels"). Use it with a calendar of the
 * customer's business hours (UNI does not define them; `businessHours8to5` is the NiCE one).
 *
 * | field | sentence |
 * | --- | --- |
 * | `levels[1].response` 1 h | Sev 1 "Uniphore Initial Response Time": "1 hour" |
 * | `levels[1].updates` 2 business hours | "Regular communications will occur every 2 hours during business regular business hours" |
 * | `levels[1].escalation` 1 h, vendor | "If the problem has not been solved within one (1) hour, Uniphore will escalate the problem" |
 * | `levels[2].response` 2 h | Sev 2: "2 hours" |
 * | `levels[2].updates` 1 business day | "Communications on the status will occur daily." |
 * | `levels[2].escalation` 4 h, customer | "If the problem has not been resolved within four (4) hours, Customer may request that Uniphore escalate" |
 * | `levels[3].response` 24 business hours | Sev 3: "24 Business hour" |
 * | `levels[3].updates` 3 business days | "Communications will occur every three (3) business days until resolved." |
 * | `levels[4].response` 3 business days | Sev 4: "3 Business Days" |
 * | `levels[1].complianceTarget` 0.9 | Sev 1 row: "90% of issues responded to in one hour or less during primary coverage." (a target of that level only) |
 *
 * Choices where the text is silent (change them with {@link uniphoreSupportWith} or by spreading):
 * the 1- and 2-hour targets and the 1- and 4-hour escalations run on the 24x7 clock (NCS runs S1
 * on 24x7x365; UNI's "during primary coverage" may mean business hours); "daily" is one business
 * day; "n business days" follows `addBusinessDays` (same wall time on the n-th following business
 * day, counted from the next opening when a case is opened in closed time). UNI names no auto-close, warnings, same-timestamp order or severity-change rule, so the
 * policy leaves them to slakit's defaults.
 *
 * @example
 * ```ts
 * import { businessHours8to5, uniphoreSupport } from 'slakit/presets';
 * import { evaluateCase } from 'slakit/cases';
 *
 * uniphoreSupport.levels[3].response; //=> { after: { hours: 24 }, clock: 'business' }
 * const status = evaluateCase(uniphoreSupport, businessHours8to5('America/New_York'),
 *   { severity: 1, openedAt: '2026-11-21T10:00:00-05:00' }, { now: '2026-11-21T10:30:00-05:00' });
 * status.response.dueAt.toISOString(); //=> '2026-11-21T16:00:00.000Z' (Saturday 11:00: 24x7)
 * ```
 */
export const uniphoreSupport: SupportPolicy = /* @__PURE__ */ uniphorePolicy('24x7', { businessDays: 1 }, (n) => ({ businessDays: n }));

/**
 * The readings of the Uniphore text that it leaves open; see {@link uniphoreSupportWith}.
 *
 * @example
 * ```ts
 * import type { UniphoreSupportOptions } from 'slakit/presets';
 *
 * const options: UniphoreSupportOptions = { urgentClock: 'business', businessDayLength: { hours: 9 } };
 * ```
 */
export interface UniphoreSupportOptions {
  /** The clock of the Sev 1 "1 hour" and Sev 2 "2 hours" responses and of the 1- and 4-hour escalations. Default `'24x7'`. */
  readonly urgentClock?: SupportClock;
  /** What Sev 2 "Communications on the status will occur daily" means. Default `{ businessDays: 1 }`. */
  readonly dailyUpdates?: SupportTarget;
  /**
   * Read "n business days" (Sev 4 response, Sev 3 updates) as n × this much business time
   * (`{ hours: 9 }` for an 08:00–17:00 day). Default: not set, `addBusinessDays` semantics.
   */
  readonly businessDayLength?: DurationInput;
}

/**
 * {@link uniphoreSupport} with the open readings chosen differently.
 *
 * @throws SlaError `INVALID_ARGUMENT` for an unknown option, `INVALID_POLICY` for a bad option value.
 * @example
 * ```ts
 * import { uniphoreSupportWith } from 'slakit/presets';
 *
 * const policy = uniphoreSupportWith({ urgentClock: 'business', businessDayLength: { hours: 9 } });
 * policy.levels[1].response; //=> { after: { hours: 1 }, clock: 'business' }
 * policy.levels[4].response; //=> { after: 97200000, clock: 'business' } (27 business hours)
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function uniphoreSupportWith(options: UniphoreSupportOptions): SupportPolicy {
  const choices = readOptions(options, 'options', ['urgentClock', 'dailyUpdates', 'businessDayLength']) as UniphoreSupportOptions;
  const length = choices.businessDayLength;
  const policy = uniphorePolicy(oneOf(choices.urgentClock ?? '24x7', 'options.urgentClock', ['24x7', 'business']), choices.dailyUpdates ?? { businessDays: 1 }, (n) =>
    length === undefined ? { businessDays: n } : { after: n * positiveDuration(length, 'options.businessDayLength'), clock: 'business' },
  );
  compilePolicy(policy);
  return policy;
}

/**
 * Per-level values of a NiCE factory; a level left out has none.
 *
 * @example
 * ```ts
 * import type { PerSeverityLevel } from 'slakit/presets';
 * import type { SupportTarget } from 'slakit/cases';
 *
 * const updates: PerSeverityLevel<SupportTarget> = { 1: { after: { hours: 1 }, clock: '24x7' } };
 * ```
 */
export type PerSeverityLevel<T> = { readonly [level in SeverityLevel]?: T };

/**
 * The targets of {@link niceCloudSupport}: the values the NCS tables hold, which the
 * published text does not include.
 *
 * @example
 * ```ts
 * import type { NiceCloudTargets } from 'slakit/presets';
 *
 * const targets: NiceCloudTargets = {
 *   response: { 1: { minutes: 30 }, 2: { hours: 2 }, 3: { hours: 8 }, 4: { businessDays: 2 } },
 *   complianceTarget: 0.9,
 * };
 * ```
 */
export interface NiceCloudTargets {
  /**
   * Target initial response per level. S1 is a length of time on the 24x7 clock; S2–S4 a length of
   * business time, or `{ businessDays }` (NCS §6.1 \*\*).
   */
  readonly response: {
    readonly 1: DurationInput;
    readonly 2: DurationInput | BusinessDaysTarget;
    readonly 3: DurationInput | BusinessDaysTarget;
    readonly 4: DurationInput | BusinessDaysTarget;
  };
  readonly updates?: PerSeverityLevel<SupportTarget>;
  readonly escalation?: PerSeverityLevel<EscalationTarget>;
  readonly resolution?: PerSeverityLevel<SupportTarget>;
  /** Default `'S1'` … `'S4'` (NCS: "S1 Case Severity Level"). */
  readonly labels?: PerSeverityLevel<string>;
  readonly complianceTarget?: number;
}

/**
 * The targets of {@link niceOnPremiseSupport}: the values of the NOP §7.1 severity chart and §7.2
 * hours-of-support table, which the published text does not include.
 *
 * @example
 * ```ts
 * import type { NiceOnPremiseTargets } from 'slakit/presets';
 *
 * const targets: NiceOnPremiseTargets = {
 *   response: { 1: { after: { hours: 1 }, clock: '24x7' }, 2: { after: { hours: 4 }, clock: 'business' },
 *               3: { businessDays: 1 }, 4: { businessDays: 2 } },
 * };
 * ```
 */
export interface NiceOnPremiseTargets {
  /** Target initial response per level, with its clock (the text does not say which clock). */
  readonly response: { readonly [level in SeverityLevel]: SupportTarget };
  readonly updates?: PerSeverityLevel<SupportTarget>;
  readonly escalation?: PerSeverityLevel<EscalationTarget>;
  readonly resolution?: PerSeverityLevel<SupportTarget>;
  /** Default `'Severity Level 1'` … `'Severity Level 4'` (NOP §8.1). */
  readonly labels?: PerSeverityLevel<string>;
  readonly complianceTarget?: number;
  /** Default `{ businessDays: 2 }` (NOP §8.2); `{ after: { hours: 18 }, clock: 'business' }` is the other reading. */
  readonly autoClose?: SupportTarget;
}

type FactoryTargets = Omit<NiceOnPremiseTargets, 'response'> & { readonly response: unknown };

const FACTORY_KEYS = ['response', 'updates', 'escalation', 'resolution', 'labels', 'complianceTarget'];

/**
 * A NiCE policy from its factory's targets, checked: `response` and `label` give each level's.
 * `autoClose` is the default of a factory whose targets may set one (`niceOnPremiseSupport`).
 */
function nicePolicy(
  name: string,
  input: FactoryTargets,
  response: (level: SeverityLevel) => SupportTarget,
  label: (level: SeverityLevel) => string,
  autoClose?: SupportTarget,
): SupportPolicy {
  const targets = plainObject(input, 'targets', 'INVALID_POLICY', autoClose === undefined ? FACTORY_KEYS : [...FACTORY_KEYS, 'autoClose']) as FactoryTargets;
  const responses = targets.response;
  if (typeof responses !== 'object' || responses === null) return invalidPolicy('targets.response', responses, 'is not an object of response targets per level 1–4');
  const level = (n: SeverityLevel): SeverityLevelPolicy => {
    if (!(n in responses)) invalidPolicy(`targets.response.${n}`, undefined, 'is missing; give a response target for every level 1–4');
    const policy: Record<string, unknown> = { label: targets.labels?.[n] ?? label(n), response: response(n) };
    for (const key of ['updates', 'escalation', 'resolution'] as const) {
      const value = targets[key]?.[n];
      if (value !== undefined) policy[key] = value;
    }
    return policy as unknown as SeverityLevelPolicy;
  };
  const policy: SupportPolicy = {
    name,
    levels: { 1: level(1), 2: level(2), 3: level(3), 4: level(4) },
    ...(targets.complianceTarget === undefined ? {} : { complianceTarget: targets.complianceTarget }),
    ...(autoClose === undefined ? {} : { autoClose: targets.autoClose ?? autoClose }),
  };
  compilePolicy(policy);
  return policy;
}

/**
 * The NiCE Cloud Services support policy (NCS §6.1): "Target Initial Response Time for S1 Case
 * Severity Level is based on 24x7x365 Support. Target Initial Response Time for all Case Severity
 * Levels other than S1 is based on standard business days/hours." The targets themselves are in
 * tables, which the published text leaves out, so they are parameters. Use it with
 * `businessHours8to5(customerZone, holidays)`: the text measures business hours in the local
 * time of the customer who created the case.
 *
 * @throws SlaError `INVALID_POLICY` for a missing level or a target of zero or negative length.
 * @example
 * ```ts
 * import { niceCloudSupport } from 'slakit/presets';
 *
 * const policy = niceCloudSupport({ response: { 1: { minutes: 30 }, 2: { hours: 2 }, 3: { hours: 8 }, 4: { businessDays: 2 } } });
 * policy.levels[1].response; //=> { after: { minutes: 30 }, clock: '24x7' }
 * policy.levels[3].response; //=> { after: { hours: 8 }, clock: 'business' }
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function niceCloudSupport(targets: NiceCloudTargets): SupportPolicy {
  return nicePolicy(
    'NiCE Cloud Services support',
    targets,
    (n) => {
      const value = (targets.response as Record<number, unknown>)[n];
      if (n !== 1 && typeof value === 'object' && value !== null && 'businessDays' in value) return value as BusinessDaysTarget;
      // S1 "is based on 24x7x365 Support"; the others "on standard business days/hours".
      return { after: value as DurationInput, clock: n === 1 ? '24x7' : 'business' };
    },
    (n) => `S${n}`,
  );
}

/**
 * The NiCE On-Premise support policy: cases close by themselves two business days after the
 * resolution notice (NOP §8.2: "A Case shall be closed two (2) Business Days following the
 * issuance of a Resolution Notice, unless during such period, Customer notifies NiCE that the
 * Error remains unresolved, in which case, the Case shall remain open."), on the business day of
 * NOP §1 (use `businessHours8to5`). The severity chart (§7.1) and the hours-of-support table
 * (§7.2) are not in the published text, so the targets are parameters.
 *
 * @throws SlaError `INVALID_POLICY` for a missing level or a target of zero or negative length.
 * @example
 * ```ts
 * import { businessHours8to5, niceOnPremiseSupport } from 'slakit/presets';
 * import { evaluateCase } from 'slakit/cases';
 *
 * const policy = niceOnPremiseSupport({ response: { 1: { after: { hours: 1 }, clock: '24x7' },
 *   2: { after: { hours: 4 }, clock: 'business' }, 3: { businessDays: 1 }, 4: { businessDays: 2 } } });
 * policy.autoClose; //=> { businessDays: 2 }
 * const status = evaluateCase(policy, businessHours8to5('America/New_York'), {
 *   severity: 2, openedAt: '2026-11-19T09:00:00-05:00',
 *   events: [{ type: 'responded', at: '2026-11-19T10:00:00-05:00' }, { type: 'resolution-notice', at: '2026-11-20T15:00:00-05:00' }],
 * }, { now: '2026-11-21T12:00:00-05:00' });
 * status.autoCloseAt?.toISOString(); //=> '2026-11-24T20:00:00.000Z' (Tuesday 15:00)
 * status.state; //=> 'resolved'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function niceOnPremiseSupport(targets: NiceOnPremiseTargets): SupportPolicy {
  return nicePolicy(
    'NiCE On-Premise support',
    targets,
    (n) => (targets.response as Record<number, SupportTarget>)[n] as SupportTarget,
    (n) => `Severity Level ${n}`,
    // NOP §8.2: "closed two (2) Business Days following the issuance of a Resolution Notice".
    { businessDays: 2 },
  );
}
