// typedoc plugin for the documentation site:
// - the guides, the changelog and the benchmark results get short, stable page names
//   (docs/cases.md → documents/cases.html), which the CLI's help texts can cite;
// - the landing page does not say "slakit" twice: typedoc prints the project name as the title,
//   so the README's own `# slakit` heading is dropped there (guides keep theirs: typedoc prints
//   no title on a document page).
import { relative } from 'node:path';
import { Converter, KindRouter, ReflectionKind } from 'typedoc';

/** The site page of a Markdown file of the repository, without `.html`: `documents/cases`. */
export function documentPage(file) {
  const path = file.replace(/\\/g, '/').replace(/\.md$/, '');
  if (path === 'CHANGELOG') return 'documents/changelog';
  if (path === 'bench/RESULTS') return 'documents/benchmarks';
  return `documents/${path.replace(/^docs\//, '').replace(/[^A-Za-z0-9-]+/g, '-').toLowerCase()}`;
}

const TITLES = { CHANGELOG: 'Changelog', 'bench/RESULTS': 'Benchmark results' };

function dropHeading(parts, title) {
  const first = parts[0];
  if (first?.kind !== 'text') return;
  const heading = /^\s*#\s+(.+)\n+/.exec(first.text);
  if (heading && heading[1].trim().toLowerCase() === title.trim().toLowerCase()) first.text = first.text.slice(heading[0].length);
}

export function load(app) {
  class SlakitRouter extends KindRouter {
    getIdealBaseName(reflection) {
      const file = reflection.kindOf(ReflectionKind.Document) ? reflection.project.files.getReflectionPath(reflection) : undefined;
      return file ? documentPage(relative(process.cwd(), file)) : super.getIdealBaseName(reflection);
    }
  }
  app.renderer.defineRouter('slakit', SlakitRouter);

  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const file = document.project.files.getReflectionPath(document);
    const key = file ? relative(process.cwd(), file).replace(/\\/g, '/').replace(/\.md$/, '') : '';
    if (key in TITLES) document.name = TITLES[key];
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    if (context.project.readme) dropHeading(context.project.readme, context.project.name);
  });
}
