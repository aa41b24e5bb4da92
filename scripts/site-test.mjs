// Documentation-site proof: builds the typedoc site (docs-site/), serves it on loopback, opens it
// in Debian's headless Chromium with playwright-core, follows every internal link from the landing
// page (the sidebar that navigation.js draws included) and fails on a page that does not load or
// an anchor that is not on its page. It also searches with typedoc's own search box, and checks
// that each site page the CLI's help texts name exists.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = 'docs-site';
if (!process.argv.includes('--no-build')) execFileSync('npx', ['typedoc'], { stdio: 'inherit' });

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const server = createServer((request, response) => {
  let path = decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]);
  if (path.endsWith('/')) path += 'index.html';
  const file = join(root, normalize(path));
  if (!file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const failures = [];
let passed = 0;
try {
  const context = await browser.newContext();
  // Pages: url → { ids on the page } once visited; links: [from, to] still to check.
  const pages = new Map();
  const links = [];
  const queue = [`${origin}/index.html`];
  const visit = async (page, url) => {
    // A file the site links to (the sample report's PDF, say) is checked by fetching it: the browser
    // would download it, not show a page.
    if (!/\.html$/.test(new URL(url).pathname)) {
      const response = await page.request.get(url);
      if (response.status() !== 200) throw new Error(`${url} answered ${response.status()}`);
      pages.set(url, new Set());
      return;
    }
    const errors = [];
    const onError = (error) => errors.push(String(error));
    page.on('pageerror', onError);
    const response = await page.goto(url, { waitUntil: 'load' });
    // The sidebar is drawn from navigation.js after load.
    await page.waitForSelector('.site-menu nav a, #tsd-nav-container a', { timeout: 5000 }).catch(() => {});
    page.off('pageerror', onError);
    if (!response || response.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    if (errors.length > 0) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id], a[name]')].map((e) => e.id || e.getAttribute('name')),
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.href),
    }));
    pages.set(url, new Set(found.ids));
    for (const href of found.hrefs) {
      if (!href.startsWith(origin)) continue;
      links.push([url, href]);
      const target = href.split('#')[0];
      if (!pages.has(target) && !queue.includes(target)) queue.push(target);
    }
  };
  const workers = await Promise.all([context.newPage(), context.newPage()]);
  await Promise.all(workers.map(async (page) => {
    for (;;) {
      const url = queue.shift();
      if (url === undefined) {
        // Another worker may still add pages.
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (queue.length === 0 && workers.every((w) => w.busy !== true)) return;
        continue;
      }
      page.busy = true;
      pages.set(url, new Set());
      try {
        await visit(page, url);
      } catch (error) {
        failures.push(String(error.message ?? error));
        pages.set(url, null);
      }
      page.busy = false;
    }
  }));
  for (const [from, to] of links) {
    const [target, anchor] = to.split('#');
    const ids = pages.get(target);
    if (ids === null || ids === undefined) failures.push(`broken link on ${from.slice(origin.length)}: ${to.slice(origin.length)}`);
    else if (anchor && !ids.has(decodeURIComponent(anchor))) failures.push(`missing anchor on ${from.slice(origin.length)}: ${to.slice(origin.length)}`);
  }
  const unique = [...new Set(failures)];
  failures.length = 0;
  failures.push(...unique);
  if (unique.length === 0) passed++;
  console.log(`site: ${pages.size} pages, ${links.length} internal links followed`);

  // Pages the landing page must reach: every guide, the changelog, the benchmarks, every module.
  const expected = ['documents/changelog.html', 'documents/benchmarks.html', 'modules/slakit.html',
    ...readFileSync('typedoc.json', 'utf8').match(/src\/(\w+)\/index\.ts/g).filter((f) => !f.includes('/core/')).map((f) => `modules/slakit_${f.split('/')[1]}.html`),
    ...execFileSync('ls', ['docs'], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.md')).map((f) => `documents/${f.replace(/\.md$/, '')}.html`)];
  const unreached = expected.filter((p) => !pages.get(`${origin}/${p}`));
  if (unreached.length > 0) failures.push(`pages not reached from the landing page: ${unreached.join(', ')}`);
  else passed++;

  // The CLI's help texts name site pages; each must exist.
  const cli = JSON.parse(readFileSync('package.json', 'utf8')).bin.slakit;
  const top = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
  const commands = [...(/Commands:\n((?: {2}\S.*\n)+)/.exec(top)?.[1] ?? '').matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]);
  const named = new Set(commands.flatMap((c) => [...execFileSync(process.execPath, [cli, c, '--help'], { encoding: 'utf8' }).matchAll(/site: (\S+\.html)/g)].map((m) => m[1])));
  const missing = [...named].filter((p) => !existsSync(join(root, p)));
  if (missing.length > 0) failures.push(`site pages named by the CLI's help that do not exist: ${missing.join(', ')}`);
  else passed++;

  // typedoc's search box finds a function and leads to its page.
  const page = workers[0];
  await page.goto(`${origin}/index.html`);
  await page.click('#tsd-search-trigger').catch(() => page.keyboard.press('/'));
  await page.fill('#tsd-search-input', 'addBusinessTime');
  const result = page.locator('#tsd-search-results li a').first();
  await result.waitFor({ timeout: 10_000 });
  await result.click();
  await page.waitForLoadState('load');
  if (!/functions\/slakit_calendar\.addBusinessTime\.html$/.test(page.url())) failures.push(`search for addBusinessTime led to ${page.url()}`);
  else passed++;
} catch (error) {
  failures.push(String(error));
} finally {
  await browser.close();
  server.close();
}
for (const failure of failures) console.error(`✗ ${failure}`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
