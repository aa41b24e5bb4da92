import type { ReportClause, ReportComplianceRow, ServiceReport } from './types.js';
import { checkServiceReport } from './check-service-report.js';
import { formatPercent } from '../core/percent.js';
import { count, minutes, notMeasuredText, percent } from './format.js';

// Every interpolated text goes through `md` (one line) or `mdLines` (a text of several lines), in
// tables and outside them: HTML is written as entities, so no renderer makes an element of it; a
// backslash and the characters of links, emphasis, code and tables are backslash-escaped (`_` only
// where it could start or end emphasis, not inside a word as in America/New_York); CR and
// LF become spaces, so a value never ends its line, row or paragraph.
const WORD = /[\p{L}\p{N}]/u;
const md = (text: string): string =>
  text
    .replace(/[\\`*[\]|~]/g, '\\$&')
    .replace(/_/g, (_, at: number, all: string) => (WORD.test(all.charAt(at - 1)) && WORD.test(all.charAt(at + 1)) ? '_' : '\\_'))
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s*[\r\n]+\s*/g, ' ');
// A text of several lines keeps its lines; each is escaped, and one that would start a block
// (a heading, a list, a quote, a rule) has that first character escaped.
const mdLines = (text: string): string =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => md(line).replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(md).join(' | ')} |`)].join('\n');

function clauses(list: readonly ReportClause[]): string[] {
  return list.length === 0 ? [] : ['', '#### Contract clauses', '', ...list.map((c) => `- ${md(c.rule)}: ${md(c.title)}, ${md(c.section)}${c.quote === undefined ? '' : ` — “${md(c.quote)}”`}`)];
}

function compliance(title: string, rows: readonly ReportComplianceRow[], note: readonly string[] = []): string[] {
  const shown = rows.filter((r) => r.total - r.cancelled > 0);
  const status = (r: ReportComplianceRow): string => (r.meetsTarget === null ? '—' : r.meetsTarget ? 'met' : 'missed');
  return ['', `### ${title}`, ...note, '', shown.length === 0 ? 'No cases with such a target.' : table(['Severity', 'Met', 'Breached', 'Pending', 'Rate', 'Target', 'Status'], shown.map((r) => [r.label, count(r.met), count(r.breached), count(r.pending), percent(r.rate), percent(r.target, 0), status(r)]))];
}

/**
 * A service report as Markdown: the same sections and figures as {@link serviceReportToHtml},
 * as headings and tables, without charts. Every text of the report is escaped wherever it is
 * written, in tables and outside them (HTML as entities; `\\`, `|` and the characters of links,
 * emphasis and code backslash-escaped; line breaks as spaces), so a renderer such as marked makes
 * no element of a hostile case id or contract name; the report's shape is checked first.
 *
 * @throws SlaError `INVALID_ARGUMENT` naming the first field that is not of a ServiceReport's shape.
 *
 * @example
 * ```ts
 * import { serviceReportToMarkdown } from 'slakit/report';
 *
 * const md = serviceReportToMarkdown({ title: 'Example report, 2026-10', contract: { name: 'Example', vendor: null, sources: [] }, month: '2026-10', timeZone: 'UTC', region: null, asOf: '2026-11-01T00:00:00.000Z', availability: null, compliance: null, maintenance: null, renewal: null });
 * md.split('\n')[0]; //=> '# Example report, 2026-10'
 * ```
 */
