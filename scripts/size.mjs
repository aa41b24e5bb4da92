// Bundle-size budgets and tree-shaking proof: bundles each public entry (and single imports) from
// the built package with esbuild for the browser, minified, dependencies included, and gzips it.
// The subpaths come from package.json "exports"; every JS subpath must have a budget here.
// README.md and CHANGELOG.md state these sizes between `<!-- sizes -->` and `<!-- /sizes -->`;
// the run fails when they disagree, and `node scripts/size.mjs --write` rewrites both tables.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { jsSubpaths } from './package-facts.mjs';

// Budgets in bytes, minified + gzipped: each subpath at its measured size plus a little headroom;
// the whole root export is a ceiling (a browser user pays for what they import: the root tree-shakes).
// A module's marker is an error code only it throws; `uses` lists the modules it is built on.
// Importing a module must not pull in any other module's marker.
const KB = 1024;
// The whole root export is bounded too, though an app pays only for what it imports (the root
// tree-shakes, and the single-import budgets below bound what an app pays). It was to stay within
// 32 KB; the help-desk clocks (reply clocks, pause reasons, reopen cycles, time per team, ~2.5 KB),
// the contract language (notice rules, credits in money, scope and periods, ~2.5 KB) and the shape
// checks that make every throw an SlaError (~1 KB) took it to 38.6 KB.
// Service hours (clip to open stretches), the best-effort notice and program-backup (~0.5 KB).
// Typical times (caseTimes, typicalTimes, nearestRank with their checks, ~0.7 KB).
// One shape per concept across outputs (complianceByLevel, metricsNotMeasured, renewalTermRows,
// availabilityTarget: the owners the command and the report share, ~1.5 KB) took it to 40.2 KB.
// Support plans and deadlines by the clock (~1.5 KB), contract histories (historyComplianceReport,
// historyAvailability, ~3 KB) and the report's typical times took it to 46.4 KB: every one a
// capability the contract texts and help desks state. An app pays only for what it imports (the
// single imports below stay within their budgets).
// Plans chosen by the case and deadlines by the clock (~1.1 KB) took it to 39.8 KB.
// Plans x versions (historyComplianceReport judging each case under its version's plan, each
// version's plans added up, ~0.8 KB) and service hours under a history (~0.1 KB): 47.3 KB.
// Maintenance windows in a zone of their own (the Uniphore data-centre window, ~0.2 KB): 47.5 KB.
const ROOT_BUDGET = 47.75 * KB;
const subpathBudgets = {
  // Holiday coverage and half days (~1.4 KB) and bounded searches over 400-year cycles with typed
  // errors (~1.5 KB) are paid by every calendar user.
  calendar: { budget: 10.5 * KB, marker: 'INVALID_CALENDAR', uses: [] },
  // Breach rules that wait for the clock to run again, reply clocks, pause reasons, reopen cycles and time per team.
  // Typical times over case outcomes (~0.6 KB); plans, deadlines and histories of contracts (~4.5 KB).
  // Service hours: x, y and z clipped to a calendar's open stretches; best-effort notices (~0.4 KB).
  // Per-level counts in one shape and the rule of a metric not measured (~1 KB), owned here for the command and the report.
  // renewalTermRows, the one shape of a renewal fee in every output (~0.3 KB).
  // historyComplianceReport (terms that change) and the report merge it uses.
  // Deadline targets (~0.2 KB) and the evaluation of a case under a contract's plans (~0.9 KB).
  // Plans x versions: each version's plans in historyComplianceReport, and their sum (~0.8 KB).
  cases: { budget: 24 * KB, marker: 'INVALID_CASE', uses: ['calendar'] },
  maintenance: { budget: 11.5 * KB, marker: 'INVALID_SCHEDULE', uses: ['calendar'] },
  // historyAvailability (each minute under the version in force then), with each version's service hours (~0.2 KB).
  availability: { budget: 13.75 * KB, marker: 'INVALID_INCIDENT', uses: ['maintenance', 'calendar'] },
  renewal: { budget: 7.5 * KB, marker: 'INVALID_MONEY', uses: [] },
  // The year tables' index by day (an instant's stretch without a bisection, ~0.03 KB).
  presets: { budget: 13.3 * KB, uses: ['cases', 'calendar', 'maintenance', 'availability'] },
  // date-holidays is the user's (an optional peer): measured without it.
  holidays: { budget: 3 * KB, marker: 'MISSING_DEPENDENCY', uses: ['calendar'], external: ['date-holidays'] },
  // The contract loader checks every part with its own module, so it carries them all.
  // Rates in their units with "%" texts, and schema messages in words (~0.5 KB).
  // availability.serviceHours, downtime.unscheduled and serviceHoursCalendar (~0.5 KB).
  // Effective dates and loadContractHistory (terms that change).
  // Plans and select rules, and deadline targets, in the schema and the loader (~1.1 KB).
  // Maintenance windows in a zone of their own (schema, loader), and a parameter only the windows
  // use asked for when contract.maintenance is read (~0.1 KB).
  contract: { budget: 29.5 * KB, marker: 'CONTRACT_PARAMETER_MISSING', uses: ['cases', 'calendar', 'maintenance', 'availability', 'renewal'] },
  // Readers and merges for data at scale: built on the cases, availability and maintenance modules.
  // readCsv (0.8 KB), and the readers' fast paths (instants and events read
  // without a regex, ~1 KB) buy 4–8× per row.
  // The zone of local times kept apart from a row's zone, and 24 × 60 × days months (~0.4 KB).
  // Import profiles of four tools as data, the compiled date formats and derived times (~4.3 KB),
  // and date-fns `parse` (~7.9 KB, with its English locale): the engine of any --date-format
  // pattern beyond the compiled tokens (a weekday, an offset, a quarter); it tree-shakes out of an
  // app that imports only readCsv or the merges.
  // Shards record and check the service hours' stretches (~0.5 KB).
  // Status histories read into pauses (~1.6 KB), the customer directory and its join
  // (~1.1 KB), cause maps with '*' and readCases' contract option (~0.5 KB).
  // Explanations of service hours (time outside them per incident) (~0.5 KB).
  // The report draws on every module; it is its own subpath so no other grows.
  // The measurement's service hours and best-effort notices, through availability and explain (~0.4 KB).
  // The report a manager sends (~7.7 KB): page 1 (findings, the compared month, the credit in money through
  // serviceCreditAmount as `availability --monthly-fee` computes it), customers, typical times,
  // times in each case's zone, the sized chart, and the appendix in both renderers.
  // The owners it now shares with the command (per-level counts, metrics not measured, fees, the
  // availability target) and its "not measured" lines: ~1.4 KB.
  // Deadlines in words and the plan that applied (explainContractCase), ~0.7 KB.
  // It bundles the contract and explain changes of plans and deadlines, ~0.4 KB.
  // Issue 23 (tool exports within 1.2x of the canonical file): local times keep the offset of each
  // wall-clock hour a day from any DST change (RowReader, steadyOffset), ~0.2 KB: 35.75 → 36 KB.
  // Then those hours in 1,024 slots rather than a Map, and a date format's steps read from number
  // arrays, its one-character literals, month names and AM/PM compared by code (~0.2 KB; a million
  // Jira rows 5–8% faster in CPU time): 36 → 36.25 KB.
  // Then the business time of one day in one lookup by day (openTimeInside) and a month's name found
  // by its letters (~0.04 KB; the Jira export ~8% fewer instructions a row): 36.25 → 36.3 KB.
  // Then a month's three letters compared as one number with its key (MONTH_KEYS: twelve numbers
  // gzip cannot shorten, ~0.1 KB; the Jira export ~3% fewer instructions a row): 36.3 → 36.4 KB.
  // Then Jira's default format read by a reader of its own (readJiraDate, ~0.26 KB; the Jira export
  // 3.8% faster on a million rows): 36.4 → 36.7 KB.
  records: { budget: 36.7 * KB, uses: ['cases', 'calendar', 'availability', 'maintenance'] },
  // The business time of one day in one lookup by day (openTimeInside, ~0.02 KB): 26 → 26.05 KB.
  // Incidents of one interval and cause ordered by their notice, not the list (~0.03 KB): 26.1 KB.
  explain: { budget: 26.1 * KB, uses: ['cases', 'calendar', 'renewal', 'availability', 'maintenance'] },
  // A window in a zone of its own is dated and described in that zone (~0.02 KB).
  // Plans and contract versions in the report (issue 25, ~8.6 KB): the owners `slakit compliance`
  // and `availability` use for them (historyComplianceReport with plans per version and the merge
  // of reports it needs, complianceByPlan, historyAvailability, ~4.5 KB) so the figures are theirs,
  // and the parts, version tables and validation of support given in parts (~4 KB).
  ics: { budget: 6.25 * KB, uses: ['maintenance', 'calendar'] },
  // Incidents of one interval and cause ordered by their notice, not the list (~0.03 KB): 60.55 KB.
  report: { budget: 60.55 * KB, uses: ['cases', 'calendar', 'maintenance', 'availability', 'renewal'] },
};
// Single imports from the root: what an app that imports only these pays (the enforced budgets).
const singleImports = [
  { names: ['isOpen'], budget: 1.75 * KB },
  // The year tables' index by day (~0.03 KB).
  { names: ['addBusinessTime', 'createCalendar'], budget: 9.3 * KB },
  // Deadline targets in the compiled policy and the clock (~0.1 KB).
  // The business time of one day in one lookup by day (openTimeInside, ~0.02 KB): 18 → 18.05 KB.
  { names: ['evaluateCase', 'uniphoreSupport', 'businessHours8to5'], budget: 18.05 * KB },
];

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const distFile = (subpath) => `./dist/${subpath}.js`;

