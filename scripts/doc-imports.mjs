// Every TSDoc example starts with its import lines, so it can be copied as is:
//   import { addBusinessTime, type Calendar } from 'slakit/calendar';
// This script derives those lines from the names a ```ts block uses (each name from the subpath
// whose folder declares it; shared primitives from 'slakit'), replaces the block's leading
// `import … from 'slakit…'` lines with them, and leaves everything else alone.
//   node scripts/doc-imports.mjs          rewrites the examples in src/ (idempotent)
//   node scripts/doc-imports.mjs --check  lists the blocks whose import lines are missing or stale
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { jsSubpaths } from './package-facts.mjs';

/** name → { module: 'slakit/calendar', type: true when the export has no value }. */
export function publicModules(root = '.') {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const subpaths = jsSubpaths(pkg);
  const entries = { slakit: join(root, 'src/index.ts'), ...Object.fromEntries(subpaths.map((s) => [`slakit/${s}`, join(root, `src/${s}/index.ts`)])) };
  const program = ts.createProgram(Object.values(entries), { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, noEmit: true });
  const checker = program.getTypeChecker();
  const found = new Map();
  for (const [module, file] of Object.entries(entries)) {
    const symbol = checker.getSymbolAtLocation(program.getSourceFile(file));
    for (const exported of symbol ? checker.getExportsOfModule(symbol) : []) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declared = target.declarations?.[0]?.getSourceFile().fileName ?? '';
      const home = module === 'slakit' ? '' : `${join(root, 'src', module.slice('slakit/'.length))}${sep}`;
      const previous = found.get(exported.name);
      // The subpath whose folder declares the name wins; else the first subpath; else the root.
      if (previous === undefined || previous.module === 'slakit' || (!previous.home && home && declared.startsWith(home))) {
        found.set(exported.name, { module, type: (target.flags & ts.SymbolFlags.Value) === 0, home: home !== '' && declared.startsWith(home) });
      }
    }
  }
  return found;
}

const IMPORT_LINE = /^import\s+(?:type\s+)?\{[^}]*\}\s+from\s+'slakit(?:\/[^']*)?';\s*$/;

/** The import lines a block needs, given the public names and the module the block documents. */
export function importLines(code, names, ownModule) {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const declared = new Set();
  const used = new Set();
  const visit = (node) => {
    if ((ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) && node.name && ts.isIdentifier(node.name)) declared.add(node.name.text);
    if (ts.isImportSpecifier(node)) declared.add(node.name.text);
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isMemberName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node) || (ts.isQualifiedName(parent) && parent.right === node) || ((ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent)) && parent.name === node);
      if (!isMemberName) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const byModule = new Map();
  for (const name of [...used].filter((n) => names.has(n) && !declared.has(n)).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : 1))) {
    const { module, type } = names.get(name);
    if (!byModule.has(module)) byModule.set(module, []);
    byModule.get(module).push({ name, type });
  }
  const modules = [...byModule.keys()].sort((a, b) => (a === ownModule ? -1 : b === ownModule ? 1 : a.localeCompare(b)));
  return modules.map((module) => {
    const list = byModule.get(module);
    if (list.every((n) => n.type)) return `import type { ${list.map((n) => n.name).join(', ')} } from '${module}';`;
    return `import { ${list.map((n) => (n.type ? `type ${n.name}` : n.name)).join(', ')} } from '${module}';`;
  });
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Each source file's text with its TSDoc examples' import lines brought up to date. */
export function updateImports(root = '.') {
  const names = publicModules(root);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const subpaths = new Set(jsSubpaths(pkg));
  const results = [];
  for (const file of walk(join(root, 'src')).filter((f) => f.endsWith('.ts') && !relative(root, f).startsWith(join('src', 'cli')))) {
    const text = readFileSync(file, 'utf8');
    const folder = relative(join(root, 'src'), file).split(sep)[0];
    const ownModule = subpaths.has(folder) ? `slakit/${folder}` : 'slakit';
    const stale = [];
    // A fenced ```ts block inside a /** … */ comment: the lines between the fences, with their ` * ` prefix.
    const updated = text.replace(/^([ \t]*\*[ \t]?)```ts([^\n]*)\n([\s\S]*?)^([ \t]*\*[ \t]?)```/gm, (whole, open, info, body, close) => {
      if (info.includes('fragment')) return whole;
      const prefix = open.replace(/[ \t]+$/, '');
      const lines = body.split('\n').slice(0, -1).map((line) => line.replace(/^[ \t]*\*[ \t]?/, ''));
      let start = 0;
      while (start < lines.length && (IMPORT_LINE.test(lines[start]) || (lines[start].trim() === '' && start > 0 && IMPORT_LINE.test(lines[start - 1])))) start++;
      const rest = lines.slice(start);
      const imports = importLines(rest.join('\n'), names, ownModule);
      const next = [...imports, ...(imports.length > 0 && rest.length > 0 ? [''] : []), ...rest];
      if (next.join('\n') === lines.join('\n')) return whole;
      stale.push(`${relative(root, file)}:${text.slice(0, text.indexOf(whole)).split('\n').length}`);
      return `${open}\`\`\`ts${info}\n${next.map((line) => (line === '' ? prefix : `${prefix} ${line}`)).join('\n')}\n${close}\`\`\``;
    });
    if (updated !== text) results.push({ file, text: updated, stale });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = updateImports('.');
  if (process.argv.includes('--check')) {
    const stale = results.flatMap((r) => r.stale);
    for (const where of stale) console.error(`✗ ${where}: the example's import lines are missing or stale (run node scripts/doc-imports.mjs)`);
    process.exit(stale.length === 0 ? 0 : 1);
  }
  for (const { file, text } of results) writeFileSync(file, text);
  console.log(`updated the import lines of ${results.reduce((n, r) => n + r.stale.length, 0)} examples in ${results.length} files`);
}
