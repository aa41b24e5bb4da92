// Issue 22, "Reports are documents other programs render": every text of a report is escaped in
// the Markdown and the HTML, wherever it is written, and a report of the wrong shape is refused.
// @ts-expect-error markdown-it (typedoc's) ships no types; the test uses render() only
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contract/index.js';
import { readCases, readIncidents } from '../../src/records/index.js';
import { buildServiceReport, type ServiceReport, serviceReportToHtml, serviceReportToMarkdown } from '../../src/report/index.js';
import { expectSlaError } from '../expect-sla-error.js';

const northwind = loadContract(JSON.parse(readFileSync('examples/contracts/northwind-cloud.json', 'utf8')));
const csv = (file: string): Record<string, string>[] => {
  const [head = '', ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = head.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i] as string, cell])));
};
const report = buildServiceReport({
  contract: northwind,
  month: '2026-10',
  timeZone: 'America/Chicago',
  now: '2026-11-02T12:00:00Z',
  cases: [...readCases(csv('examples/data/cases-2026-10.csv'))],
  incidents: [...readIncidents(csv('examples/data/incidents-2026-10.csv'))],
  region: 'Americas',
  renewal: { customer: 'Example Co.', feeMinor: 12_000_000, start: '2026-03-15', cpi: [0.031, 0.056] },
});

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'a\n\n<script>alert(2)</script>',
  'a\r<script>alert(3)</script>',
  'x | <b>cell</b> \\| y',
  '[click](javascript:alert(1))',
  '<javascript:alert(1)>',
  '`<script>`\\',
  '&lt;script&gt;',
];

/** The report with every text field (but the one enum, a breach's target) replaced by `payload`. */
function hostile(value: unknown, payload: string, key = ''): unknown {
  if (typeof value === 'string') return key === 'kind' ? value : payload;
  if (Array.isArray(value)) return value.map((item) => hostile(item, payload));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, payload, k)]));
  return value;
}

/** Elements and attributes a renderer must never make of report data. */
const LIVE = /<(?:script|img|iframe)\b|<b>cell|<a\s[^>]*href="javascript:|<[a-z][^>]*\son\w+=/i;

describe('issue 22: Markdown escapes every interpolated string (hostile contract names and case ids gave live <script> through marked)', () => {
  const markdownIt = new MarkdownIt({ html: true });

  it('the report as it is renders the same figures: the escaping changes no plain text', () => {
    const md = serviceReportToMarkdown(report);
    expect(md).toContain('| 1 | 2026-03-15 | 2027-03-14 | USD 120,000.00 |  | initial | 2026-12-14 |');
  });

  it.each(PAYLOADS)('every text field set to %j: no live element through marked or markdown-it (html: true)', async (payload) => {
    const md = serviceReportToMarkdown(hostile(report, payload) as ServiceReport);
    for (const html of [await marked.parse(md), markdownIt.render(md)]) expect(html).not.toMatch(LIVE);
  });

  it('a value never ends its table row or paragraph: each table keeps its column count', () => {
    const md = serviceReportToMarkdown(hostile(report, 'a|b\nc\r|d\\') as ServiceReport);
    for (const row of md.split('\n').filter((line) => line.startsWith('| '))) {
      const cells = row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
      expect([5, 6, 7, 8, 9]).toContain(cells); // 3 to 7 columns
    }
    const markdownIt = new MarkdownIt();
    const rendered = markdownIt.render(md);
    expect(rendered).toContain('a|b c |d\\');
  });

  it('a contract name with HTML, a line break and a pipe is shown as text in the title', () => {
    const md = serviceReportToMarkdown({ ...report, title: 'Acme <script>x</script>\n| y' });
    expect(md.split('\n')[0]).toBe('# Acme &lt;script&gt;x&lt;/script&gt; \\| y');
  });

  it('an underscore inside a word stays (America/New_York); one that could start or end emphasis is escaped', () => {
    const md = serviceReportToMarkdown({ ...report, timeZone: 'America/New_York', title: '_x_ snake_case __init__' });
    expect(md.split('\n')[0]).toBe('# \\_x\\_ snake_case \\_\\_init\\_\\_');
    expect(md).toContain('month 2026-10 in America/New_York');
  });

  it('a multi-line explanation keeps its lines, and none starts a heading, list or quote', () => {
    const md = serviceReportToMarkdown({ ...report, renewal: { ...report.renewal!, explanation: 'one\n# two\n- three\n> four\n1. five\n---' } });
    expect(md).toContain('one\n\\# two\n\\- three\n&gt; four\n1\\. five\n\\---');
  });
});

describe('issue 22: serviceReportToHtml escapes every field and checks the report’s shape', () => {
  it.each(PAYLOADS)('every text field (dates included) set to %j: no live element', (payload) => {
    const html = serviceReportToHtml(hostile(report, payload) as ServiceReport);
    expect(html).not.toMatch(LIVE);
    expect(html.match(/<script/gi)).toBeNull();
  });

  it('a stored report JSON with script in a date renders no script (it rendered three)', () => {
    const stored = JSON.parse(JSON.stringify(report)) as { renewal: { terms: { start: string; end: string; noticeDeadline: string }[] } };
    const term = stored.renewal.terms[0]!;
    term.start = term.end = term.noticeDeadline = '<script>alert(1)</script>';
    const html = serviceReportToHtml(stored as unknown as ServiceReport);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each<[string, (r: Record<string, unknown>) => unknown, string]>([
    ['{} (a TypeError before)', () => ({}), 'report.title'],
    ['a number as text where a number goes', (r) => ({ ...r, availability: { ...(r['availability'] as object), target: '<script>' } }), 'report.availability.target'],
    ['a date that is not a text', (r) => ({ ...r, renewal: { ...(r['renewal'] as object), terms: [{ ...((r['renewal'] as { terms: object[] }).terms[0] as object), start: { toString: () => '<script>' } }] } }), 'report.renewal.terms[0].start'],
    ['NaN minutes', (r) => ({ ...r, availability: { ...(r['availability'] as object), x: Number.NaN } }), 'report.availability.x'],
    ['a breach kind outside its three kinds', (r) => ({ ...r, compliance: { ...(r['compliance'] as object), breaches: [{ ...((r['compliance'] as { breaches: object[] }).breaches[0] as object), kind: '<b>' }] } }), 'report.compliance.breaches[0].kind'],
    ['null', () => null, 'report'],
  ])('%s is INVALID_ARGUMENT naming the field, from the HTML and the Markdown', (_, change, path) => {
    const bad = change(report as unknown as Record<string, unknown>) as ServiceReport;
    expectSlaError(() => serviceReportToHtml(bad), 'INVALID_ARGUMENT', path);
    expectSlaError(() => serviceReportToMarkdown(bad), 'INVALID_ARGUMENT', path);
  });
});
