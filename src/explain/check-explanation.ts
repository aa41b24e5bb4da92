// The shape of an Explanation, checked before it is rendered: an explanation may be stored as
// JSON and read back, and formatExplanation must answer with an SlaError, never a TypeError.
import { fail } from '../core/errors.js';
import { type Check, either, list, number, object, oneOf, optional, orNull, text } from '../core/shape.js';

const clause = optional(object({ doc: text, section: text, quote: optional(text) }));
const stretch = object({ date: text, weekday: text, from: text, to: text, start: text, end: text, minutes: number });
const dueTime = object({
  label: optional(text),
  clock: oneOf('business', '24x7'),
  timeZone: text,
  start: text,
  due: text,
  targetMinutes: number,
  businessDays: optional(number),
  deadline: optional(text),
  stretches: list(stretch),
  skippedDays: list(object({ date: text, weekday: text, reason: text })),
  dstChanges: list(object({ wall: text, from: text, to: text })),
  pauses: list(object({ start: text, end: text, minutes: number })),
  source: clause,
});
const SHAPES: Readonly<Record<string, Check>> = {
  'due-time': dueTime,
  case: object({ id: optional(either(text, number, 'a text or a number')), severity: number, plan: optional(object({ name: text, rule: number })), response: dueTime, resolution: orNull(dueTime), update: orNull(dueTime) }),
  'renewal-fee': object({
    feeMinor: text,
    cpi: object({ change: number, previous: optional(number), current: optional(number), period: optional(text) }),
    candidates: list(object({ rule: text, rate: number })),
    rule: text,
    rate: number,
    exactRate: text,
    unroundedMinor: text,
    rounding: text,
    renewedMinor: text,
    source: clause,
  }),
  availability: object({
    month: text,
    timeZone: text,
    x: number,
    y: number,
    z: number,
    dropped: number,
    percent: orNull(number),
    incidents: list(
      object({
        index: number,
        id: optional(text),
        cause: text,
        start: text,
        end: text,
        excusableMs: number,
        unscheduledMs: number,
        droppedMs: number,
        overlappedMs: number,
        excusableMinutes: number,
        unscheduledMinutes: number,
        droppedMinutes: number,
        overlappedMinutes: number,
        windows: list(object({ id: optional(text), region: optional(text), start: text, end: text })),
        source: clause,
      }),
    ),
    source: clause,
  }),
};

/** Checks that `explanation` has the shape of one of the four explanations; `INVALID_ARGUMENT` names the first field that does not. */
export function checkExplanation(explanation: unknown): void {
  const kind = (explanation as { kind?: unknown } | null)?.kind;
  if (typeof explanation !== 'object' || explanation === null || typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(SHAPES, kind)) {
    return fail('INVALID_ARGUMENT', 'explanation.kind', kind, `is not an explanation's kind; expected one of ${Object.keys(SHAPES).join(', ')} (an explanation from slakit/explain)`);
  }
  (SHAPES[kind] as Check)(explanation, 'explanation');
}
