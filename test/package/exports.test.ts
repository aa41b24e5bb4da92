import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// These run the BUILT package (dist/) the way users load it: Node ESM import, CJS require and
// subpaths, resolved through package.json "exports" (npm test builds before it tests).
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown>; bin: Record<string, string> };
// JS subpaths only: JSON files of the exports map are loaded by scripts/pack-test.mjs.
const subpaths = Object.keys(pkg.exports).filter((key) => key !== '.' && typeof pkg.exports[key] === 'object');

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
}

describe('the built package', () => {
  it('has been built (run npm run build first)', () => {
    expect(existsSync('dist/index.js')).toBe(true);
  });

  it("loads with import { … } from 'slakit' in Node ESM", () => {
    const out = node(['--input-type=module', '-e', "import { createCalendar, addBusinessTime, isSlaError } from 'slakit'; const c = createCalendar({ timeZone: 'UTC', hours: { mon: [['09:00','17:00']] } }); console.log(addBusinessTime(c, '2026-11-23T16:00:00Z', 'PT2H').toISOString(), typeof isSlaError);"]);
    expect(out.trim()).toBe('2026-11-30T10:00:00.000Z function');
  });

  it("loads with require('slakit') in CommonJS", () => {
    const out = node(['-e', "const { createCalendar, businessTimeBetween, SlaError } = require('slakit'); const c = createCalendar({ timeZone: 'UTC', hours: '24x7' }); console.log(businessTimeBetween(c, 0, 3600000), typeof SlaError);"]);
    expect(out.trim()).toBe('3600000 function');
  });

  it.each(subpaths)('resolves the subpath slakit%s from ESM and CJS', (subpath) => {
    // A pattern subpath is tried with one of the files it exports; JSON is imported as JSON.
    const name = `slakit${subpath.slice(1).replace('*', 'uniphore-support')}`;
    const json = name.endsWith('.json') ? " with { type: 'json' }" : '';
    const esm = node(['--input-type=module', '-e', `import * as m from '${name}'${json}; console.log(Object.keys(m).length > 0);`]);
    const cjs = node(['-e', `console.log(Object.keys(require('${name}')).length > 0);`]);
    expect([esm.trim(), cjs.trim()]).toEqual(['true', 'true']);
  });

  it('ships the contract schema and the built-in contracts as JSON files that resolve from ESM and CJS', () => {
    const out = node([
      '--input-type=module',
      '-e',
      "import { createRequire } from 'node:module'; const require = createRequire(process.cwd() + '/'); const schema = require('slakit/contract.schema.json'); const { contractSchema } = await import('slakit/contract'); console.log(JSON.stringify(schema) === JSON.stringify(contractSchema()));",
    ]);
    expect(out.trim()).toBe('true');
  });

  it('errors thrown by the ESM and CJS copies are both recognised by isSlaError', () => {
    const out = node(['--input-type=module', '-e', "import { createRequire } from 'node:module'; import { isSlaError, parseInstant } from 'slakit'; const cjs = createRequire(process.cwd() + '/')('slakit'); try { cjs.parseInstant('x'); } catch (e) { console.log(isSlaError(e), e instanceof Error, e.code); }"]);
    expect(out.trim()).toBe('true true INVALID_DATE');
  });

  it('installs the slakit command: an executable file with a node shebang', () => {
    const bin = pkg.bin['slakit'] as string;
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(node([bin, '--version']).trim()).toBe(`slakit ${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}`);
  });
});
