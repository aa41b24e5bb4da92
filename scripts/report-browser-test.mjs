// The sample service report in a real browser (Debian's Chromium through playwright-core): no
// console error, no network request of any kind (every request but the page's own is failed and
// counted), the key figures in the DOM, no axe-core violation of serious or critical impact, and a
// screenshot of the first page and a printed PDF under .screenshots/. Then a contract history with
// plans (see plansAndVersions) and a generated month of the size of a real one (see generatedMonth).
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Serves one file on loopback; returns its URL and a closer. */
async function serve(file) {
  const body = readFileSync(file);
  const server = createServer((request, response) => {
    if (request.url !== '/') return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

async function withPage(file, run) {
  const { url, close } = await serve(file);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const requests = [];
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(url);
    return await run(page, { requests, errors });
  } finally {
    await browser.close();
    close();
  }
}

/** Prints the report to a PDF (A4), as "Save as PDF" would. */
export async function printPdf(file, pdf) {
  await withPage(file, (page) => page.pdf({ path: pdf, format: 'A4', printBackground: true }));
}

/** A screenshot of the report's first page as printed: A4's width, page 1's height. */
export async function firstPageImage(file, png) {
  await withPage(file, async (page) => {
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    // The page's print margins (15 mm), which a screenshot does not apply.
    await page.addStyleTag({ content: 'main { padding: 57px !important; }' });
    await page.screenshot({ path: png });
  });
}

/** The pages of a PDF (its page objects). */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/**
 * The generated month (2,040 cases from customers in three zones, 20 incidents, about 500
 * breaches): the body prints in 6 A4 pages or fewer, the appendix's page estimate is within a
 * quarter of the print, no SVG text reaches outside its drawing, no axe-core finding is serious or
 * critical, no request is made; page 1 is saved as a screenshot.
 */
async function generatedMonth(axe) {
  const { writeMonth } = await import('./generate-month.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'slakit-report-'));
  const files = writeMonth(dir, {});
  const html = join(dir, 'report.html');
  execFileSync(process.execPath, ['dist/cli.js', 'report', '--contract', 'examples/contracts/northwind-cloud.json', '--month', '2026-10', '--tz', 'America/New_York', '--region', 'Americas', '--cases', files.cases, '--incidents', files.incidents, '--monthly-fee', '40000.00', '--renewal', 'examples/data/renewal.json', '--now', '2026-11-03T12:00:00Z', '--out', html], { stdio: 'inherit' });
  await withPage(html, async (page, { requests, errors }) => {
    mkdirSync('.screenshots', { recursive: true });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: '.screenshots/report-month-page-1.png' });
    // Every text of every SVG inside its viewBox, as the browser lays it out.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('svg')].flatMap((svg) => {
        const box = svg.viewBox.baseVal;
        return [...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getBBox()]).filter(([, b]) => b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y + b.height > box.y + box.height + 0.5).map(([text]) => text);
      }),
    );
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const estimate = await page.evaluate(() => Number(/adds about (\d+) page/.exec(document.getElementById('appendix')?.textContent ?? '')?.[1] ?? NaN));
    const whole = pageCount(await page.pdf({ format: 'A4', printBackground: true }));
    await page.evaluate(() => document.querySelectorAll('#appendix details').forEach((d) => (d.open = true)));
    const open = pageCount(await page.pdf({ format: 'A4', printBackground: true, path: '.screenshots/report-month-appendix-open.pdf' }));
    await page.evaluate(() => document.getElementById('appendix').remove());
    const body = pageCount(await page.pdf({ format: 'A4', printBackground: true, path: '.screenshots/report-month-body.pdf' }));
    const list = open - whole;
    if (requests.length > 0) throw new Error(`the report made ${requests.length} network requests: ${requests.join(', ')}`);
    if (errors.length > 0) throw new Error(`console errors: ${errors.join('; ')}`);
    if (clipped.length > 0) throw new Error(`SVG text outside its drawing: ${clipped.join(' | ')}`);
    if (serious.length > 0) throw new Error(`axe-core: ${serious.map((v) => `${v.id} (${v.impact}): ${v.help}`).join('; ')}`);
    if (body > 6) throw new Error(`the body prints in ${body} pages; at most 6`);
    if (!(Math.abs(estimate - list) <= list / 4 + 1)) throw new Error(`the appendix says it adds about ${estimate} pages; printed open, the list adds ${list}`);
    console.log(`generated month: body ${body} pages, the list of every breach ${list} pages printed open (estimated ${estimate}), ${result.violations.length} minor axe findings, no text clipped`);
  });
}

