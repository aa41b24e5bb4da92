// `npm test`: every check the project has, in order; the first failure stops the run.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['type check (tests, bench, examples)', 'npx', ['tsc', '-p', 'tsconfig.test.json']],
  ['build', 'npx', ['tsup']],
  ['tests with coverage (TZ=UTC)', 'npx', ['vitest', 'run', '--coverage'], { TZ: 'UTC' }],
  ['tests in a DST host zone (TZ=Australia/Lord_Howe)', 'npx', ['vitest', 'run'], { TZ: 'Australia/Lord_Howe' }],
  ['publint', 'npx', ['publint', '--strict']],
  ['are the types wrong (node10, node16, bundler)', 'npx', ['attw', '--pack', '.']],
  ['bundle size budgets (and the size tables of README.md and CHANGELOG.md)', 'node', ['scripts/size.mjs']],
  ['the packed tarball as users install it (ESM, CJS, tsc, bin, publish --dry-run)', 'node', ['--import', 'tsx', 'scripts/pack-test.mjs']],
  ['API docs (undocumented exports fail)', 'npx', ['typedoc', '--emit', 'none']],
];

for (const [name, command, args, env] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\nAll checks passed.');
