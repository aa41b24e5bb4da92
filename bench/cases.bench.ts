// Case clocks: complianceReport over 1,000,000 generated cases (mixed severities, 0–6 events each)
// on one business calendar in a DST zone (America/New_York, Mon–Fri 08:00–17:00, US holidays),
// plus per-call costs of evaluateCase and classifySeverity, and the memory of a streamed report.
import { type CaseEvent, type CaseInput, classifySeverity, complianceReport, evaluateCase } from '../src/cases/index.js';
import { businessHours8to5, uniphoreSupport } from '../src/presets/index.js';
import { report, timeOnce } from './harness.js';

const calendar = businessHours8to5('America/New_York', [
  { month: 1, day: 1, observed: 'nearest-weekday' },
  { month: 1, weekday: 'mon', nth: 3 },
  { month: 2, weekday: 'mon', nth: 3 },
  { month: 5, weekday: 'mon', nth: -1 },
  { month: 6, day: 19, observed: 'nearest-weekday' },
  { month: 7, day: 4, observed: 'nearest-weekday' },
  { month: 9, weekday: 'mon', nth: 1 },
  { month: 10, weekday: 'mon', nth: 2 },
  { month: 11, day: 11, observed: 'nearest-weekday' },
  { month: 11, weekday: 'thu', nth: 4 },
  { month: 12, day: 25, observed: 'nearest-weekday' },
]);
const MINUTE = 60_000;
const YEAR_START = Date.UTC(2026, 0, 1);
const NOW = Date.UTC(2026, 11, 31, 12); // late-December cases are still pending

/** Deterministic cases: opened over 2026, severities 10/20/40/30%, 0–6 valid events, 1 in 10 reversed. */
function* generateCases(count: number, seed = 7): Generator<CaseInput> {
  let state = seed;
  const random = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let c = 0; c < count; c++) {
    const r = random();
    const severity = r < 0.1 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : 4;
    const openedAt = YEAR_START + Math.floor(random() * 364 * 1440) * MINUTE;
    const wanted = Math.floor(random() * 7);
    const events: CaseEvent[] = [];
    let t = openedAt;
    let paused = false;
    let resolved = false;
    let closed = false;
    while (events.length < wanted) {
      t += Math.floor(1 + random() * (severity <= 2 ? 180 : 2400)) * MINUTE;
      const pick = random();
      let event: CaseEvent;
      if (closed) {
        event = { type: 'reopened', at: t };
        closed = false;
        resolved = false;
      } else if (paused) {
        event = { type: 'resumed', at: t };
        paused = false;
      } else if (resolved) {
        event = pick < 0.6 ? { type: 'closed', at: t } : { type: 'reopened', at: t };
        if (pick < 0.6) closed = true;
        else resolved = false;
      } else if (events.length === 0 && pick < 0.05) {
        event = { type: 'closed', at: t }; // closed before any contact
        closed = true;
      } else if (events.length === 0 || pick < 0.3) {
        event = { type: events.length === 0 ? 'responded' : 'updated', at: t };
      } else if (pick < 0.5) {
        event = { type: 'paused', at: t };
        paused = true;
      } else if (pick < 0.6) {
        event = { type: 'severity-changed', at: t, severity: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4 };
      } else {
        event = { type: 'resolution-notice', at: t };
        resolved = true;
      }
      events.push(event);
    }
    if (events.length > 1 && random() < 0.1) events.reverse();
    yield events.length === 0 ? { id: c, severity, openedAt } : { id: c, severity, openedAt, events };
  }
}

const N = 1_000_000;
const options = { now: NOW };
const cases = [...generateCases(N)];
const eventCount = cases.reduce((sum, c) => sum + (c.events?.length ?? 0), 0);

const arrayMs = timeOnce(() => complianceReport(uniphoreSupport, calendar, cases, options), 3);
const streamMs = timeOnce(() => complianceReport(uniphoreSupport, calendar, generateCases(N), options), 3);
const generateMs = timeOnce(() => {
  let count = 0;
  for (const c of generateCases(N)) count += c.severity;
  return count;
}, 3);
const result = complianceReport(uniphoreSupport, calendar, cases, options);
const perSecond = (ms: number): string => Math.round((N / ms) * 1000).toLocaleString('en-US');

const lines = [
  '### Case clocks (slakit/cases)',
  '',
  `${N.toLocaleString('en-US')} generated cases, ${eventCount.toLocaleString('en-US')} events (0–6 per case, 1 in 10 in reverse order), America/New_York Mon–Fri 08:00–17:00 with 11 yearly holidays, Uniphore policy.`,
  `Result: ${result.met.toLocaleString('en-US')} met, ${result.breached.toLocaleString('en-US')} breached, ${result.pending.toLocaleString('en-US')} pending, ${result.cancelled.toLocaleString('en-US')} cancelled; rate ${result.rate?.toFixed(4)}.`,
  '',
  '| workload | time (best of 3) | cases/s | target |',
  '| --- | ---: | ---: | --- |',
  `| complianceReport over an array of 1,000,000 cases | ${arrayMs.toFixed(0)} ms | ${perSecond(arrayMs)} | ≥ 500,000 cases/s |`,
  `| complianceReport over a generator of 1,000,000 cases (generation included) | ${streamMs.toFixed(0)} ms | ${perSecond(streamMs)} | — |`,
  `| the generator alone | ${generateMs.toFixed(0)} ms | ${perSecond(generateMs)} | — |`,
  '',
];
console.log(lines.join('\n'));

