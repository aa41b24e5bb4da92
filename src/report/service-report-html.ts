import type { ReportClause, ReportComplianceRow, ReportDay, ServiceReport } from './types.js';
import { checkServiceReport } from './check-service-report.js';
import { formatPercent } from '../core/percent.js';
import { count, minutes, notMeasuredText, percent } from './format.js';

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
@media print {
  @page { size: auto; margin: 15mm; }
  body { font-size: 11pt; } main { max-width: none; padding: 0; }
  section, figure, table, tr { break-inside: avoid; } h2 { break-after: avoid; }
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
  const summary = bad.length === 0 ? 'No downtime on any day of the month.' : `Downtime on ${bad.length} days: ${bad.map((d) => `${d.date} (${[d.unscheduled > 0 ? `${minutes(d.unscheduled)} min unscheduled` : '', d.excusable > 0 ? `${minutes(d.excusable)} min excusable` : '', d.maintenance > 0 ? `${minutes(d.maintenance)} min maintenance` : ''].filter(Boolean).join(', ')}; ${d.causes.join(', ')})`).join('; ')}.`;
  const table = bad.length === 0 ? '' : `<table><caption class="visually-hidden">Downtime by day</caption><thead><tr><th scope="col">Day</th><th scope="col" class="num">Unscheduled (U), min</th><th scope="col" class="num">Excusable (E), min</th><th scope="col" class="num">Maintenance (M), min</th><th scope="col">Causes</th></tr></thead><tbody>${bad
    .map((d) => `<tr><th scope="row">${escape(d.date)}</th><td class="num">${minutes(d.unscheduled)}</td><td class="num">${minutes(d.excusable)}</td><td class="num">${minutes(d.maintenance)}</td><td>${escape(d.causes.join(', '))}</td></tr>`)
    .join('')}</tbody></table>`;
  return `<figure><svg role="img" aria-labelledby="${id}-t ${id}-d" width="${days.length * cell}" height="${cell + 20}" viewBox="0 0 ${days.length * cell} ${cell + 20}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-t">Downtime by day</title><desc id="${id}-d">${escape(summary)}</desc>${cells}</svg>
<figcaption>Each day of the month: <b>U</b> unscheduled downtime (counts against availability), <b>E</b> excusable downtime, <b>M</b> maintenance inside a window; empty: none. The table gives each day's minutes and causes.</figcaption></figure>
${table}`;
}

/** Bars of the response rate per level against each level's target. */
function complianceChart(rows: readonly ReportComplianceRow[], id: string): string {
  const measured = rows.filter((r) => r.rate !== null);
  if (measured.length === 0) return '';
  const width = 420;
  const bar = 22;
  const left = 150;
  const body = measured
    .map((r, i) => {
      const y = i * (bar + 8);
      const w = Math.round((r.rate as number) * (width - left - 60));
      const target = r.target === null ? '' : `<line x1="${left + r.target * (width - left - 60)}" x2="${left + r.target * (width - left - 60)}" y1="${y - 2}" y2="${y + bar + 2}" stroke="#1b1f24" stroke-width="2" stroke-dasharray="3 2"/>`;
      return `<text x="0" y="${y + 15}" font-size="12" fill="#1b1f24">${escape(r.label)}</text><rect x="${left}" y="${y}" width="${Math.max(w, 1)}" height="${bar}" fill="${r.meetsTarget === false ? '#b42318' : '#1a7f37'}"/>${target}<text x="${left + w + 6}" y="${y + 15}" font-size="12" fill="#1b1f24">${percent(r.rate)}${r.meetsTarget === false ? ' (below target)' : ''}</text>`;
    })
    .join('');
  const desc = measured.map((r) => `${r.label}: ${percent(r.rate)} met${r.target === null ? '' : ` against a target of ${percent(r.target, 0)}`}`).join('; ');
  const height = measured.length * (bar + 8);
  return `<figure><svg role="img" aria-labelledby="${id}-t ${id}-d" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-t">Response compliance by severity</title><desc id="${id}-d">${escape(desc)}.</desc>${body}</svg>
<figcaption>Share of responses within target per level; the dashed line marks the level's target. Below-target levels are also labelled in words.</figcaption></figure>`;
}

