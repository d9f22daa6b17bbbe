/**
 * The page's copy for a capture (content-scripts/inspector/capture.ts): what the person sees written
 * into the markup, the same-origin stylesheets as text, and nothing that runs or marks ours.
 */
import { OVERLAY_TAG } from '../read/dom-text';
import { STYLE_ID } from '../markers';

/** Write each control's current value into the markup of its clone (what the person sees is captured). */
export function syncValues(from: Element, to: Element): void {
  const a = Array.from(from.querySelectorAll('input, select, textarea'));
  const b = Array.from(to.querySelectorAll('input, select, textarea'));
  a.forEach((src, i) => {
    const dst = b[i];
    if (!dst || dst.tagName !== src.tagName) return;
    if (src.tagName === 'INPUT') {
      const s = src as HTMLInputElement;
      if (s.type === 'checkbox' || s.type === 'radio') {
        if (s.checked) dst.setAttribute('checked', '');
        else dst.removeAttribute('checked');
      } else if (s.type !== 'file' && s.type !== 'password') dst.setAttribute('value', s.value);
      if (s.type === 'password') dst.setAttribute('value', '');
    } else if (src.tagName === 'TEXTAREA') {
      dst.textContent = (src as HTMLTextAreaElement).value;
    } else {
      const opts = Array.from((src as HTMLSelectElement).options);
      const dOpts = Array.from((dst as HTMLSelectElement).querySelectorAll('option'));
      opts.forEach((o, j) => {
        if (o.selected) dOpts[j]?.setAttribute('selected', '');
        else dOpts[j]?.removeAttribute('selected');
      });
    }
  });
}

/** The text of the document's same-origin stylesheets (cross-origin ones cannot be read: dropped). */
export function stylesText(doc: Document): string[] {
  const out: string[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    const owner = sheet.ownerNode as Element | null;
    if (!owner || owner.tagName !== 'LINK') continue;
    try {
      out.push(Array.from(sheet.cssRules, (r) => r.cssText).join('\n'));
    } catch {
      // Cross-origin stylesheet: not readable, left out.
    }
  }
  return out;
}

/** Scripts, event handlers, javascript: URLs, our own marks and overlay: removed from the copy. */
export function clean(root: Element): void {
  for (const el of Array.from(
    root.querySelectorAll(`script, noscript, ${OVERLAY_TAG}, #${STYLE_ID}, link[rel~="preload"], base`),
  ))
    el.remove();
  // Comments may hold anything (notes, ids): none is kept.
  const comments = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  for (let c = comments.nextNode(); c; c = comments.nextNode()) found.push(c);
  for (const c of found) c.parentNode?.removeChild(c);
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (
        name.startsWith('on') ||
        name.startsWith('data-oc-') ||
        (/^(href|src|action|formaction|xlink:href)$/.test(name) && /^\s*javascript:/i.test(attr.value))
      )
        el.removeAttribute(attr.name);
    }
  }
}
