// Turns the code examples of the docs (README.md, docs/*.md and every TSDoc @example in src/)
// into test modules. Each ```ts block runs on its own. A statement followed by `//=> value`
// becomes an assertion that it evaluates to `value` (Dates compare as ISO strings), and one
// followed by `// throws … CODE` an assertion that it throws an SlaError with that code.
// Blocks fenced as ```ts no-run are skipped (they need a browser, say), but still type-checked
// against the packed package (scripts/pack-test.mjs); ```ts fragment blocks are neither run nor
// type-checked (an excerpt that is not a module on its own). A block's own imports of 'slakit'
// and 'slakit/NAME' run against the sources (src/index.ts, src/NAME/index.ts: the alias in
// vitest.config.ts); TSDoc blocks start with theirs (scripts/doc-imports.mjs writes them).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface DocExample {
  /** `docs/calendars.md:42` or `src/calendar/is-open.ts:17`: where the block starts. */
  readonly where: string;
  readonly code: string;
  /** TSDoc examples use the public API without importing it. */
  readonly autoImport: boolean;
  /** The fence's words after `ts`: `no-run`, `fragment`. */
  readonly info: string;
}

/** Which blocks to collect: those that run (the default), or also those that only type-check. */
export type ExampleKind = 'runs' | 'type-checks';

function wanted(info: string, kind: ExampleKind): boolean {
  return !info.includes('fragment') && (kind === 'type-checks' || !info.includes('no-run'));
}

const FENCE = /^```ts([^\n]*)\n([\s\S]*?)^```/gm;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function markdownExamples(file: string, kind: ExampleKind): DocExample[] {
  const text = readFileSync(file, 'utf8');
  const found: DocExample[] = [];
  for (const m of text.matchAll(FENCE)) {
    const info = (m[1] as string).trim();
    if (!wanted(info, kind)) continue;
    found.push({ where: `${file}:${lineOf(text, m.index)}`, code: m[2] as string, autoImport: false, info });
  }
  return found;
}

function tsdocExamples(file: string, kind: ExampleKind): DocExample[] {
  const text = readFileSync(file, 'utf8');
  const found: DocExample[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    if (!comment[0].includes('@example')) continue;
    const body = comment[0].split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, '')).join('\n');
    for (const m of body.matchAll(FENCE)) {
      const info = (m[1] as string).trim();
      if (!wanted(info, kind)) continue;
      found.push({ where: `${file}:${lineOf(text, comment.index)}`, code: m[2] as string, autoImport: true, info });
    }
  }
  return found;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every runnable (or every type-checkable) example of the project, relative to `root`. */
export function collectExamples(root: string, kind: ExampleKind = 'runs'): DocExample[] {
  const rel = (p: string): string => relative(root, p);
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'docs', f));
  const sources = walk(join(root, 'src')).filter((f) => f.endsWith('.ts') && !f.includes(`${join('src', 'cli')}`));
  return [
    ...[join(root, 'README.md'), ...docs].flatMap((f) => markdownExamples(f, kind).map((e) => ({ ...e, where: rel(e.where) }))),
    ...sources.flatMap((f) => tsdocExamples(f, kind).map((e) => ({ ...e, where: rel(e.where) }))),
  ];
}

