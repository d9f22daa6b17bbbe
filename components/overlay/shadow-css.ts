/**
 * Tailwind v4's stylesheet made fit for a shadow root without touching the document.
 *
 * Tailwind declares its `--tw-*` variables with `@property` (their initial values: `border` needs
 * `--tw-border-style: solid`). `@property` does not apply inside a shadow root, and registering it in
 * the document makes the browser restyle every element of the page: about 25 ms on a 1,500-row
 * planning, on the page's main thread (docs/performance.md). Instead, each `@property` becomes a
 * plain declaration on every element of the shadow tree, in Tailwind's own lowest layer
 * (`properties`), as Tailwind's fallback for browsers without `@property` does: `inherits: false`
 * holds, since every element gets the initial value itself.
 */
const PROPERTY = /@property\s+(--[\w-]+)\s*\{([^}]*)\}/g;
const INITIAL = /initial-value\s*:\s*([^;]+?)\s*(?:;|$)/;

export function shadowCss(text: string): string {
  const declarations: string[] = [];
  const rest = text.replace(PROPERTY, (_m, name: string, body: string) => {
    declarations.push(`${name}:${INITIAL.exec(body)?.[1] ?? 'initial'}`);
    return '';
  });
  if (!declarations.length) return rest;
  return `${rest}\n@layer properties{:host,*,::before,::after,::backdrop{${declarations.join(';')}}}`;
}
