// Issue 22, "Parameters": a reference as a value, nesting that exhausts the stack, error output that
// grows with unknown × declared, and names such as __proto__ and constructor.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractSchema, loadContract, type ContractDocument, type SchemaProblem } from '../../src/contract/index.js';
import { MAX_PARAMETER_VALUE_DEPTH } from '../../src/contract/schema.js';
import { isSlaError, type SlaError } from '../../src/core/errors.js';
import { cli } from '../cli/in-process.js';

const doc: ContractDocument = {
  sources: [{ id: 'sla', title: 'SLA' }],
  severities: { 1: { label: 'P1' } },
  availability: { target: { $param: 'target' } as unknown as number },
  parameters: { target: { type: 'percent', description: 'the availability target', example: 99.9 } },
};

function problemsOf(run: () => unknown): readonly SchemaProblem[] {
  try {
    run();
  } catch (error) {
    expect(isSlaError(error), String(error)).toBe(true);
    expect((error as SlaError).code).toBe('INVALID_CONTRACT');
    return (error as SlaError).details['problems'] as SchemaProblem[];
  }
  throw new Error('expected INVALID_CONTRACT, nothing was thrown');
}

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
};

function scratchFile(name: string, json: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'slakit-params-')), name);
  writeFileSync(file, JSON.stringify(json));
  return file;
}

describe('issue 22: a parameter whose value is {"$param": …} is refused', () => {
  it('as a given value (it loaded as a value: "target: [object Object]% — missed")', () => {
    expect(problemsOf(() => loadContract(doc, { parameters: { target: { $param: 'target' } } }))).toEqual([
      { path: 'parameterValues.target', message: 'is a parameter reference ({ "$param": … }); a parameter’s value must be the value itself' },
    ]);
  });
  it('in the document’s parameterValues, and nested inside a value', () => {
    expect(problemsOf(() => loadContract({ ...doc, parameterValues: { target: { $param: 'target' } } }))[0]?.path).toBe('parameterValues.target');
    expect(problemsOf(() => loadContract(doc, { parameters: { target: [{ x: { $param: 'target' } }] } }))[0]?.path).toBe('parameterValues.target[0].x');
  });
  it('the command line: exit 1 (bad data) naming the parameter, not exit 0 with a figure', () => {
    const contract = scratchFile('c.json', doc);
    const params = scratchFile('p.json', { target: { $param: 'target' } });
    const run = cli(['availability', '-', '--contract', contract, '--params', params, '--month', '2026-10'], 'id,start,end,cause\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('parameterValues.target: is a parameter reference');
  });
});

describe('issue 22: nesting is bounded in the schema and the loader alike', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(contractSchema());
  const loads = (document: unknown, parameters?: Record<string, unknown>): boolean => {
    try {
      loadContract(document, parameters === undefined ? {} : { parameters });
      return true;
    } catch (error) {
      expect(isSlaError(error), String(error)).toBe(true);
      return false;
    }
  };

  it.each([1, MAX_PARAMETER_VALUE_DEPTH - 1, MAX_PARAMETER_VALUE_DEPTH, MAX_PARAMETER_VALUE_DEPTH + 1, 20_000])('an example %i deep: ajv and loadContract agree, and nothing overflows', (depth) => {
    const document = { ...doc, parameters: { target: { ...doc.parameters?.['target'], example: nested(depth) } } } as ContractDocument;
    const fits = depth <= MAX_PARAMETER_VALUE_DEPTH;
    expect(validate(document)).toBe(fits);
    expect(loads(document, { target: 99.9 })).toBe(fits);
  });

  it.each([MAX_PARAMETER_VALUE_DEPTH, MAX_PARAMETER_VALUE_DEPTH + 1, 20_000])('a parameter value %i deep in parameterValues: ajv and loadContract agree', (depth) => {
    const document = { ...doc, availability: {}, parameterValues: { target: nested(depth) } } as unknown as ContractDocument;
    expect(validate(document)).toBe(depth <= MAX_PARAMETER_VALUE_DEPTH);
    expect(loads(document)).toBe(depth <= MAX_PARAMETER_VALUE_DEPTH);
  });

  it('a 20,000-deep given value is INVALID_CONTRACT naming where, not a stack overflow', () => {
    const [problem] = problemsOf(() => loadContract(doc, { parameters: { target: nested(20_000) } }));
    expect(problem?.message).toMatch(/is nested more than 16 levels deep/);
  });

  it('the command line: a 20,000-deep example is exit 1 (bad data), not exit 70', () => {
    // JSON text written by hand: JSON.stringify itself overflows at this depth.
    const deep = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
    const contract = join(mkdtempSync(join(tmpdir(), 'slakit-params-')), 'deep.json');
    writeFileSync(contract, JSON.stringify({ ...doc, parameters: { target: { ...doc.parameters?.['target'], example: 'DEEP' } } }).replace('"DEEP"', deep));
    const check = cli(['contract', 'check', contract]);
    expect(check.code, check.stderr).toBe(1);
    expect(check.stderr).toMatch(/parameters\.target\.example.*nested more than 16 levels deep/);
  });
});

