// The support policy and business calendar a case command works with, from its options.
import { withTimeZone } from '../calendar/with-time-zone.js';
import { createCalendar } from '../calendar/create-calendar.js';
import type { Calendar, CalendarSpec } from '../calendar/types.js';
import type { CaseInput, SupportPolicy, SupportTarget } from '../cases/types.js';
import { selectPlan } from '../contract/support-plans.js';
import { deadlineText } from '../cases/deadline.js';
import { parseDuration } from '../core/duration.js';
import { isValidTimeZone } from '../core/time-zone.js';
import type { Contract } from '../contract/types.js';
import type { CommandContext } from './command.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, contractOption, contractPart } from './contract-option.js';
import { contractHolidays, HOLIDAYS_HELP, holidaysOption } from './holidays.js';
import { fromOption, readJsonOption, stringOption } from './options.js';
import { UsageError } from './usage-error.js';
import { guide } from './guide.js';

/** The options every case command takes. */
export const SUPPORT_OPTIONS = {
  ...CONTRACT_OPTIONS,
  tz: { type: 'string' },
  holidays: { type: 'string' },
  'holiday-types': { type: 'string' },
  calendar: { type: 'string' },
} as const;

/** Their `--help` lines. */
export const SUPPORT_HELP = [
  ...CONTRACT_HELP,
  '  --tz ZONE             the customer’s IANA time zone (business hours are local to the customer)',
  ...HOLIDAYS_HELP,
  '                      (replace the contract’s holidays)',
  '  --calendar FILE       a CalendarSpec as JSON instead of the contract’s business hours (its zone is',
  '                        replaced by --tz)',
];

// One contract per run (keyed by the run's option values, which every chunk's context shares):
// case commands ask for the calendar of each customer zone they meet.
const contracts = new WeakMap<CommandContext['values'], Contract>();

/** The contract of `--contract` with its business hours and support targets, loaded once per run. */
export function supportContract(context: CommandContext): Contract {
  let contract = contracts.get(context.values);
  if (contract === undefined) {
    contract = contractOption(context, ['businessHours', 'support'], true);
    contracts.set(context.values, contract);
  }
  return contract;
}

/** Makes `contract` the run's contract (a command that reads a contract history gives the version whose calendar and labels it uses). */
export function useSupportContract(context: CommandContext, contract: Contract): void {
  contracts.set(context.values, contract);
}

/** The support policy of the contract. */
export function supportPolicyOption(context: CommandContext): SupportPolicy {
  const contract = supportContract(context);
  return contractPart(contract, contract.support, 'support targets', 'it cannot time cases');
}

/** The business calendar of `--calendar` or of the contract, in `timeZone`, with `--holidays` replacing its holidays. */
export function calendarOption(context: CommandContext, timeZone: string, own?: CalendarSpec['holidays']): Calendar {
  const holidays = own ?? holidaysOption(context);
  const file = stringOption(context, 'calendar');
  if (file === undefined) {
    const contract = supportContract(context);
    contractPart(contract, contract.businessHours, 'business hours', 'give --calendar FILE');
    const named = own ?? contractHolidays(context, contract.businessHours?.holidays);
    return fromOption('holidays', () => contract.calendarFor(timeZone, named === undefined ? {} : { holidays: named }));
  }
  const spec = readJsonOption(context, 'calendar', file) as CalendarSpec;
  return fromOption('calendar', () => withTimeZone(createCalendar(holidays === undefined ? spec : { ...spec, holidays }), timeZone));
}

/** `--tz`, checked; `required` false returns undefined when it is absent. */
export function timeZoneOption(context: CommandContext, required: boolean): string | undefined {
  const zone = stringOption(context, 'tz');
  if (zone === undefined) {
    if (required) throw new UsageError("--tz is required: the customer's IANA time zone, e.g. America/New_York");
    return undefined;
  }
  if (!isValidTimeZone(zone)) throw new UsageError(`--tz: INVALID_TIME_ZONE: '${zone}' is not an IANA time zone such as America/New_York`);
  return zone;
}

/** `1 h (24x7)`, `24 business hours`, `3 business days`. */
export function describeTarget(target: SupportTarget): string {
  if ('businessDays' in target && 'by' in target && typeof target.by === 'string') return deadlineText(target.businessDays, target.by);
  if ('businessDays' in target) return `${target.businessDays} business ${target.businessDays === 1 ? 'day' : 'days'}`;
  const hours = parseDuration(target.after) / 3_600_000;
  const amount = Number.isInteger(hours) ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : `${hours * 60} minutes`;
  return target.clock === 'business' ? `${amount.replace(/(hours?|minutes)$/, 'business $1')}` : `${amount}, around the clock`;
}

/** The plan and policy a case runs under: `plan` is `null` under plain `support.levels`. */
export interface CasePolicy {
  readonly plan: string | null;
  readonly policy: SupportPolicy;
}

/**
 * How the cases of a run find their policy: one policy under plain `support.levels`, or with
 * `support.plans` the plan the contract's `select` rules pick from the case's fields (a case no
 * rule matches is a bad record, named with its fields).
 */
export function casePolicyOption(context: CommandContext): { plans: readonly string[] | null; policyOf: (input: CaseInput) => CasePolicy; policies: readonly SupportPolicy[] } {
  const contract = supportContract(context);
  const plans = contract.supportPlans;
  if (plans === undefined) {
    const policy = supportPolicyOption(context);
    const only = { plan: null, policy };
    return { plans: null, policyOf: () => only, policies: [policy] };
  }
  const names = Object.keys(plans.plans);
  return { plans: names, policyOf: (input) => {
      const choice = selectPlan(contract, input as Pick<CaseInput, 'attributes' | 'id'>);
      return { plan: choice.plan, policy: choice.policy };
    }, policies: names.map((name) => plans.plans[name] as SupportPolicy) };
}

/** The case fields the contract's plan rules look at (columns the readers keep in each case's `attributes`). */
export function planFields(contract: Contract): string[] {
  return [...new Set((contract.supportPlans?.select ?? []).flatMap((rule) => Object.keys(rule.when ?? {})))];
}
