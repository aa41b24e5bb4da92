/**
 * A guide as help texts name it: its path in the repository and its page on the documentation
 * site (the typedoc plugin in scripts/ gives docs/NAME.md the page documents/NAME.html).
 */
export function guide(name: string): string {
  return `docs/${name}.md; site: documents/${name}.html`;
}