describe('issue 22: unknown-parameter errors are listed once each, capped', () => {
  const declared = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`declared${i}`, { type: 'number', description: 'a number' }]));
  const big = { ...doc, parameters: { ...doc.parameters, ...declared } } as ContractDocument;
  const unknown = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`unknown${i}`, 1]));

  it('the declared names are listed once, at most 20 unknown names, then a count', () => {
    let message = '';
    const problems = problemsOf(() => {
      try {
        loadContract(big, { parameters: { target: 99, ...unknown } });
      } catch (error) {
        message = (error as Error).message;
        throw error;
      }
    });
    expect(problems).toHaveLength(21);
    expect(problems.filter((p) => p.message.includes('it declares'))).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/it declares target, declared0, .* … and 1981 more$/);
    expect(problems[20]).toEqual({ path: 'parameterValues', message: '… and 4980 more names that are not parameters of this contract' });
    expect(JSON.stringify(problems).length).toBeLessThan(10_000);
    expect(message.length).toBeLessThan(10_000);
  });

  it('the command line prints a bounded error for a large params file', () => {
    const run = cli(['availability', '-', '--contract', scratchFile('big.json', big), '--params', scratchFile('p.json', { target: 99, ...unknown }), '--month', '2026-10'], 'id,start,end,cause\n');
    expect(run.code).toBe(1);
    expect(run.stderr.length).toBeLessThan(10_000);
  });
});

describe('issue 22: __proto__ and constructor are names, never dropped silently', () => {
  it('--param __proto__=1 is refused as not a parameter of the contract (it was dropped)', () => {
    const run = cli(['availability', '-', '--contract', scratchFile('c.json', doc), '--param', 'target=99.9', '--param', '__proto__=1', '--month', '2026-10'], 'id,start,end,cause\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("parameterValues.__proto__: '__proto__' is not a parameter of this contract");
  });

  it('a {"__proto__": …} params file is refused the same way', () => {
    const params = join(mkdtempSync(join(tmpdir(), 'slakit-params-')), 'p.json');
    writeFileSync(params, '{"target": 99.9, "__proto__": {"polluted": true}}');
    const run = cli(['availability', '-', '--contract', scratchFile('c.json', doc), '--params', params, '--month', '2026-10'], 'id,start,end,cause\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('parameterValues.__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('loadContract reads a parameter named constructor as its own value, and a missing one as missing', () => {
    const withConstructor = { ...doc, availability: { target: { $param: 'constructor' } }, parameters: { constructor: { type: 'percent', description: 'the target' } } } as unknown as ContractDocument;
    expect(loadContract(withConstructor, { parameters: { constructor: 99.5 } }).availability?.target).toBe(99.5);
    expect(() => loadContract(withConstructor)).toThrow(/CONTRACT_PARAMETER_MISSING/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('contract show %s is a usage error (it printed undefined or {})', (name) => {
    const run = cli(['contract', 'show', name]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`'${name}' is not a built-in contract`);
    expect(run.stdout).toBe('');
  });

  it('--contract constructor is a usage error naming the built-in contracts', () => {
    const run = cli(['windows', '--contract', 'constructor']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'constructor' is not a built-in contract");
  });
});
