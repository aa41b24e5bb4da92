// Bundle-size budgets and tree-shaking proof: bundles each public entry (and single imports) from
// the built package with esbuild for the browser, minified, dependencies included, and gzips it.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// Budgets in bytes, minified + gzipped. A module's marker string is a code only it throws:
// a single import from another module must not contain it.
const entries = [
  { name: 'slakit (everything the root exports)', code: "export * from './dist/index.js';", budget: 20 * 1024 },
  { name: 'slakit/calendar', code: "export * from './dist/calendar.js';", budget: 8 * 1024, marker: 'INVALID_CALENDAR' },
];

async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { text: new TextDecoder().decode(bytes), gzip: gzipSync(bytes, { level: 9 }).length, raw: bytes.length };
}

let failed = false;
const rows = [];
for (const entry of entries) {
  const { gzip, raw } = await bundle(entry.code);
  const ok = gzip <= entry.budget;
  failed ||= !ok;
  rows.push(`| ${entry.name} | ${(raw / 1024).toFixed(1)} KB | ${(gzip / 1024).toFixed(2)} KB | ${(entry.budget / 1024).toFixed(0)} KB | ${ok ? 'ok' : 'OVER BUDGET'} |`);
}
console.log('| entry | minified | min + gzip | budget | |\n| --- | ---: | ---: | ---: | --- |\n' + rows.join('\n'));

// Tree-shaking: a whole subpath, and one function from it, pull in no other module's code.
for (const entry of entries.filter((e) => e.marker)) {
  const subpath = entry.name.split('/')[1];
  const names = Object.keys(await import(`../dist/${subpath}.js`));
  const whole = (await bundle(entry.code)).text;
  const one = (await bundle(`export { ${names[0]} } from './dist/${subpath}.js';`)).text;
  for (const other of entries.filter((e) => e.marker && e !== entry)) {
    if (whole.includes(other.marker) || one.includes(other.marker)) {
      console.error(`✗ importing ${entry.name} pulls in ${other.name} (found ${other.marker})`);
      failed = true;
    }
  }
}
const single = await bundle("export { isOpen } from './dist/calendar.js';");
console.log(`\nA single import (isOpen from slakit/calendar): ${(single.gzip / 1024).toFixed(2)} KB min + gzip.`);
if (failed) process.exit(1);
