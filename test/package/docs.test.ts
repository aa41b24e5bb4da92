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
