// The shape of a ServiceReport, checked before it is rendered: a report may be a stored JSON file
// read back, and a renderer must never meet a script where it expects a date or a number.
import { fail } from '../core/errors.js';
import { hasOwn } from '../core/plain-data.js';

type Check = (value: unknown, path: string) => void;

const bad = (path: string, value: unknown, expected: string): never => fail('INVALID_ARGUMENT', path, value, `is not ${expected}`);

const text: Check = (value, path) => {
  if (typeof value !== 'string') bad(path, value, 'a text');
};
const number: Check = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) bad(path, value, 'a finite number');
};
const boolean: Check = (value, path) => {
  if (typeof value !== 'boolean') bad(path, value, 'true or false');
};
const orNull =
  (check: Check): Check =>
  (value, path) => {
    if (value !== null) check(value, path);
  };
const optional =
  (check: Check): Check =>
  (value, path) => {
    if (value !== undefined) check(value, path);
  };
const oneOf =
  (...values: readonly string[]): Check =>
  (value, path) => {
    if (!values.includes(value as string)) bad(path, value, `one of ${values.join(', ')}`);
  };
const list =
  (check: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return bad(path, value, 'a list');
    for (let i = 0; i < value.length; i++) check(value[i], `${path}[${i}]`);
  };
const object =
  (fields: Readonly<Record<string, Check>>): Check =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad(path, value, 'an object');
    for (const [key, check] of Object.entries(fields)) check(hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined, `${path}.${key}`);
  };

const clauses = list(object({ rule: text, title: text, section: text, quote: optional(text) }));
const complianceRows = list(object({ level: number, label: text, met: number, breached: number, pending: number, rate: orNull(number), target: orNull(number), meetsTarget: orNull(boolean) }));

const REPORT = object({
  title: text,
  contract: object({ name: orNull(text), vendor: orNull(text), sources: list(object({ id: optional(text), title: text, publisher: optional(text), url: optional(text), retrieved: optional(text) })) }),
  month: text,
  timeZone: text,
  region: orNull(text),
  asOf: text,
  availability: orNull(
    object({
      x: number,
      y: number,
      z: number,
      percent: orNull(number),
      target: orNull(number),
      met: orNull(boolean),
      creditPercent: orNull(number),
      days: list(object({ date: text, unscheduled: number, excusable: number, maintenance: number, causes: list(text) })),
      incidents: list(object({ id: text, cause: text, start: text, end: text, excusableMinutes: number, unscheduledMinutes: number, window: orNull(text) })),
      clauses,
    }),
  ),
  compliance: orNull(
    object({
      cases: number,
      response: complianceRows,
      resolution: complianceRows,
      updates: complianceRows,
      breaches: list(object({ id: text, level: number, label: text, target: oneOf('response', 'resolution', 'updates'), dueAt: text, at: text, overrunMinutes: number, explanation: text })),
      clauses,
    }),
  ),
  maintenance: orNull(object({ zone: text, windows: list(object({ region: optional(text), start: text, end: text, local: text })), clauses })),
  renewal: orNull(
    object({
      customer: orNull(text),
      currency: text,
      terms: list(object({ term: number, start: text, end: text, fee: text, rate: number, rule: text, noticeDeadline: text })),
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
