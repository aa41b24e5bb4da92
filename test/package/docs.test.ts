import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every public export (reachable from a package entry point) has TSDoc with an @example.
const entries = ['src/index.ts', ...Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).exports as object)
  .filter((key) => key !== '.' && key !== './package.json')
  .map((key) => `src/${key.slice(2)}/index.ts`)];

function resolve(from: string, specifier: string): string {
  return join(dirname(from), specifier.replace(/\.js$/, '.ts'));
}

/** name → file that declares it, following `export { … } from` and `export * from`. */
function publicNames(file: string, names = new Map<string, string>()): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/export \*\s+from\s+'([^']+)'/g)) publicNames(resolve(file, m[1] as string), names);
  for (const m of text.matchAll(/export (?:type )?\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
    const target = resolve(file, m[2] as string);
    for (const raw of (m[1] as string).split(',')) {
      const name = raw.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0] as string;
      if (name === '') continue;
      const declared = new RegExp(`export (?:declare )?(?:async )?(?:function|interface|type|class|const|let|enum) ${name}\\b`).test(readFileSync(target, 'utf8'));
      names.set(name, declared ? target : publicNames(target).get(name) ?? target);
    }
  }
  return names;
}

const all = new Map<string, string>();
for (const entry of entries.filter(existsSync)) for (const [name, file] of publicNames(entry)) all.set(name, file);

describe('API documentation', () => {
  it('finds the public exports', () => {
    expect(all.size).toBeGreaterThan(20);
  });

  it.each([...all].sort())('%s has TSDoc with an @example', (name, file) => {
    const text = readFileSync(file, 'utf8');
    const declaration = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*(?:// @__NO_SIDE_EFFECTS__\\s*)?export (?:declare )?(?:async )?(?:function|interface|type|class|const|let|enum) ${name}\\b`);
    const doc = declaration.exec(text)?.[1];
    expect(doc, `${name} in ${file} has no TSDoc block`).toBeDefined();
    expect(doc, `${name} in ${file} has no @example`).toContain('@example');
  });
});

describe('npm pack', () => {
  it('ships only the build, the contract schema and documents, README, LICENSE, CHANGELOG and package.json', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
    const files = (JSON.parse(out) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
    const unexpected = files.filter((f) => !/^dist\/|^contracts\/[a-z-]+\.json$/.test(f) && !['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'contract.schema.json'].includes(f));
    expect(unexpected).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['contract.schema.json', 'contracts/uniphore-support.json', 'contracts/nice-cloud-services.json', 'contracts/nice-on-premise-support.json']));
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'README.md', 'LICENSE', 'CHANGELOG.md']));
  });
});
