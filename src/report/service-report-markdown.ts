import type { ReportClause, ReportComplianceRow, ServiceReport } from './types.js';
import { formatPercent } from '../core/percent.js';
import { minutes, percent } from './format.js';

// A cell never breaks its row: pipes are escaped and line breaks become spaces.
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

function clauses(list: readonly ReportClause[]): string[] {
  return list.length === 0 ? [] : ['', '#### Contract clauses', '', ...list.map((c) => `- ${c.rule}: ${c.title}, ${c.section}${c.quote === undefined ? '' : ` — “${c.quote}”`}`)];
}

function compliance(title: string, rows: readonly ReportComplianceRow[]): string[] {
  const shown = rows.filter((r) => r.met + r.breached + r.pending > 0);
  const status = (r: ReportComplianceRow): string => (r.meetsTarget === null ? '—' : r.meetsTarget ? 'met' : 'missed');
  return ['', `### ${title}`, '', shown.length === 0 ? 'No cases with such a target.' : table(['Severity', 'Met', 'Breached', 'Pending', 'Rate', 'Target', 'Status'], shown.map((r) => [r.label, String(r.met), String(r.breached), String(r.pending), percent(r.rate), percent(r.target, 0), status(r)]))];
}

/**
 * A service report as Markdown: the same sections and figures as {@link serviceReportToHtml},
 * as headings and tables, without charts.
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
  const { availability: a, compliance: c, maintenance: m, renewal: r } = report;
  const lines = [`# ${report.title}`, '', [report.contract.vendor, `month ${report.month} in ${report.timeZone}`, report.region === null ? null : `region ${report.region}`, `as of ${report.asOf}`].filter((x) => x !== null).join(' · ')];
  if (a !== null) {
    lines.push('', '## Availability', '', `**${a.percent === null ? 'not measurable' : formatPercent(a.percent, 4)}**${a.target === null ? '' : ` against a target of ${a.target}% (${a.met ? 'met' : 'missed'})`}${a.creditPercent === null ? '' : `; service credit ${a.creditPercent}%`}.`);
    lines.push('', `((x − y − z) / (x − y)) × 100 with x = ${minutes(a.x)} minutes in the month (in ${a.timeZone}), y = ${minutes(a.y)} excusable, z = ${minutes(a.z)} unscheduled.`);
    const down = a.days.filter((d) => d.unscheduled + d.excusable + d.maintenance > 0);
    if (down.length > 0) lines.push('', table(['Day', 'Unscheduled, min', 'Excusable, min', 'Maintenance, min', 'Causes'], down.map((d) => [d.date, minutes(d.unscheduled), minutes(d.excusable), minutes(d.maintenance), d.causes.join(', ')])));
    if (a.incidents.length > 0) lines.push('', '### Incidents', '', table(['Incident', 'Cause', 'Start', 'End', 'Excusable (y), min', 'Unscheduled (z), min', 'Window'], a.incidents.map((i) => [i.id, i.cause, i.start, i.end, minutes(i.excusableMinutes), minutes(i.unscheduledMinutes), i.window ?? ''])));
    lines.push(...clauses(a.clauses));
  }
  if (c !== null) {
    lines.push('', '## Support compliance', '', `${c.cases} case${c.cases === 1 ? '' : 's'} opened in the month.`);
    lines.push(...compliance('Response', c.response), ...compliance('Updates', c.updates), ...compliance('Resolution', c.resolution));
    lines.push('', '### Breaches', '', c.breaches.length === 0 ? 'No target was breached.' : table(['Case', 'Severity', 'Target', 'Due', 'Actual', 'Over by', 'Why'], c.breaches.map((b) => [b.id, b.label, b.kind, b.dueAt, b.at, b.kind === 'updates' ? `${b.overrunMinutes} missed` : `${minutes(b.overrunMinutes)} min`, b.explanation])));
    lines.push(...clauses(c.clauses));
  }
  if (m !== null) {
    lines.push('', '## Upcoming maintenance', '', m.windows.length === 0 ? 'No window in the coming weeks.' : table(['Region', `Local time (${m.zone})`, 'UTC'], m.windows.map((w) => [w.region ?? '', w.local, `${w.start} – ${w.end}`])));
    lines.push(...clauses(m.clauses));
  }
  if (r !== null) {
    lines.push('', `## Renewal${r.customer === null ? '' : ` — ${r.customer}`}`, '');
    if (r.nextNotice !== null) lines.push(`Non-renewal notice due by **${r.nextNotice.deadline}** (${r.nextNotice.daysLeft} days left).`, '');
    lines.push(table(['Term', 'Start', 'End', `Fee (${r.currency})`, 'Uplift', 'Rule', 'Notice by'], r.terms.map((t) => [String(t.term), t.start, t.end, t.fee, t.rule === 'initial' ? '' : percent(t.rate, 2), t.rule, t.noticeDeadline])));
    if (r.explanation !== null) lines.push('', r.explanation);
    lines.push(...clauses(r.clauses));
  }
  if (report.contract.sources.length > 0) lines.push('', '## Sources', '', ...report.contract.sources.map((s) => `- ${s.title}${s.publisher === undefined ? '' : `, ${s.publisher}`}`));
  return `${lines.join('\n')}\n`;
}
