import type { ReportBreach, ReportClause, ReportComplianceRow, ReportPrevious, ReportTypicalTime, ServiceReport } from './types.js';
import { appendixPages, capitalised, customerName, furthestBelow, historyNote, largestOverruns, partNameOf, pointsChange, previousRow, splitNote } from './document.js';
import { checkServiceReport } from './check-service-report.js';
import { formatPercent } from '../core/percent.js';
import { count, duration, lateness, local, minutes, namesRegions, notMeasuredText, percent, plural, windowRegion } from './format.js';

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

function clauses(title: string, list: readonly ReportClause[]): string[] {
  return list.length === 0 ? [] : ['', `### ${title}`, '', ...list.map((c) => `- ${md(c.rule)}: ${md(c.title)}, ${md(c.section)}${c.quote === undefined ? '' : ` — “${md(c.quote)}”`}`)];
}

function typical(t: NonNullable<NonNullable<ServiceReport['compliance']>['typicalTimes']>): string[] {
  const levels = [...new Set([...t.response, ...t.resolution].map((r) => r.level))].sort((a, b) => a - b);
  if (levels.length === 0) return ['', '### Typical times', '', 'No case has been answered yet.'];
  const cells = (row: ReportTypicalTime | undefined): string[] => (row === undefined ? ['—', '—'] : [`${duration(row.business.median)} (${duration(row.wall.median)})`, `${duration(row.business.p90)} (${duration(row.wall.p90)})`]);
  const rows = levels.map((level) => {
    const reply = t.response.find((r) => r.level === level);
    const done = t.resolution.find((r) => r.level === level);
    return [(reply ?? done)?.label ?? String(level), ...cells(reply), ...cells(done)];
  });
  return ['', '### Typical times', '', table(['Severity', 'First reply, median', 'First reply, 90th pct.', 'Resolution, median', 'Resolution, 90th pct.'], rows), '', `Business time on each case's calendar, pauses left out; in brackets the time on the clock. Percentiles by nearest rank over the cases answered or resolved: ${t.response.reduce((n, r) => n + r.count, 0)} first replies, ${t.resolution.reduce((n, r) => n + r.count, 0)} resolutions.`];
}

function customers(c: NonNullable<ServiceReport['compliance']>): string[] {
  if (c.customers.length === 0) return [];
  const rows = c.customers.map((r) => [customerName(c.parts, r), String(r.cases), percent(r.response.rate), percent(r.resolution.rate), String(r.breaches), r.worstOverrun === null ? '—' : `${r.worstOverrun.id}, ${r.worstOverrun.kind} ${duration(r.worstOverrun.overrunMinutes * 60_000)} late`, r.shortfall > 0 ? `${percent(r.shortfall)} pts` : '—']);
  return ['', '## Customers', '', 'Furthest below target first.', '', table(['Customer', 'Cases', 'Response', 'Resolution', 'Breaches', 'Worst overrun', 'Below target by'], rows), '', 'Response and resolution: met ÷ (met + breached); below target by: the largest gap between one level’s rate and its target, in percentage points. The same counts as `slakit compliance --by customer`.'];
}

