// Browser proof: bundles examples/browser for the browser (a Node built-in fails the build), serves
// it on loopback, drives it in Debian's headless Chromium with playwright-core, checks the due time
// shown, and saves a screenshot under .screenshots/ (git-ignored).
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = 'examples/browser';
const out = join(root, 'dist');
await build({
  entryPoints: [join(root, 'main.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  outfile: join(out, 'main.js'),
  logLevel: 'error',
  // Resolve 'slakit' to the built package through its exports map, as an app would.
  conditions: ['import'],
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((request, response) => {
  const path = request.url === '/' ? 'index.html' : (request.url ?? '').slice(1).split('?')[0];
  try {
    const body = readFileSync(join(root, path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`http://127.0.0.1:${port}/`);
  const { check } = await import(`../${root}/scenario.mjs`);
  const result = await check(page);
  mkdirSync('.screenshots', { recursive: true });
  await page.screenshot({ path: '.screenshots/browser-demo.png', fullPage: true });
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log(`browser: ${result}`);
  console.log('1 passed, 0 failed');
} catch (error) {
  failed = true;
  console.error('✗ browser test failed:', error);
  console.log('0 passed, 1 failed');
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
