import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What ships (the package's files) and what users read (docs, examples, README, CHANGELOG) cites
// the vendor documents by title and section (docs/sources.md), never a file outside the
// repository: no project-internal digest, no sibling folder, no path of a build machine.
// CHANGELOG.md is scanned too: it ships in the package, so history is told without such paths.
const ROOTS = ['src', 'docs', 'examples', 'contracts', 'README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'contract.schema.json', 'package.json', 'test/cli/golden'];

const FORBIDDEN: [what: string, pattern: RegExp][] = [
  ['the digest TERMS (cite the vendor document and section)', /\bTERMS\b/],
  ['a folder beside the repository', /\.\.\/shared\b|\.\.\\shared\b/],
  ['an absolute path of a machine', /(?<![\w.:/-])\/(?:work|home|Users|tmp|root|var|mnt|opt|srv)\/|\b[A-Za-z]:\\(?:Users|work|home)\b|file:\/\/\//],
];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

/** Every forbidden reference in `text`, as `file:line: what`. */
function referencesIn(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [what, pattern] of FORBIDDEN) if (pattern.test(line)) found.push(`${file}:${i + 1}: ${what}: ${line.trim().slice(0, 120)}`);
  });
  return found;
}

describe('nothing refers to a file outside the repository', () => {
  const scanned = ROOTS.flatMap(files);

  it('scans the sources, docs, examples, contracts, README and changelog', () => {
    expect(scanned.length).toBeGreaterThan(100);
    for (const path of ['docs/sources.md', 'contracts/uniphore-support.json', 'examples/browser/index.html', 'src/presets/support.ts', 'src/cli/support.ts', 'test/cli/golden/due-help.txt']) expect(scanned).toContain(path);
  });

  it('finds no digest, sibling folder or machine path', () => {
    expect(scanned.flatMap((file) => referencesIn(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('the patterns catch what they are for, and not URLs or dates', () => {
    expect(referencesIn('x', 'see TERMS.md §2')).toHaveLength(1);
    expect(referencesIn('x', '(TERMS §5)')).toHaveLength(1);
    expect(referencesIn('x', 'read ../shared/terms/uniphore.txt')).toHaveLength(1);
    expect(referencesIn('x', '// the sentence of /work/shared/terms')).toHaveLength(1);
    expect(referencesIn('x', "path: '/home/ci/build/contracts'")).toHaveLength(1);
    expect(referencesIn('x', 'C:\\Users\\me\\slakit')).toHaveLength(1);
    expect(referencesIn('x', 'https://json-schema.org/draft/2020-12/schema')).toEqual([]);
    expect(referencesIn('x', 'https://example.com/var/tmp/x and 24/7, 2026/11/24, terms of use')).toEqual([]);
  });
});