function compliance(title: string, rows: readonly ReportComplianceRow[], note: readonly string[] = [], level = '###'): string[] {
  const shown = rows.filter((r) => r.total - r.cancelled > 0);
  const status = (r: ReportComplianceRow): string => (r.meetsTarget === null ? '—' : r.meetsTarget ? 'met' : 'missed');
  return ['', `${level} ${title}`, ...note, '', shown.length === 0 ? 'No cases with such a target.' : table(['Severity', 'Met', 'Breached', 'Pending', 'Rate', 'Target', 'Status'], shown.map((r) => [r.label, count(r.met), count(r.breached), count(r.pending), percent(r.rate), percent(r.target, 0), status(r)]))];
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
 * const md = serviceReportToMarkdown({ title: 'Example report, 2026-10', contract: { name: 'Example', vendor: null, sources: [] }, month: '2026-10', timeZone: 'UTC', region: null, asOf: '2026-11-01T00:00:00.000Z', findings: [], previous: null, availability: null, compliance: null, maintenance: null, renewal: null });
 * md.split('\n')[0]; //=> '# Example report, 2026-10'
 * ```
 */
export function serviceReportToMarkdown(report: ServiceReport): string {
  checkServiceReport(report);
  const { availability: a, compliance: c, maintenance: m, renewal: r, previous: p } = report;
  const lines = [`# ${md(report.title)}`, '', md([report.contract.vendor, `month ${report.month} in ${report.timeZone}`, report.region === null ? null : `region ${report.region}`, `as of ${local(report.asOf, report.timeZone)}`].filter((x) => x !== null).join(' · '))];
  // Page 1: what decides.
  lines.push('', '## Summary', '');
  if (a !== null) {
    const before = p === null || p.availability === null || a.percent === null ? '' : ` (${md(p.month)}: ${formatPercent(p.availability, 4)}, ${pointsChange(a.percent, p.availability, 1)})`;
    lines.push(`- Availability **${a.percent === null ? 'not measurable' : formatPercent(a.percent, 4)}**${a.target === null ? '' : ` against a target of ${a.target}% (${a.met ? 'met' : 'missed'})`}${before}${a.creditPercent === null ? '' : `; service credit ${a.creditPercent}%${a.credit === null ? '' : ` = **${md(a.credit.amount)}**${a.credit.claimBy === null ? '' : `, claim by ${md(a.credit.claimBy)}`}`}`}.`);
  }
  if (c !== null) lines.push(`- ${plural(c.cases, 'case', 'cases')} opened, ${plural(c.breaches.length, 'breach', 'breaches')}${p === null || p.cases === null ? '' : ` (${md(p.month)}: ${plural(p.cases, 'case', 'cases')})`}.`);
  if (c !== null) {
    const compared = p !== null && p.response.length > 0;
    const against = (row: ReportComplianceRow | undefined): string => (row === undefined || (row.met ?? 0) + (row.breached ?? 0) === 0 ? '—' : `${percent(row.rate)}${row.target === null ? '' : ` of ${percent(row.target)}`}${row.meetsTarget === false ? ' (missed)' : ''}`);
    // Under plans or a history, each part's levels against its own targets, the row naming the part.
    const groups = c.parts === undefined ? [{ name: null as string | null, response: c.response, resolution: c.resolution }] : c.parts;
    const shown = groups.flatMap((g) => g.response.filter((row) => row.total > 0 || (g.resolution.find((x) => x.level === row.level)?.total ?? 0) > 0).map((row) => ({ name: g.name, row, resolution: g.resolution.find((x) => x.level === row.level) })));
    lines.push('', table([c.parts === undefined ? 'Severity' : 'Part and severity', 'Response', 'Resolution', ...(compared ? [`Response vs ${md((p as ReportPrevious).month)}`] : [])], shown.map(({ name, row, resolution }) => [`${name === null ? '' : `${capitalised(name)} · `}${row.label}`, against(row), against(resolution), ...(compared ? [pointsChange(row.rate, previousRow(p?.response, row.level)?.rate ?? null)] : [])])));
  }
  lines.push('', '### What missed its target', '', ...(report.findings.length === 0 ? ['Every target the contract states was met.'] : report.findings.map((f) => `- ${md(f)}`)));
  const below = c === null ? [] : furthestBelow(c.customers);
  if (below.length > 0) lines.push('', '### Customers furthest below target', '', ...below.map((x, i) => `${i + 1}. **${md(customerName(c?.parts, x))}**: ${pointsChange(x.shortfall, 0).slice(1)} below target; response ${percent(x.response.rate)}, resolution ${percent(x.resolution.rate)}, ${plural(x.breaches, 'breach', 'breaches')} in ${plural(x.cases, 'case', 'cases')}`));
  if (a !== null) {
    lines.push('', '## Availability', '', `((x − y − z) / (x − y)) × 100 with x = ${minutes(a.x)} minutes in the month (in ${md(a.timeZone)}), y = ${minutes(a.y)} excusable, z = ${minutes(a.z)} unscheduled.`);
    if (a.borrowedFormula !== undefined) lines.push('', `${md(a.borrowedFormula)}.`);
    if (a.versions !== undefined) {
      lines.push('', '### Terms in force during the month', '', table(['Terms', 'Minutes (x)', 'Excusable (y), min', 'Unscheduled (z), min'], a.versions.map((v) => [v.label, minutes(v.totalMinutes), minutes(v.excusableMinutes), minutes(v.unscheduledMinutes)])), '', md(historyNote(a.versions.find((v) => v.index === a.termsVersion)?.label ?? null)));
    }
    if (a.incidents.length > 0) lines.push('', '### Incidents', '', table(['Incident', 'Cause', 'Start', 'End', 'Excusable (y), min', 'Unscheduled (z), min', 'Window'], a.incidents.map((i) => [i.id, i.cause, local(i.start, report.timeZone), local(i.end, report.timeZone), minutes(i.excusableMinutes), minutes(i.unscheduledMinutes), i.window ?? ''])));
  }
  if (c !== null) {
    lines.push('', '## Support compliance', '', `${plural(c.cases, 'case', 'cases')} opened in the month.`);
    const unmeasured = (metric: 'response' | 'resolution' | 'updates'): string[] => ((c.notMeasured ?? []).includes(metric) ? ['', notMeasuredText(metric)] : []);
    const tables = (rows: Pick<typeof c, 'response' | 'resolution' | 'updates'>, level: string): string[] => [...compliance('Response', rows.response, unmeasured('response'), level), ...compliance('Updates', rows.updates, unmeasured('updates'), level), ...compliance('Resolution', rows.resolution, unmeasured('resolution'), level)];
    if (c.parts === undefined) lines.push(...tables(c, '###'));
    else {
      lines.push('', md(splitNote(c.parts)));
      for (const part of c.parts) lines.push('', `### ${md(capitalised(part.name))}`, '', `${plural(part.cases, 'case', 'cases')} judged under ${md(part.version === null ? `plan ${part.plan ?? ''}` : part.plan === null ? `the terms ${part.version.label}` : `the terms ${part.version.label}, plan ${part.plan}`)}.`, ...tables(part, '####'));
    }
    lines.push(...(c.typicalTimes === null ? [] : typical(c.typicalTimes)), ...(c.typicalTimes === null || c.parts === undefined ? [] : ['', 'Over every case of the month, whatever its plan or terms: times, not rates against a target.']));
    const largest = largestOverruns(c.breaches);
    lines.push('', '### The largest overruns', '');
    if (largest.length === 0) lines.push('No response or resolution target was breached.');
    else {
      lines.push(`The ${largest.length} largest of ${plural(c.breaches.length, 'breach', 'breaches')}; the appendix explains each (number in brackets). Times in each case's zone.`, '');
      lines.push(table(['Case', 'Customer', 'Target', 'Due', 'Late by'], largest.map((i) => {
        const b = c.breaches[i] as ReportBreach;
        const part = partNameOf(c.parts, b);
        return [`${b.id} [${i + 1}]`, b.customer ?? '', `${part === null ? '' : `${part} · `}${b.label} ${b.kind}`, local(b.dueAt, b.timeZone), lateness(b)];
      })));
    }
    lines.push(...customers(c));
  }
  if (m !== null) {
    const regional = namesRegions(m.windows);
    const rows = m.windows.map((w) => [...(regional ? [windowRegion(w.region)] : []), w.local, `${local(w.start, 'UTC')} – ${local(w.end, 'UTC')}`]);
    lines.push('', '## Upcoming maintenance', '', m.windows.length === 0 ? 'No window in the coming weeks.' : table([...(regional ? ['Region'] : []), `Local time (${md(m.zone)})`, 'UTC'], rows));
  }
  if (r !== null) {
    lines.push('', `## Renewal${r.customer === null ? '' : ` — ${md(r.customer)}`}`, '');
    if (r.nextNotice !== null) lines.push(`Non-renewal notice due by **${md(r.nextNotice.deadline)}** (${plural(r.nextNotice.daysLeft, 'day', 'days')} left).`, '');
    lines.push(table(['Term', 'Start', 'End', 'Fee', 'Uplift', 'Rule', 'Notice by'], r.terms.map((t) => [String(t.term), t.start, t.end, `${r.currency} ${t.fee}`, t.rule === 'initial' ? '' : percent(t.rate, 2), t.rule, t.noticeDeadline])));
    if (r.explanation !== null) lines.push('', mdLines(r.explanation));
  }
  if (report.contract.sources.length > 0) lines.push('', '## Sources', '', ...report.contract.sources.map((s) => `- ${md(s.title)}${s.publisher === undefined ? '' : `, ${md(s.publisher)}`}`));
  // The appendix: the evidence, each explanation as its own lines, never in a table cell.
  const evidence: string[] = [];
  if (a !== null) {
    const down = a.days.filter((d) => d.unscheduled + d.excusable + d.maintenance > 0);
    evidence.push('', '### Downtime by day', '', down.length === 0 ? 'No downtime on any day of the month.' : table(['Day', 'Unscheduled, min', 'Excusable, min', 'Maintenance, min', 'Causes'], down.map((d) => [d.date, minutes(d.unscheduled), minutes(d.excusable), minutes(d.maintenance), d.causes.join(', ')])));
  }
  evidence.push(...clauses('Contract clauses: availability', a?.clauses ?? []), ...clauses('Contract clauses: support', c?.clauses ?? []), ...clauses('Contract clauses: maintenance', m?.clauses ?? []), ...clauses('Contract clauses: renewal', r?.clauses ?? []));
  if (c !== null && c.breaches.length > 0) {
    const pages = appendixPages(c.breaches);
    evidence.push('', '### Every breach', '', `${plural(c.breaches.length, 'breach', 'breaches')}, each with the steps behind its due time. Printed, this list adds about ${plural(pages, 'page', 'pages')} (estimated from its rows).`, '');
    c.breaches.forEach((b, i) => {
      const part = partNameOf(c.parts, b);
      evidence.push(`${i + 1}. **${md(b.id)}**${b.customer === null ? '' : ` · ${md(b.customer)}`} · ${part === null ? '' : `${md(part)} · `}${md(b.label)} ${b.kind} · due ${md(local(b.dueAt, b.timeZone))}${b.kind === 'updates' ? '' : ` · actual ${md(local(b.at, b.timeZone))}`} · ${md(lateness(b))}`, '', ...mdLines(b.explanation).split('\n').map((line) => `   ${line}  `), '');
    });
  }
  if (evidence.length > 0) lines.push('', '## Appendix: the evidence', ...evidence);
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