export function serviceReportToMarkdown(report: ServiceReport): string {
  checkServiceReport(report);
  const { availability: a, compliance: c, maintenance: m, renewal: r } = report;
  const lines = [`# ${md(report.title)}`, '', md([report.contract.vendor, `month ${report.month} in ${report.timeZone}`, report.region === null ? null : `region ${report.region}`, `as of ${report.asOf}`].filter((x) => x !== null).join(' · '))];
  if (a !== null) {
    lines.push('', '## Availability', '', `**${a.percent === null ? 'not measurable' : formatPercent(a.percent, 4)}**${a.target === null ? '' : ` against a target of ${a.target}% (${a.met ? 'met' : 'missed'})`}${a.creditPercent === null ? '' : `; service credit ${a.creditPercent}%`}.`);
    lines.push('', `((x − y − z) / (x − y)) × 100 with x = ${minutes(a.x)} minutes in the month (in ${md(a.timeZone)}), y = ${minutes(a.y)} excusable, z = ${minutes(a.z)} unscheduled.`);
    if (a.borrowedFormula !== undefined) lines.push('', `${md(a.borrowedFormula)}.`);
    const down = a.days.filter((d) => d.unscheduled + d.excusable + d.maintenance > 0);
    if (down.length > 0) lines.push('', table(['Day', 'Unscheduled, min', 'Excusable, min', 'Maintenance, min', 'Causes'], down.map((d) => [d.date, minutes(d.unscheduled), minutes(d.excusable), minutes(d.maintenance), d.causes.join(', ')])));
    if (a.incidents.length > 0) lines.push('', '### Incidents', '', table(['Incident', 'Cause', 'Start', 'End', 'Excusable (y), min', 'Unscheduled (z), min', 'Window'], a.incidents.map((i) => [i.id, i.cause, i.start, i.end, minutes(i.excusableMinutes), minutes(i.unscheduledMinutes), i.window ?? ''])));
    lines.push(...clauses(a.clauses));
  }
  if (c !== null) {
    lines.push('', '## Support compliance', '', `${c.cases} case${c.cases === 1 ? '' : 's'} opened in the month.`);
    const unmeasured = (metric: 'response' | 'resolution' | 'updates'): string[] => ((c.notMeasured ?? []).includes(metric) ? ['', notMeasuredText(metric)] : []);
    lines.push(...compliance('Response', c.response, unmeasured('response')), ...compliance('Updates', c.updates, unmeasured('updates')), ...compliance('Resolution', c.resolution, unmeasured('resolution')));
    lines.push('', '### Breaches', '', c.breaches.length === 0 ? 'No target was breached.' : table(['Case', 'Severity', 'Target', 'Due', 'Actual', 'Over by', 'Why'], c.breaches.map((b) => [b.id, b.label, b.kind, b.dueAt, b.at, b.kind === 'updates' ? `${b.overrunMinutes} missed` : `${minutes(b.overrunMinutes)} min`, b.explanation])));
    lines.push(...clauses(c.clauses));
  }
  if (m !== null) {
    lines.push('', '## Upcoming maintenance', '', m.windows.length === 0 ? 'No window in the coming weeks.' : table(['Region', `Local time (${md(m.zone)})`, 'UTC'], m.windows.map((w) => [w.region ?? '', w.local, `${w.start} – ${w.end}`])));
    lines.push(...clauses(m.clauses));
  }
  if (r !== null) {
    lines.push('', `## Renewal${r.customer === null ? '' : ` — ${md(r.customer)}`}`, '');
    if (r.nextNotice !== null) lines.push(`Non-renewal notice due by **${md(r.nextNotice.deadline)}** (${r.nextNotice.daysLeft} days left).`, '');
    lines.push(table(['Term', 'Start', 'End', `Fee (${md(r.currency)})`, 'Uplift', 'Rule', 'Notice by'], r.terms.map((t) => [String(t.term), t.start, t.end, t.fee, t.rule === 'initial' ? '' : percent(t.rate, 2), t.rule, t.noticeDeadline])));
    if (r.explanation !== null) lines.push('', mdLines(r.explanation));
    lines.push(...clauses(r.clauses));
  }
  if (report.contract.sources.length > 0) lines.push('', '## Sources', '', ...report.contract.sources.map((s) => `- ${md(s.title)}${s.publisher === undefined ? '' : `, ${md(s.publisher)}`}`));
  return `${lines.join('\n')}\n`;
}
