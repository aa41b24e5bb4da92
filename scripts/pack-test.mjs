// The package as users install it: packs the built package, installs the tarball OFFLINE into a
// scratch consumer project (with its dependencies packed from node_modules), and checks ESM import and
// CJS require of the root and every subpath of the exports map, `tsc --strict` under every
// moduleResolution (node10 through typesVersions), the `slakit` bin, the tarball's contents, the
// README's references, and `npm publish --dry-run`. The consumer also type-checks every ```ts block
// of README.md and docs/*.md, and every TSDoc example of src/, against the installed package.
// Run after the build (npm test does), with tsx: `node --import tsx scripts/pack-test.mjs`.
// SLAKIT_CONSUMER_NODE=/path/to/node runs the consumer's code and the bin on another Node than the
// toolchain's (CI's Node 18 leg: the package supports Node 18, its dev tools need Node 20). `--keep` leaves the scratch directory for inspection.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { collectExamples } from '../test/package/doc-examples.ts';
import { jsonSubpaths, jsSubpaths, readmeReferences } from './package-facts.mjs';

const root = resolve('.');
const consumerNode = process.env.SLAKIT_CONSUMER_NODE ?? process.execPath;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'slakit-pack-'));
const failures = [];
let passed = 0;
function check(name, fn) {
  const started = Date.now();
  try {
    fn();
    passed++;
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failures.push(name);
    console.error(`  ✗ ${name}\n${String(error.stdout ?? '')}${String(error.stderr ?? '')}${error.stdout ? '' : error.message}`.trimEnd());
  }
}
function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC', npm_config_update_notifier: 'false' }, ...options });
}
const npm = (args, cwd) => run('npm', [...args, '--cache', join(scratch, '.npm-cache'), '--no-audit', '--no-fund'], { cwd });
const equal = (actual, expected, what) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
};

// Pack slakit and each of its dependencies (@date-fns/tz, date-fns), as they are installed.
const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], root));
const tarball = join(scratch, packed.filename);
const files = packed.files.map((f) => f.path).sort();
const dependencies = Object.fromEntries(
  Object.keys(pkg.dependencies ?? {}).map((name) => {
    const [dependency] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], join(root, 'node_modules', name)));
    return [name, `file:${join(scratch, dependency.filename)}`];
  }),
);
const consumer = join(scratch, 'consumer');
mkdirSync(consumer);
writeFileSync(join(consumer, 'package.json'), JSON.stringify({
  name: 'consumer', private: true, type: 'module',
  dependencies: { slakit: `file:${tarball}`, ...dependencies },
}, null, 2));
console.log(`consumer Node: ${run(consumerNode, ['--version']).trim()}`);
console.log(`packed ${packed.filename} (${files.length} files, ${(packed.size / 1024).toFixed(1)} KB); installing offline in ${consumer}`);
npm(['install', '--offline', '--ignore-scripts', '--no-package-lock'], consumer);
const installed = join(consumer, 'node_modules/slakit');
// date-holidays, the optional peer of slakit/holidays, as the user would have it: the copy already
// installed (its own dependencies resolve beside it).
symlinkSync(join(root, 'node_modules/date-holidays'), join(consumer, 'node_modules/date-holidays'), 'dir');

// Every subpath: JS ones by name; JSON ones expanded from the files they match in the tarball.
const jsNames = ['slakit', ...jsSubpaths(pkg).map((s) => `slakit/${s}`)];
const jsonNames = jsonSubpaths(pkg, files).map((s) => `slakit/${s}`);