function clauses(list: readonly ReportClause[]): string {
  if (list.length === 0) return '';
  return `<h3>Contract clauses</h3><ul class="clauses">${list.map((c) => `<li>${escape(c.rule)}: ${escape(c.title)}, ${escape(c.section)}${c.quote === undefined ? '' : ` — <q>${escape(c.quote)}</q>`}</li>`).join('')}</ul>`;
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
 * const html = serviceReportToHtml({ title: 'Example report, 2026-10', contract: { name: 'Example', vendor: null, sources: [] }, month: '2026-10', timeZone: 'UTC', region: null, asOf: '2026-11-01T00:00:00.000Z', availability: null, compliance: null, maintenance: null, renewal: null });
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
<div class="figures"><div class="figure">Availability<b data-figure="availability">${a.percent === null ? 'not measurable' : formatPercent(a.percent, 4)}</b></div>${a.target === null ? '' : `<div class="figure">Target<b>${a.target}%</b>${a.met === null ? '' : a.met ? '<span class="met">met</span>' : '<span class="missed">missed</span>'}</div>`}${a.creditPercent === null ? '' : `<div class="figure">Service credit<b data-figure="credit">${a.creditPercent}%</b></div>`}</div>
<p class="formula">((x − y − z) / (x − y)) × 100 with x = ${minutes(a.x)} minutes in the month (in ${escape(a.timeZone)}), y = ${minutes(a.y)} excusable, z = ${minutes(a.z)} unscheduled.</p>${a.borrowedFormula === undefined ? '' : `
<p class="note">${escape(a.borrowedFormula)}.</p>`}
${monthStrip(a.days, 'strip')}
${a.incidents.length === 0 ? '<p>No incidents in the month.</p>' : `<h3>Incidents</h3><table><thead><tr><th scope="col">Incident</th><th scope="col">Cause</th><th scope="col">Start</th><th scope="col">End</th><th scope="col" class="num">Excusable (y), min</th><th scope="col" class="num">Unscheduled (z), min</th><th scope="col">Window</th></tr></thead><tbody>${a.incidents
      .map((i) => `<tr><th scope="row">${escape(i.id)}</th><td>${escape(i.cause)}</td><td>${escape(i.start)}</td><td>${escape(i.end)}</td><td class="num">${minutes(i.excusableMinutes)}</td><td class="num">${minutes(i.unscheduledMinutes)}</td><td>${escape(i.window ?? '')}</td></tr>`)
      .join('')}</tbody></table>`}
${clauses(a.clauses)}</section>`);
  }
  if (c !== null) {
    parts.push(`<section aria-labelledby="compliance"><h2 id="compliance">Support compliance</h2><p>${c.cases} case${c.cases === 1 ? '' : 's'} opened in the month.</p>
${complianceChart(c.response, 'response-chart')}
<h3>Response</h3>${unmeasured(c.notMeasured, 'response')}${complianceTable('Response compliance', c.response)}
<h3>Updates</h3>${unmeasured(c.notMeasured, 'updates')}${complianceTable('Update compliance', c.updates)}
<h3>Resolution</h3>${unmeasured(c.notMeasured, 'resolution')}${complianceTable('Resolution compliance', c.resolution)}
<h3>Breaches</h3>${c.breaches.length === 0 ? '<p>No target was breached.</p>' : `<table><thead><tr><th scope="col">Case</th><th scope="col">Severity</th><th scope="col">Target</th><th scope="col">Due</th><th scope="col">Actual</th><th scope="col" class="num">Over by</th></tr></thead><tbody>${c.breaches
      .map((b) => `<tr><th scope="row">${escape(b.id)}</th><td>${escape(b.label)}</td><td>${escape(b.kind)}</td><td>${escape(b.dueAt)}</td><td>${escape(b.at)}</td><td class="num">${b.kind === 'updates' ? `${b.overrunMinutes} missed` : `${minutes(b.overrunMinutes)} min`}</td></tr><tr><td colspan="6"><p class="explanation">${escape(b.explanation)}</p></td></tr>`)
      .join('')}</tbody></table>`}
${clauses(c.clauses)}</section>`);
  }
  if (m !== null) {
    parts.push(`<section aria-labelledby="maintenance"><h2 id="maintenance">Upcoming maintenance</h2>${m.windows.length === 0 ? '<p>No window in the coming weeks.</p>' : `<table><thead><tr><th scope="col">Region</th><th scope="col">Local time (${escape(m.zone)})</th><th scope="col">UTC</th></tr></thead><tbody>${m.windows
      .map((w) => `<tr><td>${escape(w.region ?? '')}</td><td>${escape(w.local)}</td><td>${escape(w.start)} – ${escape(w.end)}</td></tr>`)
      .join('')}</tbody></table>`}${clauses(m.clauses)}</section>`);
  }
  if (r !== null) {
    parts.push(`<section aria-labelledby="renewal"><h2 id="renewal">Renewal${r.customer === null ? '' : ` — ${escape(r.customer)}`}</h2>${r.nextNotice === null ? '' : `<div class="figures"><div class="figure">Non-renewal notice due by<b data-figure="notice">${escape(r.nextNotice.deadline)}</b>${r.nextNotice.daysLeft} days left</div></div>`}
<table><thead><tr><th scope="col" class="num">Term</th><th scope="col">Start</th><th scope="col">End</th><th scope="col" class="num">Fee (${escape(r.currency)})</th><th scope="col" class="num">Uplift</th><th scope="col">Rule</th><th scope="col">Notice by</th></tr></thead><tbody>${r.terms
      .map((t) => `<tr><td class="num">${t.term}</td><td>${escape(t.start)}</td><td>${escape(t.end)}</td><td class="num">${escape(t.fee)}</td><td class="num">${t.rule === 'initial' ? '' : percent(t.rate, 2)}</td><td>${escape(t.rule)}</td><td>${escape(t.noticeDeadline)}</td></tr>`)
      .join('')}</tbody></table>${r.explanation === null ? '' : `<p class="explanation">${escape(r.explanation)}</p>`}${clauses(r.clauses)}</section>`);
  }
  const sources = report.contract.sources.length === 0 ? '' : `<section aria-labelledby="sources"><h2 id="sources">Sources</h2><ul>${report.contract.sources.map((s) => `<li>${escape(s.title)}${s.publisher === undefined ? '' : `, ${escape(s.publisher)}`}${s.retrieved === undefined ? '' : ` (read ${escape(s.retrieved)})`}</li>`).join('')}</ul></section>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(report.title)}</title>
<style>${STYLE}
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }</style></head>
<body><main><h1>${escape(report.title)}</h1>
<p class="meta">${escape([report.contract.vendor, `month ${report.month} in ${report.timeZone}`, report.region === null ? null : `region ${report.region}`, `as of ${report.asOf}`].filter((x) => x !== null).join(' · '))}</p>
${parts.join('\n')}
${sources}
<p class="meta">Made with slakit from the contract's rules and the data given; every figure can be reproduced with the same inputs.</p></main></body></html>
`;
}
