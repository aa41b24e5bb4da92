// The support policy and business calendar a case command works with, from its options.
import { withTimeZone } from '../calendar/with-time-zone.js';
import { createCalendar } from '../calendar/create-calendar.js';
import type { Calendar, CalendarSpec } from '../calendar/types.js';
import type { SupportPolicy, SupportTarget } from '../cases/types.js';
import { validateSupportPolicy } from '../cases/validate-support-policy.js';
import { parseDuration } from '../core/duration.js';
import { isValidTimeZone } from '../core/time-zone.js';
import { businessHours8to5, uniphoreSupport } from '../presets/support.js';
import type { CommandContext } from './command.js';
import { HOLIDAYS_HELP, holidaysOption } from './holidays.js';
import { fromOption, readJsonOption, stringOption } from './options.js';
import { UsageError } from './usage-error.js';

/** The options every case command takes. */
export const SUPPORT_OPTIONS = {
  preset: { type: 'string' },
  policy: { type: 'string' },
  tz: { type: 'string' },
  holidays: { type: 'string' },
  'holiday-types': { type: 'string' },
  calendar: { type: 'string' },
} as const;

/** Their `--help` lines. */
export const SUPPORT_HELP = [
  '  --preset NAME       the support policy: uniphore (TERMS §2–3); or --policy FILE',
  '  --policy FILE       a SupportPolicy as JSON (docs/cases.md), instead of --preset',
  '  --tz ZONE           the customer’s IANA time zone (business hours are local to the customer)',
  ...HOLIDAYS_HELP,
  '  --calendar FILE     a CalendarSpec as JSON instead of Mon–Fri 08:00–17:00 (its zone is replaced by --tz)',
];

/** The policy of `--preset` or `--policy`. */
export function supportPolicyOption(context: CommandContext): SupportPolicy {
  const preset = stringOption(context, 'preset');
  const file = stringOption(context, 'policy');
  if (preset !== undefined && file !== undefined) throw new UsageError('give --preset or --policy, not both');
  if (file !== undefined) {
    const policy = readJsonOption(context, 'policy', file);
    fromOption('policy', () => validateSupportPolicy(policy));
    return policy as SupportPolicy;
  }
  if (preset === undefined) throw new UsageError('--preset is required: uniphore (or give --policy FILE)');
  if (preset !== 'uniphore') {
    throw new UsageError(`--preset: '${preset}' is not a support preset the command knows; expected uniphore (NiCE's targets are not published: write them in a --policy file)`);
  }
  return uniphoreSupport;
}

/** The business calendar of `--calendar` or Mon–Fri 08:00–17:00, in `timeZone`, with `--holidays`. */
export function calendarOption(context: CommandContext, timeZone: string): Calendar {
  const holidays = holidaysOption(context);
  const file = stringOption(context, 'calendar');
  if (file === undefined) return fromOption('holidays', () => businessHours8to5(timeZone, holidays));
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
  if ('businessDays' in target) return `${target.businessDays} business ${target.businessDays === 1 ? 'day' : 'days'}`;
  const hours = parseDuration(target.after) / 3_600_000;
  const amount = Number.isInteger(hours) ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : `${hours * 60} minutes`;
  return target.clock === 'business' ? `${amount.replace(/(hours?|minutes)$/, 'business $1')}` : `${amount}, around the clock`;
}
