// What the HTML and the Markdown both put where: the breaches the body lists, the estimate of the
// appendix's printed pages, the customers page 1 names, a change against the compared month.
import { formatPercent } from '../core/percent.js';
import type { ReportBreach, ReportCompliancePart, ReportComplianceRow, ReportCustomer } from './types.js';

/** How many of the largest overruns the body lists. */
export const BODY_BREACHES = 20;
/** The appendix estimate: characters of explanation per printed line, and lines per printed A4 page. */
export const LINE_CHARS = 100;
export const PAGE_LINES = 54;
/** Lines a breach takes besides its explanation: its heading (about two lines) and the spacing. */
const BREACH_LINES = 3.5;

/** The places (in the report's list) of the largest response and resolution overruns, largest first. */
export function largestOverruns(breaches: readonly ReportBreach[], count = BODY_BREACHES): number[] {
  return breaches
    .map((b, i) => [b, i] as const)
    .filter(([b]) => b.kind !== 'updates')
    .sort(([a, i], [b, j]) => b.overrunMinutes - a.overrunMinutes || i - j)
    .slice(0, count)
    .map(([, i]) => i);
}

/**
 * The printed A4 pages the list of every breach adds, estimated from its rows: each breach takes
 * BREACH_LINES lines and its explanation's lines, each wrapped at LINE_CHARS characters, and a page
 * holds PAGE_LINES such lines (10 pt text, 15 mm margins; calibrated against Chromium's A4 print of
 * the generated month, which the browser test checks within a quarter).
 */
export function appendixPages(breaches: readonly ReportBreach[]): number {
  let lines = 2;
  for (const b of breaches) {
    lines += BREACH_LINES;
    for (const line of b.explanation.split('\n')) lines += Math.max(1, Math.ceil(line.length / LINE_CHARS));
  }
  return breaches.length === 0 ? 0 : Math.ceil(lines / PAGE_LINES);
}

/** The customers below target, furthest first (at most `count`). */
export const furthestBelow = (customers: readonly ReportCustomer[], count = 3): ReportCustomer[] => customers.filter((c) => c.shortfall > 0).slice(0, count);

/** A rate's change against the compared month in percentage points (`+1.2 pts`, `−3.4 pts`, `±0 pts`); `—` without both. */
export function pointsChange(now: number | null, before: number | null, scale = 100): string {
  if (now === null || before === null) return '—';
  const d = (now - before) * scale;
  const text = formatPercent(Math.abs(d), 1).replace('%', '');
  return text === '0' ? '±0 pts' : `${d > 0 ? '+' : '−'}${text} pts`;
}

/** The compared month's row of a level, if it has one. */
export const previousRow = (rows: readonly ReportComplianceRow[] | undefined, level: number): ReportComplianceRow | undefined => rows?.find((r) => r.level === level);

/** The name of the part (plan, version) a breach or customer row belongs to, `null` when the support section is not split. */
export function partNameOf(parts: readonly ReportCompliancePart[] | undefined, row: { readonly plan?: string; readonly version?: number }): string | null {
  if (parts === undefined) return null;
  const part = parts.find((p) => p.plan === (row.plan ?? null) && (p.version?.index ?? null) === (row.version ?? null));
  return part === undefined ? null : part.name;
}

/** The breaches of one part of a split support section. */
export const breachesOf = (breaches: readonly ReportBreach[], part: ReportCompliancePart): ReportBreach[] => breaches.filter((b) => (b.plan ?? null) === part.plan && (b.version ?? null) === (part.version?.index ?? null));

/** A customer as the tables name it: `(no customer)` for none, with its plan or terms when the support section is split. */
export function customerName(parts: readonly ReportCompliancePart[] | undefined, row: ReportCustomer): string {
  const name = row.customer === '' ? '(no customer)' : row.customer;
  const part = partNameOf(parts, row);
  return part === null ? name : `${name} (${part})`;
}

/** A text with its first letter in capitals (`Plan premium`). */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What a split support section means, said once above its parts. */
export function splitNote(parts: readonly ReportCompliancePart[]): string {
  const byVersion = parts.some((p) => p.version !== null);
  const byPlan = parts.some((p) => p.plan !== null);
  const what = byVersion && byPlan ? 'each version of the contract and each of its plans' : byVersion ? 'each version of the contract in force during the month' : 'each plan of the contract';
  return `The cases of ${what} are counted apart, against that part's own targets, never added together${byVersion ? ': a case is judged under the version in force when it opened' : ': a case is judged under the plan the contract’s rules pick for it'}.`;
}

/** The note under the versions of the availability section. */
export const historyNote = (terms: string | null): string =>
  `Each minute of downtime is judged under the terms in force at that minute; the target and the credit tiers are those of the terms in force at the month's end${terms === null ? '' : ` (${terms})`}.`;
