// The cross-check: generated cases and incidents (several zones, a holidays column, severity
// changes, pauses, openings at the month's edges, a file of many chunks) run through `cases`,
// `compliance`, `availability` and `report --format json`, with --jobs 1 and 2: every figure two
// outputs both show must be equal. In this process (in chunks), and --jobs 2 through the built
// command with its worker threads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './in-process.js';
import { slakit } from './spawn.js';

/** 16 KiB chunks: the case file is cut into four or more. */
const ENV = { SLAKIT_CHUNK_CHARS: String(1 << 14) };
const CONTRACT = ['--contract', 'examples/contracts/northwind-cloud.json', '--tz', 'America/New_York', '--now', '2026-11-03T12:00:00Z'];
const MONTH = ['--month', '2026-10'];
const ZONES = ['America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'Europe/London', ''];
const HOLIDAYS = ['US-NY', 'JP', 'AU-NSW', 'GB-ENG', ''];
const CAUSES = ['unplanned', 'scheduled-maintenance', 'customer-caused', 'emergency-maintenance', 'third-party'];

let cases = '';
let incidents = '';
let renewalFile = '';

/** A deterministic generator. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31), state / 2 ** 31);
}

const iso = (ms: number): string => new Date(ms).toISOString();

function caseCsv(count: number): string {
  const next = random(21);
  const lines = ['id,severity,openedAt,respondedAt,resolutionNoticeAt,events,timeZone,holidays'];
  // From 29 September to 2 November: openings on both sides of the month's edges in every zone.
  const from = Date.UTC(2026, 8, 29);
  for (let i = 0; i < count; i++) {
    const z = Math.floor(next() * ZONES.length);
    const opened = from + Math.floor(next() * 34 * 1440) * 60_000;
    const responded = next() < 0.85 ? opened + Math.floor(1 + next() * 900) * 60_000 : null;
    const events: string[] = [];
    if (next() < 0.2) events.push(`severity-changed:${1 + Math.floor(next() * 5)}@${iso(opened + Math.floor(1 + next() * 600) * 60_000)}`);
    if (next() < 0.15) {
      const paused = opened + Math.floor(1 + next() * 300) * 60_000;
      events.push(`paused@${iso(paused)}`, `resumed@${iso(paused + Math.floor(1 + next() * 600) * 60_000)}`);
    }
    if (responded !== null && next() < 0.3) events.push(`updated@${iso(responded + Math.floor(1 + next() * 400) * 60_000)}`);
    const notice = responded !== null && next() < 0.5 ? iso(responded + Math.floor(1 + next() * 3000) * 60_000) : '';
    const severity = ['1', '2', '3', '4', '5', 'P2', 'High'][Math.floor(next() * 7)];
    lines.push([`C-${i}`, severity, iso(opened), responded === null ? '' : iso(responded), notice, events.length === 0 ? '' : `"${events.join(';')}"`, ZONES[z], HOLIDAYS[z]].join(','));
  }
  return `${lines.join('\n')}\n`;
}

function incidentCsv(count: number): string {
  const next = random(7);
  const lines = ['id,start,end,cause'];
  const from = Date.UTC(2026, 8, 30, 12);
  for (let i = 0; i < count; i++) {
    const start = from + Math.floor(next() * 32 * 1440 * 60) * 1000;
    lines.push(`I-${i},${iso(start)},${iso(start + Math.floor(20 + next() * 7200) * 1000)},${CAUSES[Math.floor(next() * CAUSES.length)]}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `slakit` in this process (chunked as the built command chunks), or with `--jobs 2` the built command with its worker threads. */
function run<T>(args: readonly string[]): T {
  const result = args.includes('--jobs') ? slakit(args, undefined, ENV) : cli(args);
  if (result.code !== 0) throw new Error(`slakit ${args.join(' ')}: exit ${result.code}\n${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

interface Counts { total: number; met: number; breached: number; pending: number; cancelled: number; rate: number | null }
interface Row extends Counts { level: number; label: string }
interface Compliance extends Counts {
  bySeverity: Row[];
  resolution: Counts & { bySeverity: Row[] };
  updates: Counts & { missedUpdates: number; bySeverity: (Row & { missedUpdates: number })[] };
}
interface Judged { target: number | null; met: boolean | null; creditPercent: number | null; creditTier: unknown }
interface Report {
  availability: Judged & { x: number; y: number; z: number; percent: number | null; timeZone: string };
  renewal: { currency: string; terms: unknown[] };
  compliance: { cases: number; response: Row[]; resolution: Row[]; updates: Row[]; breaches: { id: string; kind: string; overrunMinutes: number }[] };
}
interface Status { id: string; response: { outcome: keyof Counts }; missedUpdates: number }

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'slakit-cross-'));
  cases = join(dir, 'cases.csv');
  incidents = join(dir, 'incidents.csv');
  writeFileSync(cases, caseCsv(800));
  writeFileSync(incidents, incidentCsv(400));
  renewalFile = join(dir, 'renewal.json');
  writeFileSync(renewalFile, JSON.stringify({ feeMinor: 12_000_000, start: '2026-03-15', cpi: [0.031, 0.09], currency: 'USD' }));
  process.env['SLAKIT_CHUNK_CHARS'] = ENV.SLAKIT_CHUNK_CHARS;
});

afterAll(() => {
  delete process.env['SLAKIT_CHUNK_CHARS'];
});

describe('every figure two outputs both show is equal', () => {
  it('cases, compliance and the report agree on the month’s cases, with --jobs 1 and 2', () => {
    const compliance = [[], ['--jobs', '2']].map((jobs) => run<Compliance>(['compliance', cases, '--json', ...CONTRACT, ...MONTH, ...jobs]));
    expect(compliance[1]).toEqual(compliance[0]);
    const c = compliance[0] as Compliance;
    const listed = [[], ['--jobs', '2']].map((jobs) => run<{ cases: Status[] }>(['cases', cases, '--json', ...CONTRACT, ...MONTH, ...jobs]).cases);
    expect(listed[1]).toEqual(listed[0]);
    const statuses = listed[0] as Status[];
    const report = run<Report>(['report', '--format', 'json', '--cases', cases, '--incidents', incidents, '--renewal', renewalFile, ...CONTRACT, ...MONTH, '--region', 'Americas']);
    const r = report.compliance;

    // The month's cases: one count in all three.
    expect(c.total).toBeGreaterThan(500);
    expect(statuses.length).toBe(c.total);
    expect(r.cases).toBe(c.total);
    // Response outcomes: the cases' statuses add up to compliance's counts.
    for (const outcome of ['met', 'breached', 'pending', 'cancelled'] as const) expect(statuses.filter((s) => s.response.outcome === outcome).length).toBe(c[outcome]);
    // Per level, for response, resolution and updates: one shape, one value. The report's rows are
    // compliance's `bySeverity` lists, level, label, counts, rate, target and missed updates alike.
    expect(r.response).toEqual(c.bySeverity);
    expect(r.resolution).toEqual(c.resolution.bySeverity);
    expect(r.updates).toEqual(c.updates.bySeverity);
    expect(c.bySeverity.map((row) => row.level)).toEqual([1, 2, 3, 4, 5]);
    // Breaches: one per breached response and resolution, and one per case with missed updates.
    const breaches = (target: string): number => r.breaches.filter((b) => b.kind === target).length;
    expect(breaches('response')).toBe(c.breached);
    expect(breaches('resolution')).toBe(c.resolution.breached);
    expect(r.breaches.filter((b) => b.kind === 'updates').reduce((t, b) => t + b.overrunMinutes, 0)).toBe(c.updates.missedUpdates);
    // A breached case is one thing: `cases --breached` lists the cases the report lists breaches of.
    const breached = run<{ cases: Status[] }>(['cases', cases, '--json', '--breached', ...CONTRACT, ...MONTH]).cases.map((s) => s.id);
    expect(breached).toEqual([...new Set(r.breaches.map((b) => b.id))]);
    expect(breached).toEqual(statuses.filter((s) => s.response.outcome === 'breached' || s.missedUpdates > 0 || r.breaches.some((b) => b.id === s.id)).map((s) => s.id));

    // Availability: the command and the report measure one month, whatever --tz shows.
    const availability = [[], ['--jobs', '2']].map((jobs) => run<Judged & { totalMinutes: number; excusableMinutes: number; unscheduledMinutes: number; percent: number; timeZone: string }>(['availability', incidents, '--json', ...CONTRACT.slice(0, 4), ...MONTH, '--region', 'Americas', ...jobs]));
    expect(availability[1]).toEqual(availability[0]);
    const a = availability[0]!;
    expect(a.unscheduledMinutes).toBeGreaterThan(0);
    expect({ x: report.availability.x, y: report.availability.y, z: report.availability.z, percent: report.availability.percent, timeZone: report.availability.timeZone }).toEqual({ x: a.totalMinutes, y: a.excusableMinutes, z: a.unscheduledMinutes, percent: a.percent, timeZone: a.timeZone });
    // The target, whether it is met and the credit: one judgement, one shape.
    const judged = ({ target, met, creditPercent, creditTier }: Judged): Judged => ({ target, met, creditPercent, creditTier });
    expect(judged(report.availability)).toEqual(judged(a));
    expect(a.creditPercent).toBeGreaterThan(0);

    // Renewal fees: the report's terms are `renewal --json`'s rows.
    const renewal = run<{ currency: string; terms: unknown[] }>(['renewal', '--json', '--contract', 'examples/contracts/northwind-cloud.json', '--fee', '120000.00', '--start', '2026-03-15', '--cpi', '3.1%,9%', '--years', '3']);
    expect(report.renewal.terms).toEqual(renewal.terms);
    expect(report.renewal.currency).toBe(renewal.currency);
  });
});
