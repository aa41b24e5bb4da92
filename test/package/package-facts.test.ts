import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS scripts without declarations
import { updateImports } from '../../scripts/doc-imports.mjs';
// @ts-expect-error -- plain JS scripts without declarations
import { jsonSubpaths, jsSubpaths } from '../../scripts/package-facts.mjs';
// @ts-expect-error -- plain JS scripts without declarations
import { documentPage } from '../../scripts/typedoc-plugin.mjs';

// Facts that must move together when a subpath, a guide or an example changes.
interface ExportTarget {
  readonly import: { readonly types: string; readonly default: string };
  readonly require: { readonly types: string; readonly default: string };
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, ExportTarget | string>;
  typesVersions: Record<string, Record<string, string[]>>;
  bin: Record<string, string>;
};
const subpaths = (jsSubpaths as (p: typeof pkg) => string[])(pkg);

describe('package.json', () => {
  it('typesVersions (for TypeScript node10 resolution) maps exactly the JS subpaths of exports, each to its require types', () => {
    const expected = Object.fromEntries(subpaths.map((s) => [s, [(pkg.exports[`./${s}`] as ExportTarget).require.types]]));
    expect(pkg.typesVersions).toEqual({ '*': expected });
  });

  it('every JS subpath is built from src/<subpath>/index.ts and documented as a typedoc entry point', () => {
    const typedoc = JSON.parse(readFileSync('typedoc.json', 'utf8')) as { entryPoints: string[] };
    const sources = subpaths.map((s) => `src/${s}/index.ts`);
    expect(sources.filter((f) => !existsSync(f))).toEqual([]);
    expect([...typedoc.entryPoints].sort()).toEqual(['src/core/index.ts', ...sources].sort());
  });

  it('JSON subpaths, if any, name JSON files', () => {
    const json = (jsonSubpaths as (p: typeof pkg, files: string[]) => string[])(pkg, []);
    expect(json.filter((s) => !s.includes('*') && !s.endsWith('.json'))).toEqual([]);
  });
});

describe('TSDoc examples', () => {
  it('each starts with the import lines of the names it uses (node scripts/doc-imports.mjs adds them)', () => {
    const stale = (updateImports('.') as { stale: string[] }[]).flatMap((r) => r.stale);
    expect(stale).toEqual([]);
  });
});

describe('the CLI help texts', () => {
  const cli = pkg.bin['slakit'] as string;
  const help = (args: string[]): string => execFileSync(process.execPath, [cli, ...args, '--help'], { encoding: 'utf8' });
  const top = help([]);
  const commands = [...(/Commands:\n((?: {2}\S.*\n)+)/.exec(top)?.[1] ?? '').matchAll(/^ {2}(\S+)/gm)].map((m) => m[1] as string);
  const texts: [string, string][] = [['slakit --help', top], ...commands.map((c): [string, string] => [`slakit ${c} --help`, help([c])])];

  it('lists its commands', () => {
    expect(commands.length).toBeGreaterThanOrEqual(6);
  });

  it.each(texts)('%s names each guide by a path in the repository and its page on the site', (_name, text) => {
    for (const m of text.matchAll(/\bdocs\/[^\s;,)]+/g)) {
      const path = m[0];
      expect(existsSync(path), `${path} exists`).toBe(true);
      expect(text.slice((m.index ?? 0) + path.length), `${path} is followed by its site page`).toMatch(new RegExp(`^; site: ${(documentPage(path) as string).replace(/[.]/g, '\\.')}\\.html`));
    }
    expect(text).not.toMatch(/\.md\b(?!; site: )/);
  });
});