check('the tarball holds the build, the guides and the package files, and no tests or source maps', () => {
  const allowed = /^(dist\/[^/]+\.(js|cjs|d\.ts|d\.cts)|docs\/[^/]+\.md|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
  const other = [...pkg.files.filter((f) => !['dist', 'docs', 'docs/*.md', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(f))];
  const leaves = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(leaves));
  // Files the exports map points at (JSON data, say), patterns included.
  const exported = leaves(pkg.exports).map((t) => new RegExp(`^${t.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+')}$`));
  const unexpected = files.filter((f) => !allowed.test(f) && !exported.some((r) => r.test(f)) && !other.some((o) => f === o || f.startsWith(`${o.replace(/\/$/, '')}/`)));
  equal(unexpected, [], 'files outside the build, guides, exports and package files');
  // tsup.config.ts sets `sourcemap: false`: no maps are intended, and none may ship.
  equal(files.filter((f) => /\.map$|(^|\/)test\/|\.test\.|\.spec\./.test(f)), [], 'tests or source maps in the tarball');
  const targets = leaves(pkg.exports).filter((t) => !t.includes('*')).map((t) => t.replace(/^\.\//, ''));
  const pointed = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin), ...Object.values(pkg.typesVersions?.['*'] ?? {}).flat()].map((t) => t.replace(/^\.\//, ''));
  equal([...targets, ...pointed].filter((t) => !files.includes(t)), [], 'files package.json points at that the tarball lacks');
});

check('README.md names no file the package lacks (or says it is in the repository)', () => {
  const missing = readmeReferences(readFileSync(join(installed, 'README.md'), 'utf8'))
    .filter((ref) => !ref.repositoryOnly && !files.some((f) => f === ref.path || f.startsWith(ref.path.replace(/\/?$/, '/'))));
  equal(missing.map((ref) => `line ${ref.line}: ${ref.path}`), [], 'README references to files outside the package');
});

check(`ESM import of ${jsNames.length} JS and ${jsonNames.length} JSON entry points`, () => {
  const code = [
    ...jsNames.map((name, i) => `import * as m${i} from '${name}'; if (Object.keys(m${i}).length === 0) throw new Error('${name} is empty');`),
    ...jsonNames.map((name, i) => `import j${i} from '${name}' with { type: 'json' }; if (typeof j${i} !== 'object') throw new Error('${name}');`),
    "import { addBusinessTime, createCalendar } from 'slakit';",
    "console.log(addBusinessTime(createCalendar({ timeZone: 'UTC', hours: '24x7' }), 0, 'PT1H').toISOString());",
  ].join('\n');
  writeFileSync(join(consumer, 'load.mjs'), code);
  equal(run(consumerNode, ['load.mjs'], { cwd: consumer }).trim(), '1970-01-01T01:00:00.000Z', 'ESM output');
});

check(`CJS require of ${jsNames.length} JS and ${jsonNames.length} JSON entry points`, () => {
  const code = [
    ...[...jsNames, ...jsonNames].map((name) => `if (Object.keys(require('${name}')).length === 0) throw new Error('${name} is empty');`),
    "const { businessTimeBetween, createCalendar, SlaError } = require('slakit');",
    "console.log(businessTimeBetween(createCalendar({ timeZone: 'UTC', hours: '24x7' }), 0, 3600000), typeof SlaError);",
  ].join('\n');
  writeFileSync(join(consumer, 'load.cjs'), code);
  equal(run(consumerNode, ['load.cjs'], { cwd: consumer }).trim(), '3600000 function', 'CJS output');
});

check('the slakit bin runs from node_modules/.bin', () => {
  const bin = join(consumer, 'node_modules/.bin/slakit');
  // The bin's `#!/usr/bin/env node` finds the consumer's Node first on PATH.
  const env = { ...process.env, TZ: 'UTC', PATH: `${dirname(consumerNode)}${delimiter}${process.env.PATH}` };
  equal(run(bin, ['--version'], { cwd: consumer, env }).trim(), `slakit ${pkg.version}`, 'slakit --version');
  const hours = JSON.stringify(Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [['08:00', '17:00']]])));
  const contract = ['--contract', 'uniphore', '--param', `businessHours=${hours}`, '--param', 'holidays=[]'];
  const due = run(bin, ['due', ...contract, '--severity', '3', '--opened', '2026-11-20T16:30:00-05:00', '--tz', 'America/New_York', '--json'], { cwd: consumer, env });
  equal(JSON.parse(due).status.response.dueAt, '2026-11-25T18:30:00.000Z', 'slakit due … --json: status.response.dueAt');
});

