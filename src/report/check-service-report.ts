// The shape of a ServiceReport, checked before it is rendered: a report may be a stored JSON file
// read back, and a renderer must never meet a script where it expects a date or a number.
import { boolean, either, list, number, object, oneOf, optional, orNull, text } from '../core/shape.js';

const clauses = list(object({ rule: text, title: text, section: text, quote: optional(text) }));
const complianceRows = list(object({ level: number, label: text, total: number, met: orNull(number), breached: orNull(number), pending: orNull(number), cancelled: number, rate: orNull(number), target: orNull(number), meetsTarget: orNull(boolean), missedUpdates: optional(orNull(number)) }));

const version = object({ index: number, from: orNull(text), to: orNull(text), label: text });
const counted = object({ met: number, breached: number, rate: orNull(number) });
const spread = object({ median: number, p90: number });
const typical = list(object({ level: number, label: text, count: number, business: spread, wall: spread }));

const REPORT = object({
  title: text,
  contract: object({ name: orNull(text), vendor: orNull(text), sources: list(object({ id: optional(text), title: text, publisher: optional(text), url: optional(text), retrieved: optional(text) })) }),
  month: text,
  timeZone: text,
  region: orNull(text),
  asOf: text,
  findings: list(text),
  previous: orNull(object({ month: text, availability: orNull(number), cases: orNull(number), response: complianceRows, resolution: complianceRows })),
  availability: orNull(
    object({
      timeZone: text,
      x: number,
      y: number,
      z: number,
      percent: orNull(number),
      target: orNull(number),
      met: orNull(boolean),
      creditPercent: orNull(number),
      creditTier: optional(orNull(object({ atLeast: number, below: number, creditPercent: number }))),
      credit: orNull(object({ currency: text, feeMinor: either(number, text, 'a number or a text'), amountMinor: either(number, text, 'a number or a text'), amount: text, appliedPercent: number, belowMinimum: boolean, claimBy: orNull(text) })),
      borrowedFormula: optional(text),
      days: list(object({ date: text, unscheduled: number, excusable: number, maintenance: number, causes: list(text) })),
      incidents: list(object({ id: text, cause: text, start: text, end: text, excusableMinutes: number, unscheduledMinutes: number, window: orNull(text) })),
      clauses,
      versions: optional(list(object({ index: number, from: orNull(text), to: orNull(text), label: text, start: text, end: text, totalMinutes: number, excusableMinutes: number, unscheduledMinutes: number }))),
      termsVersion: optional(number),
    }),
  ),
  compliance: orNull(
    object({
      cases: number,
      customers: list(
        object({
          customer: text,
          cases: number,
          response: counted,
          resolution: counted,
          missedUpdates: number,
          breaches: number,
          worstOverrun: orNull(object({ id: text, kind: oneOf('response', 'resolution'), overrunMinutes: number })),
          shortfall: number,
          plan: optional(text),
          version: optional(number),
        }),
      ),
      typicalTimes: orNull(object({ response: typical, resolution: typical })),
      notMeasured: optional(list(oneOf('response', 'resolution', 'updates'))),
      parts: optional(list(object({ plan: orNull(text), version: orNull(version), name: text, cases: number, response: complianceRows, resolution: complianceRows, updates: complianceRows }))),
      response: complianceRows,
      resolution: complianceRows,
      updates: complianceRows,
      breaches: list(object({ id: text, customer: orNull(text), timeZone: text, level: number, label: text, kind: oneOf('response', 'resolution', 'updates'), dueAt: text, at: text, overrunMinutes: number, overrunBusinessMinutes: number, explanation: text, plan: optional(text), version: optional(number) })),
      clauses,
    }),
  ),
  maintenance: orNull(object({ zone: text, windows: list(object({ region: optional(text), start: text, end: text, local: text })), clauses })),
  renewal: orNull(
    object({
      customer: orNull(text),
      currency: text,
      terms: list(object({ term: number, start: text, end: text, feeMinor: either(number, text, 'a number or a text'), fee: text, rate: number, rule: text, noticeDeadline: text })),
      nextNotice: orNull(object({ term: number, deadline: text, daysLeft: number })),
      explanation: orNull(text),
      clauses,
    }),
  ),
});

/** Checks that `report` has the shape of a ServiceReport; `INVALID_ARGUMENT` names the first field that does not. */
export function checkServiceReport(report: unknown): void {
  REPORT(report, 'report');
}