async function bundle(code, external = []) {
  const result = await build({
    external,
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

const log = console.log;
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
let failed = false;
const fail = (message) => {
  console.error(`✗ ${message}`);
  failed = true;
};

const missing = jsSubpaths(pkg).filter((subpath) => !(subpath in subpathBudgets));
if (missing.length > 0) fail(`no size budget for ${missing.map((s) => `slakit/${s}`).join(', ')} (add it to scripts/size.mjs)`);

const entries = [
  { name: 'slakit', subpath: 'index', budget: ROOT_BUDGET },
  ...jsSubpaths(pkg).filter((s) => s in subpathBudgets).map((subpath) => ({ name: `slakit/${subpath}`, subpath, ...subpathBudgets[subpath] })),
];
const measured = { subpaths: [], singleImports: [] };
const rows = [];
for (const entry of entries) {
  const { gzip, raw } = await bundle(`export * from '${distFile(entry.subpath)}';`, entry.external);
  const ok = gzip <= entry.budget;
  if (!ok) fail(`${entry.name} is ${kb(gzip)}, over its budget of ${entry.budget / KB} KB`);
  measured.subpaths.push({ name: entry.name, minified: raw, gzip, budget: entry.budget });
  rows.push(`| ${entry.name}${entry.subpath === 'index' ? ' (everything)' : ''} | ${(raw / KB).toFixed(1)} KB | ${kb(gzip)} | ${entry.budget / KB} KB | ${ok ? 'ok' : 'OVER BUDGET'} |`);
}
log('| entry | minified | min + gzip | budget | |\n| --- | ---: | ---: | ---: | --- |\n' + rows.join('\n'));

// Tree-shaking: a whole subpath, and one function from it, pull in no code of a module it is not built on.
const exportsOf = {};
for (const entry of entries) exportsOf[entry.subpath] = Object.keys(await import(`.${distFile(entry.subpath)}`));
for (const entry of entries.filter((e) => e.uses)) {
  const whole = (await bundle(`export * from '${distFile(entry.subpath)}';`, entry.external)).text;
  const one = (await bundle(`export { ${exportsOf[entry.subpath][0]} } from '${distFile(entry.subpath)}';`, entry.external)).text;
  for (const other of entries.filter((e) => e.marker && e !== entry && !entry.uses.includes(e.subpath))) {
    if (whole.includes(other.marker) || one.includes(other.marker)) fail(`importing ${entry.name} pulls in ${other.name} (found ${other.marker})`);
  }
}

// Every runtime export costs no more imported from the root than from its subpath.
const rootExports = new Set(exportsOf.index);
for (const entry of entries.filter((e) => e.subpath !== 'index')) {
  for (const name of exportsOf[entry.subpath]) {
    if (!rootExports.has(name)) continue;
    const [fromRoot, fromSubpath] = await Promise.all([
      bundle(`export { ${name} } from '${distFile('index')}';`),
      bundle(`export { ${name} } from '${distFile(entry.subpath)}';`),
    ]);
    // A few bytes either way are the minifier's names (`{n}` against `{n:t}`); a module pulled in adds hundreds.
    if (fromRoot.raw > fromSubpath.raw + 16) fail(`${name} from 'slakit' is ${fromRoot.raw} bytes minified, more than from '${entry.name}' (${fromSubpath.raw})`);
  }
}

log('\n| single import from the root | min + gzip | budget | |\n| --- | ---: | ---: | --- |');
for (const single of singleImports) {
  const { gzip } = await bundle(`export { ${single.names.join(', ')} } from '${distFile('index')}';`);
  const ok = gzip <= single.budget;
  if (!ok) fail(`{ ${single.names.join(', ')} } from 'slakit' is ${kb(gzip)}, over its budget of ${single.budget / KB} KB`);
  measured.singleImports.push({ names: single.names, gzip, budget: single.budget });
  log(`| \`${single.names.join(', ')}\` | ${kb(gzip)} | ${single.budget / KB} KB | ${ok ? 'ok' : 'OVER BUDGET'} |`);
}

// The tables in README.md (sizes) and CHANGELOG.md (sizes and budgets), at 0.1 KB.
const one = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const label = (entry) => (entry.name === 'slakit' ? '`slakit` (everything)' : `\`${entry.name}\``);
const singleLabel = (single) => `\`import { ${single.names.join(', ')} } from 'slakit'\``;
const tables = {
  'README.md': [
    '| import | min + gzip |',
    '| --- | ---: |',
    ...measured.subpaths.map((e) => `| ${label(e)} | ${one(e.gzip)} |`),
    ...measured.singleImports.map((e) => `| ${singleLabel(e)} | ${one(e.gzip)} |`),
  ],
  'CHANGELOG.md': [
    '| import | min + gzip | budget |',
    '| --- | ---: | ---: |',
    ...measured.subpaths.map((e) => `| ${label(e)} | ${one(e.gzip)} | ${e.budget / KB} KB |`),
    ...measured.singleImports.map((e) => `| ${singleLabel(e)} | ${one(e.gzip)} | ${e.budget / KB} KB |`),
  ],
};
const SIZES = /(<!-- sizes[^>]*-->\n)[\s\S]*?(<!-- \/sizes -->)/;
for (const [file, rows] of Object.entries(tables)) {
  const text = readFileSync(file, 'utf8');
  if (!SIZES.test(text)) {
    fail(`${file} has no <!-- sizes --> … <!-- /sizes --> table`);
    continue;
  }
  const updated = text.replace(SIZES, (_, start, end) => `${start}${rows.join('\n')}\n${end}`);
  if (updated === text) continue;
  if (process.argv.includes('--write')) writeFileSync(file, updated);
  else fail(`the sizes table in ${file} does not match these measurements (run node scripts/size.mjs --write)`);
}
if (failed) process.exit(1);
