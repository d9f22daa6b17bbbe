/**
 * The tab a hidden field sits in. A window with tabs (a contrat de travail's Général, Rémunération /
 * horaires, Complément) often keeps every tab's panel in the page and shows one: a field of another
 * panel has no box. Its tab is named by the control that shows the panel: an element whose
 * `aria-controls`, `href="#…"`, `data-target` or `data-bs-target` names the panel's id, or the
 * panel's `aria-labelledby`. Reads the DOM only; undefined when no such control exists.
 */

/** The element has a box on the page (a field of a hidden panel has none). */
export function isShown(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

function tabControlText(doc: Document, panel: Element): string | undefined {
  const id = panel.id;
  const candidates: (Element | null)[] = [];
  for (const ref of (panel.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean))
    candidates.push(doc.getElementById(ref));
  if (id)
    candidates.push(
      [...doc.querySelectorAll('[aria-controls], a[href^="#"], [data-target], [data-bs-target]')].find(
        (c) =>
          (c.getAttribute('aria-controls') ?? '').split(/\s+/).includes(id) ||
          [c.getAttribute('href'), c.getAttribute('data-target'), c.getAttribute('data-bs-target')].includes(
            `#${id}`,
          ),
      ) ?? null,
    );
  for (const c of candidates) {
    const text = c?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return undefined;
}

/** The name of the tab whose panel holds `el`, when the page says which control shows it. */
export function tabOf(el: Element): string | undefined {
  const doc = el.ownerDocument;
  for (let p: Element | null = el.parentElement; p && p !== doc.body; p = p.parentElement) {
    if (!p.id && !p.hasAttribute('aria-labelledby')) continue;
    const text = tabControlText(doc, p);
    if (text) return text;
  }
  return undefined;
}