const sample: CaseInput = {
  severity: 3,
  openedAt: '2026-11-20T16:30:00-05:00',
  events: [
    { type: 'responded', at: '2026-11-24T10:00:00-05:00' },
    { type: 'paused', at: '2026-11-24T11:00:00-05:00' },
    { type: 'resumed', at: '2026-11-30T09:00:00-05:00' },
    { type: 'updated', at: '2026-12-01T09:00:00-05:00' },
  ],
};
// Issue 26: the same kind of case with customer messages, reasoned pauses, an assignment and a
// reopening, under a policy with reply targets, pausedBy and reopen cycles.
const helpDeskPolicy = {
  ...uniphoreSupport,
  reopen: 'new-cycle' as const,
  levels: {
    ...uniphoreSupport.levels,
    3: { ...(uniphoreSupport.levels[3] as (typeof uniphoreSupport.levels)[number]), resolution: { businessDays: 5, pausedBy: ['waiting-on-customer'] }, reply: { after: 'PT8H', clock: 'business' as const, pausedBy: ['waiting-on-customer'] } },
  },
};
const helpDeskSample: CaseInput = {
  severity: 3,
  openedAt: '2026-11-20T16:30:00-05:00',
  events: [
    { type: 'assigned', at: '2026-11-20T16:30:00-05:00', team: 'L1' },
    { type: 'responded', at: '2026-11-24T10:00:00-05:00' },
    { type: 'paused', at: '2026-11-24T11:00:00-05:00', reason: 'waiting-on-customer' },
    { type: 'customer-message', at: '2026-11-25T09:00:00-05:00' },
    { type: 'resumed', at: '2026-11-25T10:00:00-05:00' },
    { type: 'assigned', at: '2026-11-25T10:00:00-05:00', team: 'L2' },
    { type: 'resolution-notice', at: '2026-11-26T10:00:00-05:00' },
    { type: 'reopened', at: '2026-11-27T09:00:00-05:00' },
    { type: 'updated', at: '2026-12-01T09:00:00-05:00' },
  ],
};
const thousand = cases.slice(0, 1000);
await report('Case clocks, per call (slakit/cases)', [
  { workload: 'evaluateCase, 4 events, ISO strings', target: '—', tasks: [{ name: 'slakit', fn: () => evaluateCase(uniphoreSupport, calendar, sample, { now: '2026-12-02T12:00:00-05:00' }) }] },
  { workload: 'evaluateCase, 9 help-desk events (messages, reasons, teams, a reopening), reply policy', target: '—', tasks: [{ name: 'slakit', fn: () => evaluateCase(helpDeskPolicy, calendar, helpDeskSample, { now: '2026-12-02T12:00:00-05:00' }) }] },
  { workload: 'complianceReport, 1,000 cases (× 1,000 = cases/s)', target: '≥ 500 ops/s', tasks: [{ name: 'slakit', fn: () => complianceReport(uniphoreSupport, calendar, thousand, options) }] },
  { workload: 'classifySeverity, Uniphore rules', target: '—', tasks: [{ name: 'slakit', fn: () => classifySeverity({ outage: 'major', storageBacklogPercent: 85, workaroundAvailable: true }) }] },
]);

// Memory: the heap after collection, sampled while a report streams N cases from a generator.
const gc = (globalThis as { gc?: () => void }).gc;
if (gc !== undefined) {
  const collect = gc;
  cases.length = 0;
  thousand.length = 0;
  const used = (): number => process.memoryUsage().heapUsed;
  const peakGrowth = (count: number): number => {
    collect();
    const before = used();
    let peak = 0;
    function* sampled(): Generator<CaseInput> {
      let i = 0;
      for (const c of generateCases(count)) {
        if (++i % 100_000 === 0) {
          collect();
          peak = Math.max(peak, used() - before);
        }
        yield c;
      }
    }
    complianceReport(uniphoreSupport, calendar, sampled(), options);
    return peak;
  };
  const rows = [100_000, 1_000_000].map((count) => `| ${count.toLocaleString('en-US')} | ${(peakGrowth(count) / 1024).toFixed(0)} KB |`);
  // For scale: what holding 100,000 of these cases in memory costs.
  collect();
  const before = used();
  const held = [...generateCases(100_000)];
  collect();
  const heldKb = (used() - before) / 1024;
  rows.push(`| (for scale: 100,000 cases held in an array) | ${Math.round(heldKb).toLocaleString('en-US')} KB (${held.length.toLocaleString('en-US')} cases) |`);
  console.log(
    [
      'Memory of a streamed report: the largest heap growth (after a full GC, sampled every 100,000 cases) over the heap before the report.',
      'It must not grow with the number of cases.',
      '',
      '| cases streamed | peak heap growth |',
      '| ---: | ---: |',
      ...rows,
      '',
    ].join('\n'),
  );
}
