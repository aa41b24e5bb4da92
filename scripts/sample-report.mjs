// `npm run sample-report`: the sample service report of October 2026 from examples/data/month-2026-10/, as
// committed under docs/ (HTML and Markdown, the PDF Chromium prints of the HTML, and page 1 as a PNG). A test fails
// when the committed HTML or Markdown no longer matches what the command makes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The command line of the sample, without --format and --out. */
export const SAMPLE_ARGS = [
  'report',
  // The invented vendor's contract has every part (the published ones lack availability targets
  // or renewal terms), so the sample shows every section.
  '--contract', 'examples/contracts/northwind-cloud.json',
  '--month', '2026-10',
  '--tz', 'America/New_York',
  '--region', 'Americas',
  // A generated month (scripts/generate-month.mjs examples/data/month-2026-10 240 12): five
  // customers in three zones, September too for the comparison.
  '--cases', 'examples/data/month-2026-10/cases.csv',
  '--incidents', 'examples/data/month-2026-10/incidents.csv',
  '--renewal', 'examples/data/renewal.json',
  '--monthly-fee', '40000.00',
  '--now', '2026-11-02T09:00:00-05:00',
];
export const SAMPLE_HTML = 'docs/sample-report-2026-10.html';
export const SAMPLE_MD = 'docs/sample-report-2026-10.md';
export const SAMPLE_PDF = 'docs/sample-report-2026-10.pdf';
/** Page 1 as an image, for the README. */
export const SAMPLE_PNG = 'docs/sample-report-2026-10-page-1.png';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  execFileSync(process.execPath, ['dist/cli.js', ...SAMPLE_ARGS, '--out', SAMPLE_HTML], { stdio: 'inherit' });
  execFileSync(process.execPath, ['dist/cli.js', ...SAMPLE_ARGS, '--format', 'md', '--out', SAMPLE_MD], { stdio: 'inherit' });
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) {
    const { firstPageImage, printPdf } = await import('./report-browser-test.mjs');
    await printPdf(SAMPLE_HTML, SAMPLE_PDF);
    await firstPageImage(SAMPLE_HTML, SAMPLE_PNG);
    console.log(`wrote ${SAMPLE_PDF} and ${SAMPLE_PNG}`);
  } else {
    console.log(`no Chromium at ${chromium}: ${SAMPLE_PDF} not regenerated`);
  }
}
