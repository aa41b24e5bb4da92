// Facts about the package read from package.json and the README, shared by the size script, the
// pack test and the vitest package tests, so that none of them keeps its own list of subpaths.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The JS subpaths of the exports map ('calendar', …): not '.', package.json or JSON files. */
export function jsSubpaths(pkg) {
  return Object.entries(pkg.exports)
    .filter(([key, target]) => key !== '.' && typeof target === 'object' && target !== null)
    .map(([key]) => key.slice(2));
}

/**
 * The JSON subpaths of the exports map ('contract.schema.json', 'contracts/x.json', …), a
 * pattern such as './contracts/*.json' expanded over `files` (the tarball's paths).
 */
export function jsonSubpaths(pkg, files) {
  return Object.entries(pkg.exports)
    .filter(([key, target]) => key !== './package.json' && typeof target === 'string' && target.endsWith('.json'))
    .flatMap(([key, target]) => {
      if (!key.includes('*')) return [key.slice(2)];
      const [before, after] = target.slice(2).split('*');
      return files
        .filter((f) => f.startsWith(before) && f.endsWith(after) && f.length >= before.length + after.length)
        .map((f) => key.slice(2).replace('*', f.slice(before.length, f.length - after.length)));
    });
}

/**
 * Files and folders of the repository that a README names (in a link, a code span or a quoted
 * string), each with its line and whether that line says the file lives in the repository only.
 */
export function readmeReferences(text, root = '.') {
  const found = [];
  text.split('\n').forEach((line, i) => {
    const candidates = [
      ...[...line.matchAll(/\]\(([^)#\s]+)/g)].map((m) => m[1]),
      ...[...line.matchAll(/[`'"]([A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.*-]*)*)[`'"]/g)].map((m) => m[1]),
    ];
    for (const path of candidates) {
      if (/^[a-z]+:/.test(path) || path.startsWith('slakit') || !/[/.]/.test(path)) continue;
      const clean = path.replace(/^\.\//, '').replace(/\/$/, '');
      if (clean === '' || clean === '.' || !existsSync(join(root, clean))) continue;
      found.push({ path: clean, line: i + 1, repositoryOnly: /\brepository\b/i.test(line) });
    }
  });
  return found;
}
