import type { ReportBreach, ReportClause, ReportCompliancePart, ReportComplianceRow, ReportCustomer, ReportDay, ReportPrevious, ReportTypicalTime, ServiceReport } from './types.js';
import { barChart } from './bar-chart.js';
import { appendixPages, capitalised, customerName, furthestBelow, historyNote, largestOverruns, partNameOf, pointsChange, previousRow, splitNote } from './document.js';
import { checkServiceReport } from './check-service-report.js';
import { formatPercent } from '../core/percent.js';
import { count, duration, lateness, local, minutes, namesRegions, notMeasuredText, percent, plural, windowRegion } from './format.js';

// One self-contained page: styles inline, charts as inline SVG, no script and no request of any
// kind, so it reads the same offline, as an e-mail attachment and printed to PDF.

// Every text of the report goes through `escape`; numbers are checked to be finite numbers first.
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --bad: #b42318; --warn: #9a6700; --ok: #1a7f37; --maint: #0550ae; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; } h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
p.meta { color: var(--muted); margin: 0; }
.figures { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; min-width: 10rem; }
.figure b { display: block; font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th[scope="row"] { white-space: nowrap; }
td.num, th.num { text-align: right; }
.missed { color: var(--bad); font-weight: 600; } .met { color: var(--ok); font-weight: 600; }
code, .formula { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
figure { margin: 1rem 0; } figcaption { color: var(--muted); font-size: .9rem; }
ul.clauses { padding-left: 1.2rem; color: var(--muted); } ul.clauses q { color: var(--ink); }
.explanation { white-space: pre-wrap; font-size: .9rem; color: var(--muted); margin: .25rem 0 0; }
.page-one h2 { margin-top: 1rem; }
ul.findings li { margin: .25rem 0; }
table.compact { font-size: .9em; } table.compact td, table.compact th { padding: .15rem .4rem; line-height: 1.3; }
td.when { white-space: nowrap; }
small, .note { color: var(--muted); }
details > summary { cursor: pointer; color: var(--maint); margin: .5rem 0; }
ol.appendix { padding-left: 0; list-style: none; } ol.appendix li { margin: 0 0 .6rem; break-inside: avoid; }
ol.appendix .explanation { margin: 0 0 0 1rem; }
a { color: var(--maint); }
@media print {
  @page { size: A4; margin: 15mm; }
  body { font-size: 10pt; } main { max-width: none; padding: 0; } table.compact { font-size: 8.5pt; }
  .page-one { break-after: page; }
  figure, tr { break-inside: avoid; } h2, h3 { break-after: avoid; }
  #appendix { break-before: page; }
  details.orders { display: none; }
}`;

/** The month strip: one cell per day, coloured and lettered by the worst downtime that day. */
function monthStrip(days: readonly ReportDay[], id: string): string {
  const cell = 26;
  const kinds = days.map((d) => (d.unscheduled > 0 ? 'U' : d.excusable > 0 ? 'E' : d.maintenance > 0 ? 'M' : ''));
  const fill: Record<string, string> = { U: '#b42318', E: '#9a6700', M: '#0550ae', '': '#e6edf3' };
  const cells = days
    .map((d, i) => {
      const x = i * cell;
      const kind = kinds[i] as string;
      const title = kind === '' ? `${d.date}: no downtime` : `${d.date}: ${d.causes.join(', ')}`;
      return `<g><title>${escape(title)}</title><rect x="${x + 1}" y="1" width="${cell - 2}" height="${cell - 2}" rx="3" fill="${fill[kind]}"/>${kind === '' ? '' : `<text x="${x + cell / 2}" y="18" text-anchor="middle" font-size="12" fill="#fff" font-weight="700">${kind}</text>`}<text x="${x + cell / 2}" y="${cell + 14}" text-anchor="middle" font-size="10" fill="#57606a">${escape(d.date.slice(8, 10).replace(/^0/, ''))}</text></g>`;
    })
    .join('');
  const bad = days.filter((_, i) => kinds[i] !== '');
  const summary = bad.length === 0 ? 'No downtime on any day of the month.' : `Downtime on ${plural(bad.length, 'day', 'days')}: ${bad.map((d) => `${d.date} (${[d.unscheduled > 0 ? `${minutes(d.unscheduled)} min unscheduled` : '', d.excusable > 0 ? `${minutes(d.excusable)} min excusable` : '', d.maintenance > 0 ? `${minutes(d.maintenance)} min maintenance` : ''].filter(Boolean).join(', ')}; ${d.causes.join(', ')})`).join('; ')}.`;
  return `<figure><svg role="img" aria-labelledby="${id}-t ${id}-d" width="${days.length * cell}" height="${cell + 20}" viewBox="0 0 ${days.length * cell} ${cell + 20}" style="max-width:100%;height:auto" xmlns="http://www.w3.org/2000/svg"><title id="${id}-t">Downtime by day</title><desc id="${id}-d">${escape(summary)}</desc>${cells}</svg>
<figcaption>Each day of the month: <b>U</b> unscheduled downtime (counts against availability), <b>E</b> excusable downtime, <b>M</b> maintenance inside a window; empty: none. The appendix gives each day's minutes and causes.</figcaption></figure>`;
}

/** Under a contract history: each version in force during the month, its part of the month and the downtime judged under it. */
function versionTable(versions: NonNullable<NonNullable<ServiceReport['availability']>['versions']>, terms: number | undefined): string {
  const applies = versions.find((v) => v.index === terms);
  return `<h3>Terms in force during the month</h3><table class="compact"><caption class="visually-hidden">The versions of the contract in force during the month</caption><thead><tr><th scope="col">Terms</th><th scope="col" class="num">Minutes (x)</th><th scope="col" class="num">Excusable (y), min</th><th scope="col" class="num">Unscheduled (z), min</th></tr></thead><tbody>${versions
    .map((v) => `<tr><th scope="row">${escape(v.label)}</th><td class="num">${minutes(v.totalMinutes)}</td><td class="num">${minutes(v.excusableMinutes)}</td><td class="num">${minutes(v.unscheduledMinutes)}</td></tr>`)
    .join('')}</tbody></table><p class="note">${escape(historyNote(applies?.label ?? null))}</p>`;
}

/** The minutes and causes of each day with downtime. */
function dayTable(days: readonly ReportDay[]): string {
  const bad = days.filter((d) => d.unscheduled + d.excusable + d.maintenance > 0);
  return bad.length === 0 ? '<p>No downtime on any day of the month.</p>' : `<table class="compact"><caption class="visually-hidden">Downtime by day</caption><thead><tr><th scope="col">Day</th><th scope="col" class="num">Unscheduled (U), min</th><th scope="col" class="num">Excusable (E), min</th><th scope="col" class="num">Maintenance (M), min</th><th scope="col">Causes</th></tr></thead><tbody>${bad
    .map((d) => `<tr><th scope="row">${escape(d.date)}</th><td class="num">${minutes(d.unscheduled)}</td><td class="num">${minutes(d.excusable)}</td><td class="num">${minutes(d.maintenance)}</td><td>${escape(d.causes.join(', '))}</td></tr>`)
    .join('')}</tbody></table>`;
}

/** Bars of one kind's rate per level against each level's target; none when no level has a rate. */
function complianceChart(rows: readonly ReportComplianceRow[], id: string, title: string): string {
  const measured = rows.filter((r) => r.rate !== null);
  if (measured.length === 0) return '';
  const svg = barChart(measured.map((r) => ({ label: r.label, rate: r.rate as number, target: r.target, below: r.meetsTarget === false })), id, title);
  return `<figure>${svg}
<figcaption>${escape(title)}: the share met per level; the dashed line marks the level's target. Levels below target are also labelled in words.</figcaption></figure>`;
}

/** The anchor of the i-th breach (0-based) of the report's list: its line in the appendix. */
const breachAnchor = (i: number): string => `breach-${i + 1}`;

type Compliance = NonNullable<ServiceReport['compliance']>;

/** The place of a customer's worst overrun in the breach list. */
const worstIndex = (c: Compliance, row: ReportCustomer): number => (row.worstOverrun === null ? -1 : c.breaches.findIndex((b) => b.id === row.worstOverrun?.id && b.kind === row.worstOverrun.kind && (b.customer ?? '') === row.customer && b.plan === row.plan && b.version === row.version));

function customerTable(c: Compliance, rows: readonly ReportCustomer[], caption: string): string {
  return `<table class="customers compact"><caption>${escape(caption)}</caption><thead><tr><th scope="col">Customer</th><th scope="col" class="num">Cases</th><th scope="col" class="num">Response</th><th scope="col" class="num">Resolution</th><th scope="col" class="num">Breaches</th><th scope="col">Worst overrun</th><th scope="col" class="num">Below target by</th></tr></thead><tbody>${rows
    .map((r) => {
      const i = worstIndex(c, r);
      const worst = r.worstOverrun === null ? '—' : `${i < 0 ? '' : `<a href="#${breachAnchor(i)}">`}${escape(r.worstOverrun.id)}${i < 0 ? '' : '</a>'}, ${escape(r.worstOverrun.kind)} ${duration(r.worstOverrun.overrunMinutes * 60_000)} late`;
      return `<tr><th scope="row">${escape(customerName(c.parts, r))}</th><td class="num">${r.cases}</td><td class="num">${percent(r.response.rate)}</td><td class="num">${percent(r.resolution.rate)}</td><td class="num">${r.breaches}</td><td>${worst}</td><td class="num">${r.shortfall > 0 ? `<span class="missed">${pointsChange(r.shortfall, 0).slice(1)}</span>` : '—'}</td></tr>`;
    })
    .join('')}</tbody></table>`;
}

/** The customers side by side: sorted by shortfall, and (without script) the same table in other orders under a <details>. */
function customersSection(c: Compliance): string {
  if (c.customers.length === 0) return '';
  const by = (compare: (a: ReportCustomer, b: ReportCustomer) => number): ReportCustomer[] => [...c.customers].sort(compare);
  const name = (a: ReportCustomer, b: ReportCustomer): number => (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0);
  return `<section aria-labelledby="customers"><h2 id="customers">Customers</h2>
${customerTable(c, c.customers, 'Customers, furthest below target first')}
<details class="orders"><summary>The same table in other orders: by name, by cases, by breaches</summary>
${customerTable(c, by(name), 'Customers by name')}
${customerTable(c, by((a, b) => b.cases - a.cases || name(a, b)), 'Customers by cases, most first')}
${customerTable(c, by((a, b) => b.breaches - a.breaches || name(a, b)), 'Customers by breaches, most first')}
</details>
<p class="note">Response and resolution: met ÷ (met + breached); below target by: the largest gap between one level's rate and its target, in percentage points. The same counts as <code>slakit compliance --by customer</code>.</p></section>`;
}

/** Median and 90th percentile per level, first reply and resolution side by side. */
function typicalTable(t: NonNullable<NonNullable<ServiceReport['compliance']>['typicalTimes']>): string {
  const levels = [...new Set([...t.response, ...t.resolution].map((r) => r.level))].sort((a, b) => a - b);
  if (levels.length === 0) return '<p>No case has been answered yet.</p>';
  const cells = (row: ReportTypicalTime | undefined): string => (row === undefined ? '<td class="num">—</td><td class="num">—</td>' : `<td class="num">${duration(row.business.median)} <small>(${duration(row.wall.median)})</small></td><td class="num">${duration(row.business.p90)} <small>(${duration(row.wall.p90)})</small></td>`);
  return `<table><caption class="visually-hidden">Typical times per level</caption><thead><tr><th scope="col">Severity</th><th scope="col" class="num">First reply, median</th><th scope="col" class="num">First reply, 90th pct.</th><th scope="col" class="num">Resolution, median</th><th scope="col" class="num">Resolution, 90th pct.</th></tr></thead><tbody>${levels
    .map((level) => {
      const reply = t.response.find((r) => r.level === level);
      const done = t.resolution.find((r) => r.level === level);
      return `<tr><th scope="row">${escape((reply ?? done)?.label ?? String(level))}</th>${cells(reply)}${cells(done)}</tr>`;
    })
    .join('')}</tbody></table><p class="note">Business time on each case's calendar, pauses left out; in brackets the time on the clock. Percentiles by nearest rank over the cases answered or resolved: ${t.response.reduce((n, r) => n + r.count, 0)} first replies, ${t.resolution.reduce((n, r) => n + r.count, 0)} resolutions.</p>`;
}

function clauses(title: string, list: readonly ReportClause[]): string {
  if (list.length === 0) return '';
  return `<h3>${title}</h3><ul class="clauses">${list.map((c) => `<li>${escape(c.rule)}: ${escape(c.title)}, ${escape(c.section)}${c.quote === undefined ? '' : ` — <q>${escape(c.quote)}</q>`}</li>`).join('')}</ul>`;
}

/** The line saying a metric was not measured (a report stored before `notMeasured` has none). */
const unmeasured = (metrics: readonly string[] | undefined, metric: 'response' | 'resolution' | 'updates'): string =>
  (metrics ?? []).includes(metric) ? `<p class="not-measured" data-not-measured="${metric}">${escape(notMeasuredText(metric))}</p>` : '';

function complianceTable(caption: string, rows: readonly ReportComplianceRow[]): string {
  const shown = rows.filter((r) => r.total - r.cancelled > 0);
  if (shown.length === 0) return `<p>${escape(caption)}: no cases with such a target.</p>`;
  const status = (r: ReportComplianceRow): string => (r.meetsTarget === null ? '—' : r.meetsTarget ? '<span class="met">met</span>' : '<span class="missed">missed</span>');
  return `<table><caption class="visually-hidden">${escape(caption)}</caption><thead><tr><th scope="col">Severity</th><th scope="col" class="num">Met</th><th scope="col" class="num">Breached</th><th scope="col" class="num">Pending</th><th scope="col" class="num">Rate</th><th scope="col" class="num">Target</th><th scope="col">Status</th></tr></thead><tbody>${shown
    .map((r) => `<tr><th scope="row">${escape(r.label)}</th><td class="num">${count(r.met)}</td><td class="num">${count(r.breached)}</td><td class="num">${count(r.pending)}</td><td class="num">${percent(r.rate)}</td><td class="num">${percent(r.target, 0)}</td><td>${status(r)}</td></tr>`)
    .join('')}</tbody></table>`;
}

/** The charts and tables of the support section, or of one part of it. */
function supportTables(c: Compliance, rows: Pick<Compliance, 'response' | 'resolution' | 'updates'>, suffix: string, heading: 'h3' | 'h4'): string {
  const title = suffix === '' ? '' : ` (${(rows as ReportCompliancePart).name})`;
  return `${complianceChart(rows.response, `response-chart${suffix}`, `Response compliance by severity${title}`)}
${complianceChart(rows.resolution, `resolution-chart${suffix}`, `Resolution compliance by severity${title}`)}
<${heading}>Response</${heading}>${unmeasured(c.notMeasured, 'response')}${complianceTable(`Response compliance${title}`, rows.response)}
<${heading}>Updates</${heading}>${unmeasured(c.notMeasured, 'updates')}${complianceTable(`Update compliance${title}`, rows.updates)}
<${heading}>Resolution</${heading}>${unmeasured(c.notMeasured, 'resolution')}${complianceTable(`Resolution compliance${title}`, rows.resolution)}`;
}

/** A rate against its target, with the verdict: `74.7% of 95%` in red when missed. */
function against(row: ReportComplianceRow | undefined): string {
  if (row === undefined || (row.met ?? 0) + (row.breached ?? 0) === 0) return '—';
  const text = `${percent(row.rate)}${row.target === null ? '' : ` <small>of ${percent(row.target)}</small>`}`;
  return row.meetsTarget === false ? `<span class="missed">${text}</span>` : text;
}

/** Page 1: availability and credit, each level's response and resolution against target, what missed, the customers furthest below, the change against the compared month. */
function pageOne(report: ServiceReport): string {
  const { availability: a, compliance: c, previous: p } = report;
  const figures: string[] = [];
  if (a !== null) {
    figures.push(`<div class="figure">Availability<b data-figure="availability">${a.percent === null ? 'not measurable' : formatPercent(a.percent, 4)}</b>${a.target === null ? 'no target stated' : `target ${a.target}% · ${a.met === null ? '—' : a.met ? '<span class="met">met</span>' : '<span class="missed">missed</span>'}`}${p === null || p.availability === null || a.percent === null ? '' : `<br><small>${escape(p.month)}: ${formatPercent(p.availability, 4)} (${pointsChange(a.percent, p.availability, 1)})</small>`}</div>`);
    if (a.creditPercent !== null) figures.push(`<div class="figure">Service credit<b data-figure="credit">${a.credit === null ? `${a.creditPercent}%` : escape(a.credit.amount)}</b>${a.credit === null ? 'of the monthly fee' : `${a.credit.appliedPercent}% of ${escape(a.credit.currency)} fee${a.credit.claimBy === null ? '' : `, claim by ${escape(a.credit.claimBy)}`}`}</div>`);
  }
  if (c !== null) figures.push(`<div class="figure">Cases opened<b data-figure="cases">${c.cases}</b>${plural(c.breaches.length, 'breach', 'breaches')}${p === null || p.cases === null ? '' : `<br><small>${escape(p.month)}: ${plural(p.cases, 'case', 'cases')}</small>`}</div>`);
  let levels = '';
  if (c !== null) {
    // Under plans or a history, each part's levels against its own targets, the row naming the part.
    const groups = c.parts === undefined ? [{ name: null as string | null, response: c.response, resolution: c.resolution }] : c.parts;
    const shown = groups.flatMap((g) => g.response.filter((row) => row.total > 0 || (g.resolution.find((x) => x.level === row.level)?.total ?? 0) > 0).map((row) => ({ name: g.name, row, resolution: g.resolution.find((x) => x.level === row.level) })));
    const compared = p !== null && p.response.length > 0;
    levels = `<table class="compact"><caption class="visually-hidden">Compliance per level against target</caption><thead><tr><th scope="col">${c.parts === undefined ? 'Severity' : 'Part and severity'}</th><th scope="col" class="num">Response</th><th scope="col" class="num">Resolution</th>${compared ? `<th scope="col" class="num">Response vs ${escape((p as ReportPrevious).month)}</th>` : ''}</tr></thead><tbody>${shown
      .map(({ name, row, resolution }) => {
        const before = compared ? previousRow(p?.response, row.level) : undefined;
        return `<tr><th scope="row">${name === null ? '' : `${escape(capitalised(name))} · `}${escape(row.label)}</th><td class="num">${against(row)}</td><td class="num">${against(resolution)}</td>${compared ? `<td class="num">${pointsChange(row.rate, before?.rate ?? null)}</td>` : ''}</tr>`;
      })
      .join('')}</tbody></table>`;
  }
  const below = c === null ? [] : furthestBelow(c.customers);
  const customers = below.length === 0 ? '' : `<h3>Customers furthest below target</h3><ol>${below.map((x) => `<li><b>${escape(customerName(c?.parts, x))}</b>: ${pointsChange(x.shortfall, 0).slice(1)} below target; response ${percent(x.response.rate)}, resolution ${percent(x.resolution.rate)}, ${plural(x.breaches, 'breach', 'breaches')} in ${plural(x.cases, 'case', 'cases')}</li>`).join('')}</ol>`;
  const missed = report.findings.length === 0 ? '<p>Every target the contract states was met.</p>' : `<ul class="findings">${report.findings.map((f) => `<li>${escape(f)}</li>`).join('')}</ul>`;
  return `<section class="page-one" aria-labelledby="summary"><h1>${escape(report.title)}</h1>
<p class="meta">${escape([report.contract.vendor, `month ${report.month} in ${report.timeZone}`, report.region === null ? null : `region ${report.region}`, `as of ${local(report.asOf, report.timeZone)}`].filter((x) => x !== null).join(' · '))}</p>
<h2 id="summary">Summary</h2>
<div class="figures">${figures.join('')}</div>
${levels}
<h3>What missed its target</h3>${missed}
${customers}</section>`;
}

/** Every breach with its explanation, collapsed; the anchors the body's lines link to. */
function appendix(report: ServiceReport): string {
  const { availability: a, compliance: c, maintenance: m, renewal: r } = report;
  const evidence = [
    a === null ? '' : `<h3>Downtime by day</h3>${dayTable(a.days)}`,
    clauses('Contract clauses: availability', a?.clauses ?? []),
    clauses('Contract clauses: support', c?.clauses ?? []),
    clauses('Contract clauses: maintenance', m?.clauses ?? []),
    clauses('Contract clauses: renewal', r?.clauses ?? []),
  ].join('');
  if (evidence === '' && (c === null || c.breaches.length === 0)) return '';
  return `<section id="appendix" aria-labelledby="appendix-title"><h2 id="appendix-title">Appendix: the evidence</h2>
${evidence}${c === null || c.breaches.length === 0 ? '' : breachList(c)}</section>`;
}

/** Every breach with its explanation, collapsed under a <details>. */
function breachList(c: Compliance): string {
  const pages = appendixPages(c.breaches);
  return `<h3 id="every-breach">Every breach</h3><p>${plural(c.breaches.length, 'breach', 'breaches')}, each with the steps behind its due time. Printed open, this list adds about ${plural(pages, 'page', 'pages')} (estimated from its rows).</p>
<details><summary>Show all ${plural(c.breaches.length, 'breach', 'breaches')}</summary><ol class="appendix">${c.breaches
    .map((b, i) => `<li id="${breachAnchor(i)}"><b>${escape(b.id)}</b>${b.customer === null ? '' : ` · ${escape(b.customer)}`} · ${partNameOf(c.parts, b) === null ? '' : `${escape(partNameOf(c.parts, b) as string)} · `}${escape(b.label)} ${escape(b.kind)} · due ${escape(local(b.dueAt, b.timeZone))} · ${b.kind === 'updates' ? '' : `actual ${escape(local(b.at, b.timeZone))} · `}${escape(lateness(b))}<p class="explanation">${escape(b.explanation)}</p></li>`)
    .join('')}</ol></details>`;
}

/**
 * A service report as one self-contained HTML page: styles inline, charts as inline SVG with text
 * alternatives, no script and no network request; print styles give clean A4 or Letter pages.
 * Every text of the report is HTML-escaped wherever it is written (dates and labels included), and
 * the report's shape is checked first, so a stored report read back cannot carry markup in.
 *
 * @throws SlaError `INVALID_ARGUMENT` naming the first field that is not of a ServiceReport's shape
 * (`report.availability.days[0].date: … is not a text`).
 * @example
 * ```ts
 * import { serviceReportToHtml } from 'slakit/report';
 *
 * const html = serviceReportToHtml({ title: 'Example report, 2026-10', contract: { name: 'Example', vendor: null, sources: [] }, month: '2026-10', timeZone: 'UTC', region: null, asOf: '2026-11-01T00:00:00.000Z', findings: [], previous: null, availability: null, compliance: null, maintenance: null, renewal: null });
 * html.startsWith('<!doctype html>'); //=> true
 * html.includes('<script'); //=> false
 * ```
 */
export function serviceReportToHtml(report: ServiceReport): string {
  checkServiceReport(report);
  const parts: string[] = [];
  const { availability: a, compliance: c, maintenance: m, renewal: r } = report;
  if (a !== null) {
    parts.push(`<section aria-labelledby="availability"><h2 id="availability">Availability</h2>
<p class="formula">((x − y − z) / (x − y)) × 100 with x = ${minutes(a.x)} minutes in the month (in ${escape(a.timeZone)}), y = ${minutes(a.y)} excusable, z = ${minutes(a.z)} unscheduled.</p>${a.borrowedFormula === undefined ? '' : `
<p class="note">${escape(a.borrowedFormula)}.</p>`}
${a.versions === undefined ? '' : `${versionTable(a.versions, a.termsVersion)}\n`}${monthStrip(a.days, 'strip')}
${a.incidents.length === 0 ? '<p>No incidents in the month.</p>' : `<h3>Incidents</h3><table class="compact"><thead><tr><th scope="col">Incident</th><th scope="col">Cause</th><th scope="col">Start</th><th scope="col">End</th><th scope="col" class="num">Excusable (y), min</th><th scope="col" class="num">Unscheduled (z), min</th><th scope="col">Window</th></tr></thead><tbody>${a.incidents
      .map((i) => `<tr><th scope="row">${escape(i.id)}</th><td>${escape(i.cause)}</td><td class="when">${escape(local(i.start, report.timeZone))}</td><td class="when">${escape(local(i.end, report.timeZone))}</td><td class="num">${minutes(i.excusableMinutes)}</td><td class="num">${minutes(i.unscheduledMinutes)}</td><td>${escape(i.window ?? '')}</td></tr>`)
      .join('')}</tbody></table>`}
</section>`);
  }
  if (c !== null) {
    const largest = largestOverruns(c.breaches);
    parts.push(`<section aria-labelledby="compliance"><h2 id="compliance">Support compliance</h2><p>${plural(c.cases, 'case', 'cases')} opened in the month.</p>
${c.parts === undefined ? supportTables(c, c, '', 'h3') : `<p class="note">${escape(splitNote(c.parts))}</p>${c.parts.map((part, i) => `<h3 id="part-${i + 1}">${escape(capitalised(part.name))}</h3><p>${plural(part.cases, 'case', 'cases')} judged under ${escape(part.version === null ? `plan ${part.plan ?? ''}` : part.plan === null ? `the terms ${part.version.label}` : `the terms ${part.version.label}, plan ${part.plan}`)}.</p>${supportTables(c, part, `-${i + 1}`, 'h4')}`).join('\n')}`}
${c.typicalTimes === null ? '' : `<h3>Typical times</h3>${typicalTable(c.typicalTimes)}${c.parts === undefined ? '' : '<p class="note">Over every case of the month, whatever its plan or terms: times, not rates against a target.</p>'}`}
<h3 id="largest-overruns">The largest overruns</h3>${largest.length === 0 ? '<p>No response or resolution target was breached.</p>' : `<p class="note">The ${largest.length} largest of ${plural(c.breaches.length, 'breach', 'breaches')}; each links to its explanation in the <a href="#appendix">appendix</a>. Times in each case's zone.</p><table class="compact"><thead><tr><th scope="col">Case</th><th scope="col">Customer</th><th scope="col">Target</th><th scope="col">Due</th><th scope="col">Late by</th></tr></thead><tbody>${largest
      .map((i) => {
        const b = c.breaches[i] as ReportBreach;
        const part = partNameOf(c.parts, b);
        return `<tr><th scope="row"><a href="#${breachAnchor(i)}">${escape(b.id)}</a></th><td>${escape(b.customer ?? '')}</td><td class="when">${part === null ? '' : `${escape(part)} · `}${escape(b.label)} ${escape(b.kind)}</td><td class="when">${escape(local(b.dueAt, b.timeZone))}</td><td>${escape(lateness(b))}</td></tr>`;
      })
      .join('')}</tbody></table>`}
</section>`);
    parts.push(customersSection(c));
  }
  if (m !== null) {
    const regional = namesRegions(m.windows);
    parts.push(`<section aria-labelledby="maintenance"><h2 id="maintenance">Upcoming maintenance</h2>${m.windows.length === 0 ? '<p>No window in the coming weeks.</p>' : `<table class="compact"><thead><tr>${regional ? '<th scope="col">Region</th>' : ''}<th scope="col">Local time (${escape(m.zone)})</th><th scope="col">UTC</th></tr></thead><tbody>${m.windows
      .map((w) => `<tr>${regional ? `<td>${escape(windowRegion(w.region))}</td>` : ''}<td>${escape(w.local)}</td><td>${escape(local(w.start, 'UTC'))} – ${escape(local(w.end, 'UTC'))}</td></tr>`)
      .join('')}</tbody></table>`}</section>`);
  }
  if (r !== null) {
    parts.push(`<section aria-labelledby="renewal"><h2 id="renewal">Renewal${r.customer === null ? '' : ` — ${escape(r.customer)}`}</h2>${r.nextNotice === null ? '' : `<div class="figures"><div class="figure">Non-renewal notice due by<b data-figure="notice">${escape(r.nextNotice.deadline)}</b>${plural(r.nextNotice.daysLeft, 'day', 'days')} left</div></div>`}
<table class="compact"><thead><tr><th scope="col" class="num">Term</th><th scope="col">Start</th><th scope="col">End</th><th scope="col" class="num">Fee</th><th scope="col" class="num">Uplift</th><th scope="col">Rule</th><th scope="col">Notice by</th></tr></thead><tbody>${r.terms
      .map((t) => `<tr><td class="num">${t.term}</td><td>${escape(t.start)}</td><td>${escape(t.end)}</td><td class="num">${escape(r.currency)} ${escape(t.fee)}</td><td class="num">${t.rule === 'initial' ? '' : percent(t.rate, 2)}</td><td>${escape(t.rule)}</td><td>${escape(t.noticeDeadline)}</td></tr>`)
      .join('')}</tbody></table>${r.explanation === null ? '' : `<p class="explanation">${escape(r.explanation)}</p>`}</section>`);
  }
  const sources = report.contract.sources.length === 0 ? '' : `<section aria-labelledby="sources"><h2 id="sources">Sources</h2><ul>${report.contract.sources.map((s) => `<li>${escape(s.title)}${s.publisher === undefined ? '' : `, ${escape(s.publisher)}`}${s.retrieved === undefined ? '' : ` (read ${escape(s.retrieved)})`}</li>`).join('')}</ul></section>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(report.title)}</title>
<style>${STYLE}
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }</style></head>
<body><main>${pageOne(report)}
${parts.join('\n')}
${sources}
${appendix(report)}
<p class="meta">Made with slakit from the contract's rules and the data given; every figure can be reproduced with the same inputs.</p></main></body></html>
`;
}