// Type checks: a file that imports every subpath, and the docs' code, under each resolution mode.
const uses = [
  ...jsNames.map((name, i) => `import * as m${i} from '${name}';`),
  `export const modules: readonly object[] = [${jsNames.map((_, i) => `m${i}`).join(', ')}];`,
  "import { addBusinessTime, createCalendar, type Calendar } from 'slakit';",
  "import { isOpen } from 'slakit/calendar';",
  "const calendar: Calendar = createCalendar({ timeZone: 'UTC', hours: '24x7' });",
  'export const due: Date = addBusinessTime(calendar, 0, 3_600_000);',
  'export const open: boolean = isOpen(calendar, due);',
].join('\n');
const usesJson = jsonNames.map((name, i) => `import j${i} from '${name}' with { type: 'json' };\nexport const json${i}: object = j${i};`).join('\n');
const snippets = collectExamples(root, 'type-checks');
mkdirSync(join(consumer, 'snippets'));
const snippetFiles = snippets.map((snippet, i) => {
  const file = `snippets/${String(i).padStart(4, '0')}-${snippet.where.replace(/[^A-Za-z0-9]+/g, '_')}.mts`;
  // `//` header names the block's origin in tsc's messages.
  writeFileSync(join(consumer, file), `// ${snippet.where}\n${snippet.code}\nexport {};\n`);
  return file;
});
writeFileSync(join(consumer, 'uses.mts'), `${uses}\n${usesJson}\n`);
// TypeScript allows import attributes (`with { type: 'json' }`) from module node18 on, not node16.
writeFileSync(join(consumer, 'uses-node16.mts'), `${uses}\n`);
writeFileSync(join(consumer, 'uses.cts'), `${uses}\n`);
writeFileSync(join(consumer, 'uses.ts'), `${uses}\n${usesJson}\n`);
writeFileSync(join(consumer, 'uses-node10.ts'), `${uses}\n`);
const base = { strict: true, noEmit: true, skipLibCheck: true, target: 'ES2022', lib: ['ES2022', 'DOM'], types: ['node'], typeRoots: [join(root, 'node_modules/@types')], resolveJsonModule: true };
const configs = {
  node16: { compilerOptions: { ...base, module: 'node16', moduleResolution: 'node16' }, files: ['uses-node16.mts', 'uses.cts', ...snippetFiles] },
  nodenext: { compilerOptions: { ...base, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['uses.mts', 'uses.cts', ...snippetFiles] },
  bundler: { compilerOptions: { ...base, module: 'preserve', moduleResolution: 'bundler' }, files: ['uses.ts', ...snippetFiles] },
  node10: { compilerOptions: { ...base, module: 'commonjs', moduleResolution: 'node10', resolveJsonModule: false }, files: ['uses-node10.ts'] },
  // skipLibCheck above keeps the runs short; this one checks the package's own declarations.
  'nodenext, skipLibCheck off (the .d.ts and .d.cts files themselves)': { compilerOptions: { ...base, skipLibCheck: false, lib: ['ES2022'], types: [], module: 'nodenext', moduleResolution: 'nodenext' }, files: ['uses.mts', 'uses.cts'] },
};
const tsc = join(root, 'node_modules/typescript/bin/tsc');
for (const [mode, config] of Object.entries(configs)) {
  const docs = config.files.length > 2 ? ` and ${snippets.length} doc code blocks` : '';
  check(`tsc --strict, moduleResolution ${mode}: every entry point${docs} type-check`, () => {
    const file = `tsconfig.${mode.split(',')[0]}${mode.includes(',') ? '-libcheck' : ''}.json`;
    writeFileSync(join(consumer, file), JSON.stringify(config, null, 2));
    run(process.execPath, [tsc, '-p', file], { cwd: consumer });
  });
}

check('npm publish --dry-run', () => {
  const result = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts', '--offline', '--cache', join(scratch, '.npm-cache')], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw Object.assign(new Error(`exit ${result.status}`), { stdout: result.stdout, stderr: result.stderr });
  if (!/\+ slakit@/.test(result.stdout + result.stderr)) throw Object.assign(new Error('no "+ slakit@version" line'), { stdout: result.stdout, stderr: result.stderr });
});

if (process.argv.includes('--keep')) console.log(`scratch kept: ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
