import { fail } from '../core/errors.js';
import { isCivilDate } from '../core/civil-date.js';
import { plainObject } from '../core/plain-data.js';
import type { DateInput } from '../core/instant.js';
import type { RenewalTerm } from '../renewal/renewal-schedule.js';
import { feedOptions } from './feed-options.js';
import { calendarText, type Component, date, text, uid, utc } from './ics-text.js';

/**
 * Options of {@link renewalDeadlinesToIcs}.
 *
 * @example
 * ```ts
 * import type { RenewalIcsOptions } from 'slakit/ics';
 *
 * const options: RenewalIcsOptions = { contract: 'Acme support', reminderDays: 30, now: '2026-03-15T00:00:00Z' };
 * ```
 */
export interface RenewalIcsOptions {
  /** The contract's name, in each summary and UID (so two contracts' feeds never collide). Default `'contract'`. */
  readonly contract?: string;
  /** Days before the deadline at which the reminder (VALARM) fires; a whole number ≥ 0. Default 14. */
  readonly reminderDays?: number;
  /** When the feed is made: every event's DTSTAMP. Pass it so the output is reproducible. */
  readonly now: DateInput;
  /** The calendar's display name (X-WR-CALNAME). */
  readonly name?: string;
  /** The domain of the UIDs. Default `'slakit'`. */
  readonly uidDomain?: string;
}

function termOf(value: unknown, i: number): Pick<RenewalTerm, 'term' | 'end' | 'noticeDeadline'> {
  const at = `terms[${i}]`;
  const term = plainObject(value, at, 'INVALID_ARGUMENT');
  if (!Number.isSafeInteger(term['term']) || (term['term'] as number) < 1) fail('INVALID_ARGUMENT', `${at}.term`, term['term'], 'is not a term number ≥ 1');
  for (const key of ['end', 'noticeDeadline']) {
    if (!isCivilDate(term[key])) fail('INVALID_DATE', `${at}.${key}`, term[key], "is not a date such as '2027-03-14'");
  }
  return term as unknown as RenewalTerm;
}

/**
 * Each support term's Non-Renewal Notice deadline (from `renewalSchedule`) as an all-day event
 * in an iCalendar (RFC 5545) feed, with a reminder (VALARM) `reminderDays` before it. The UID is
 * the contract and the term number, so importing a later feed (a new CPI-U, another notice
 * period) updates the same events.
 *
 * @throws SlaError `INVALID_ARGUMENT` for missing `now`, a bad option or a term without a number;
 * `INVALID_DATE` for a term whose dates are not `'YYYY-MM-DD'`.
 * @example
 * ```ts
 * import { renewalDeadlinesToIcs } from 'slakit/ics';
 * import { renewalSchedule } from 'slakit/renewal';
 *
 * const terms = renewalSchedule({ feeMinor: 1_200_000, start: '2026-03-15', renewals: [{ cpi: 0.031 }] });
 * const ics = renewalDeadlinesToIcs(terms, { contract: 'acme', reminderDays: 30, now: '2026-03-15T00:00:00Z' });
 * ics.split('\r\n').filter((line) => /^(UID|DTSTART|TRIGGER)/.test(line));
 * //=> ['UID:renewal-notice-acme-term-1@slakit', 'DTSTART;VALUE=DATE:20270113', 'TRIGGER:-P30D',
 * //    'UID:renewal-notice-acme-term-2@slakit', 'DTSTART;VALUE=DATE:20280114', 'TRIGGER:-P30D']
 * ```
 */
export function renewalDeadlinesToIcs(terms: readonly Pick<RenewalTerm, 'term' | 'end' | 'noticeDeadline'>[], options: RenewalIcsOptions): string {
  const { now, name, uidDomain, values } = feedOptions(options, ['contract', 'reminderDays']);
  const contract = values['contract'] ?? 'contract';
  if (typeof contract !== 'string' || contract === '') fail('INVALID_ARGUMENT', 'options.contract', contract, 'is not a non-empty string');
  const reminderDays = values['reminderDays'] ?? 14;
  if (!Number.isSafeInteger(reminderDays) || (reminderDays as number) < 0) fail('INVALID_ARGUMENT', 'options.reminderDays', reminderDays, 'is not a whole number of days ≥ 0');
  if (!Array.isArray(terms)) fail('INVALID_ARGUMENT', 'terms', terms, 'is not an array of terms from renewalSchedule');
  const stamp = utc(now);
  const events: Component[] = terms.map((value, i) => {
    const term = termOf(value, i);
    const summary = `${contract}: last day for a Non-Renewal Notice (term ${term.term} ends ${term.end})`;
    const description = `A Non-Renewal Notice sent by ${term.noticeDeadline} stops the renewal after term ${term.term}, which ends ${term.end}. Without it the next term renews and its fee is owed.`;
    return {
      name: 'VEVENT',
      properties: [
        ['UID', text(uid(['renewal-notice', contract, 'term', term.term], uidDomain))],
        ['DTSTAMP', stamp],
        ['DTSTART;VALUE=DATE', date(term.noticeDeadline)],
        ['DTEND;VALUE=DATE', date(term.noticeDeadline, 1)],
        ['SUMMARY', text(summary)],
        ['DESCRIPTION', text(description)],
        ['TRANSP', 'TRANSPARENT'],
      ],
      components: [
        {
          name: 'VALARM',
          properties: [
            ['ACTION', 'DISPLAY'],
            ['TRIGGER', reminderDays === 0 ? 'PT0S' : `-P${reminderDays as number}D`],
            ['DESCRIPTION', text(`In ${reminderDays as number} days: ${summary}`)],
          ],
        },
      ],
    };
  });
  return calendarText(name, events);
}