/**
 * The report of a contract history whose versions state plans (issue 25): a part per version and
 * plan. No SVG text outside its drawing, no axe-core finding serious or critical, no request.
 */
async function plansAndVersions(axe) {
  const dir = mkdtempSync(join(tmpdir(), 'slakit-report-'));
  const html = join(dir, 'report.html');
  const fixtures = 'test/fixtures/report';
  execFileSync(process.execPath, ['dist/cli.js', 'report', '--contract', `${fixtures}/larkspur-plans.json`, '--contract', `${fixtures}/larkspur-plans-2026-10-15.json`, '--month', '2026-10', '--tz', 'America/New_York', '--cases', `${fixtures}/larkspur-cases-2026-10.csv`, '--incidents', `${fixtures}/larkspur-incidents-2026-10.csv`, '--monthly-fee', '4000.00', '--now', '2026-11-02T12:00:00Z', '--out', html], { stdio: 'inherit' });
  await withPage(html, async (page, { requests, errors }) => {
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('svg')].flatMap((svg) => {
        const box = svg.viewBox.baseVal;
        return [...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getBBox()]).filter(([, b]) => b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y + b.height > box.y + box.height + 0.5).map(([text]) => text);
      }),
    );
    const parts = await page.evaluate(() => [...document.querySelectorAll('h3[id^="part-"]')].map((h) => h.textContent));
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    mkdirSync('.screenshots', { recursive: true });
    const pages = pageCount(await page.pdf({ format: 'A4', printBackground: true, path: '.screenshots/report-plans-versions.pdf' }));
    if (requests.length > 0) throw new Error(`the report made ${requests.length} network requests: ${requests.join(', ')}`);
    if (errors.length > 0) throw new Error(`console errors: ${errors.join('; ')}`);
    if (clipped.length > 0) throw new Error(`SVG text outside its drawing: ${clipped.join(' | ')}`);
    if (serious.length > 0) throw new Error(`axe-core: ${serious.map((v) => `${v.id} (${v.impact}): ${v.help}`).join('; ')}`);
    if (parts.length !== 4) throw new Error(`expected a part per version and plan (4), found: ${parts.join(' | ')}`);
    console.log(`versions x plans: ${parts.length} parts, ${pages} pages printed, ${result.violations.length} minor axe findings, no text clipped`);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { SAMPLE_HTML } = await import('./sample-report.mjs');
  const axe = createRequire(import.meta.url)('axe-core');
  let failed = false;
  try {
    await withPage(SAMPLE_HTML, async (page, { requests, errors }) => {
      const figures = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-figure]')].map((e) => [e.getAttribute('data-figure'), e.textContent])));
      // One percent formatter (formatPercent): rounded to at most 4 decimals, trailing zeros dropped.
      if (!/^\d+(?:\.\d{1,4})?%$/.test(figures.availability ?? '')) throw new Error(`availability figure missing: ${JSON.stringify(figures)}`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(figures.notice ?? '')) throw new Error(`notice deadline missing: ${JSON.stringify(figures)}`);
      // axe-core runs from an inline script: injecting it makes no request.
      await page.addScriptTag({ content: axe.source });
      const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      mkdirSync('.screenshots', { recursive: true });
      await page.screenshot({ path: '.screenshots/report-first-page.png' });
      await page.pdf({ path: '.screenshots/report.pdf', format: 'A4', printBackground: true });
      if (requests.length > 0) throw new Error(`the report made ${requests.length} network requests: ${requests.join(', ')}`);
      if (errors.length > 0) throw new Error(`console errors: ${errors.join('; ')}`);
      if (serious.length > 0) throw new Error(`axe-core: ${serious.map((v) => `${v.id} (${v.impact}): ${v.help}`).join('; ')}`);
      console.log(`report: availability ${figures.availability}, notice by ${figures.notice}; ${result.violations.length} minor axe findings, none serious`);
    });
    await plansAndVersions(axe);
    await generatedMonth(axe);
    console.log('3 passed, 0 failed');
  } catch (error) {
    failed = true;
    console.error('✗ report browser test failed:', error);
    console.log('0 passed, 1 failed');
  }
  if (failed) process.exit(1);
}
