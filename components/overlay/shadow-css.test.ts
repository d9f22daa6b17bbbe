import { describe, expect, it } from 'vitest';
import { shadowCss } from './shadow-css';

describe('shadowCss', () => {
  it('turns each @property into a declaration on every element of the shadow tree, in the properties layer', () => {
    const css =
      '@layer properties;.border{border-style:var(--tw-border-style);border-width:1px}' +
      '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}' +
      '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}' +
      '@property --tw-leading{syntax:"*";inherits:false}';
    expect(shadowCss(css)).toBe(
      '@layer properties;.border{border-style:var(--tw-border-style);border-width:1px}\n' +
        '@layer properties{:host,*,::before,::after,::backdrop{' +
        '--tw-border-style:solid;--tw-shadow:0 0 #0000;--tw-leading:initial}}',
    );
  });

  it('keeps a stylesheet without @property as it is', () => {
    expect(shadowCss('.a{color:red}')).toBe('.a{color:red}');
  });

  it('reads an initial value written last, without a semicolon, and spaced', () => {
    expect(shadowCss('@property --x { syntax: "*"; inherits: false; initial-value: 1px }')).toBe(
      '\n@layer properties{:host,*,::before,::after,::backdrop{--x:1px}}',
    );
  });
});
