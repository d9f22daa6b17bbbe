/**
 * The side panel's « show me » on the page: scroll to the first of the given fields bound on this
 * frame's page (`data-oc-field`), else to the first element marked with one of the given rules
 * (`data-oc-rules`: a list row), and flash it. Uses the Web Animations API: no attribute or style of
 * Ogust's nodes is changed, and nothing is left behind.
 */
export function revealField(
  doc: Document,
  fields: readonly string[],
  rules: readonly string[] = [],
): boolean {
  const bound = [...doc.querySelectorAll('[data-oc-field]')];
  const marked = rules.length ? [...doc.querySelectorAll('[data-oc-rules]')] : [];
  const candidates = [
    ...fields.map((key) => bound.find((e) => e.getAttribute('data-oc-field') === key)),
    ...rules.map((rule) =>
      marked.find((e) => (e.getAttribute('data-oc-rules') ?? '').split(' ').includes(rule)),
    ),
  ];
  for (const el of candidates) {
    if (!el) continue;
    try {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (el instanceof HTMLElement && el.focus && el.matches('input, select, textarea, button'))
        el.focus({ preventScroll: true });
      el.animate?.(
        [
          { outline: '4px solid rgb(245 158 11)', outlineOffset: '2px' },
          { outline: '4px solid rgb(245 158 11 / 0)', outlineOffset: '6px' },
        ],
        { duration: 700, iterations: 3, easing: 'ease-out' },
      );
    } catch {
      // Never break the page for a flash.
    }
    return true;
  }
  return false;
}
