// The sample service report in a real browser (Debian's Chromium through playwright-core): no
// console error, no network request of any kind (every request but the page's own is failed and
// counted), the key figures in the DOM, no axe-core violation of serious or critical impact, and a
// screenshot of the first page and a printed PDF under .screenshots/.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
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
    console.log('1 passed, 0 failed');
  } catch (error) {
    failed = true;
    console.error('✗ report browser test failed:', error);
    console.log('0 passed, 1 failed');
  }
  if (failed) process.exit(1);
}