/** Parses the text after `//=>` as an expression, dropping trailing `(notes)` until it parses. */
function expectedExpression(text: string, where: string): string {
  // A note in parentheses after a space is prose, not a call: `false (holiday)`.
  let candidate = text.trim().replace(/(?:\s+\([^()]*\))+$/, '');
  for (;;) {
    const file = ts.createSourceFile('x.ts', `(${candidate});`, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
    const diagnostics = (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics;
    const statement = file.statements[0];
    if (diagnostics.length === 0 && file.statements.length === 1 && statement !== undefined && ts.isExpressionStatement(statement)) return candidate;
    const stripped = candidate.replace(/\s*\([^()]*\)\s*$/, '');
    if (stripped === candidate) throw new Error(`${where}: cannot read the expected value after //=>: ${text.trim()}`);
    candidate = stripped;
  }
}

interface Claim {
  readonly kind: 'equals' | 'throws';
  readonly text: string;
  readonly position: number;
}

/** `//=> value` (continued on following `//` lines) and `// throws … CODE` comments, in order. */
function claims(code: string, where: string): Claim[] {
  const found: Claim[] = [];
  const lines = code.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const arrow = line.indexOf('//=>');
    const throws = /\/\/\s*throws\b(.*)$/.exec(line);
    if (arrow >= 0) {
      found.push({ kind: 'equals', text: line.slice(arrow + 4), position: offset + arrow });
      while (i + 1 < lines.length && /^\s*\/\/(?!=>)\s/.test(lines[i + 1] as string) && !/throws\b/.test(lines[i + 1] as string)) {
        offset += (lines[i] as string).length + 1;
        i++;
        const claim = found.pop() as Claim;
        found.push({ ...claim, text: `${claim.text} ${(lines[i] as string).replace(/^\s*\/\//, '')}` });
      }
    } else if (throws) {
      const code = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/.exec(throws[1] as string);
      if (!code) throw new Error(`${where}: '// throws' names no SlaError code: ${line.trim()}`);
      found.push({ kind: 'throws', text: code[1] as string, position: offset + (throws.index ?? 0) });
    }
    offset += line.length + 1;
  }
  return found;
}

/** Names a block declares or imports at its top level (they shadow the auto-imported API). */
function declaredNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) statement.declarationList.declarations.forEach((d) => bind(d.name));
    else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.add(statement.name.text);
    else if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) bindings.elements.forEach((e) => names.add(e.name.text));
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
    }
  }
  return names;
}

/**
 * The module that runs one example: imports, then each statement, with claims turned into
 * `__equals(() => value, expected, line)` and `__throws(() => { … }, code, line)` calls.
 */
export function transformExample(example: DocExample, publicNames: readonly string[], checkModule: string): string {
  const { code, where } = example;
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const statements = [...file.statements];
  const pending = claims(code, where);
  const edits: { start: number; end: number; text: string }[] = [];
  const lineNo = (pos: number): string => `${where}+${file.getLineAndCharacterOfPosition(pos).line + 1}`;
  for (const claim of pending) {
    // The claim belongs to the last statement that starts before it.
    const owner = [...statements].reverse().find((s) => s.getStart(file) < claim.position);
    if (owner === undefined) throw new Error(`${where}: a claim comes before any statement`);
    const start = owner.getStart(file);
    const source = code.slice(start, owner.end);
    const at = JSON.stringify(lineNo(claim.position));
    if (claim.kind === 'throws') {
      edits.push({ start, end: owner.end, text: `__throws(() => { ${source} }, ${JSON.stringify(claim.text)}, ${at});` });
      continue;
    }
    const expected = expectedExpression(claim.text, `${where}+${file.getLineAndCharacterOfPosition(claim.position).line + 1}`);
    if (ts.isExpressionStatement(owner)) {
      edits.push({ start, end: owner.end, text: `__equals(() => (${code.slice(owner.expression.getStart(file), owner.expression.end)}), ${expected}, ${at});` });
    } else if (ts.isVariableStatement(owner)) {
      const last = owner.declarationList.declarations[owner.declarationList.declarations.length - 1];
      if (last === undefined || !ts.isIdentifier(last.name)) throw new Error(`${where}: //=> after a destructuring declaration`);
      edits.push({ start: owner.end, end: owner.end, text: ` __equals(() => ${last.name.text}, ${expected}, ${at});` });
    } else {
      throw new Error(`${where}: //=> after a statement that has no value (${ts.SyntaxKind[owner.kind]})`);
    }
  }
  let body = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  const declared = declaredNames(file);
  const imports = example.autoImport ? publicNames.filter((name) => !declared.has(name)) : [];
  return [
    `import { __equals, __throws } from ${JSON.stringify(checkModule)};`,
    imports.length > 0 ? `import { ${imports.join(', ')} } from 'slakit';` : '',
    body,
    'export {};',
  ].join('\n');
}
