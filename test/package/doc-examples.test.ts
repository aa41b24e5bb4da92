import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { collectExamples, transformExample } from './doc-examples.js';

// Every code example in README.md, docs/*.md and the TSDoc of src/ runs, and its `//=>` results
// and `// throws` claims hold (see doc-examples.ts for the conventions).
const root = resolve('.');
const out = join(root, '.doc-examples');
const examples = collectExamples(root);
const names = Object.keys(api);
const check = join(root, 'test/package/doc-check.ts');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = examples.map((example, i) => {
  const file = join(out, `example-${String(i).padStart(4, '0')}.ts`);
  let module: string;
  try {
    module = transformExample(example, names, check);
  } catch (error) {
    module = `throw new Error(${JSON.stringify(String(error))});`;
  }
  writeFileSync(file, module);
  return [example.where, file] as const;
});

describe('the examples in the docs run and their stated results hold', () => {
  it('finds the examples', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s', async (_where, file) => {
    await import(file);
  });
});
