/**
 * The page side of « Lire les onglets non lus » (background/read-unseen-service.ts drives it):
 * - `oc:links`: the links Ogust shows on this document and its same-origin frames — its tab strip
 *   (the list holding the active tab) and the other same-origin `<a href>` (a person's name, a next
 *   page); a tab without an address (`href="#"`, `javascript:`, no link) is kept as script-driven;
 * - `oc:frame-open` / `oc:frame-close` (top document only): one hidden, inert frame on an Ogust address
 *   of the same origin, loaded by GET like a link, read by the content script that runs in every
 *   Ogust frame, then removed (also after FRAME_LIFETIME_MS, should the background never ask).
 * Nothing is clicked, typed or submitted: the frame is sandboxed without forms, pop-ups, modals or
 * top navigation. Nothing of Ogust's is changed; the frame is appended, then removed.
 */
import { onMessages, type FrameOpened, type PageLinks, type SeenLink } from '../lib/platform/messages';
import { cleanText } from '../lib/text/normalize';
import { markedActive } from './read/active-tab';

/** Marks the hidden frame (the background never shows an overlay in it). */
const READER_ATTR = 'data-oc-reader';
/** The frame goes even if the background never comes back for it. */
const FRAME_LIFETIME_MS = 90_000;
/** Longest wait for the frame's `load`. */
const LOAD_TIMEOUT_MS = 30_000;
const MAX_LINKS = 400;
const MAX_TEXT = 80;

const sameOrigin = (doc: Document, url: URL) =>
  url.origin === doc.location.origin && (url.protocol === 'https:' || url.protocol === 'http:');

/** An `<a>`'s address when Ogust gives a real one on this origin; null for a script-driven link. */
function addressOf(doc: Document, a: Element): string | null | undefined {
  const raw = a.getAttribute('href')?.trim();
  if (!raw || raw.startsWith('#') || /^javascript:/i.test(raw)) return null;
  try {
    const url = new URL(raw, doc.baseURI);
    if (!sameOrigin(doc, url)) return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The containers of the tab strips: the list (or nav, tablist) holding a tab marked active. */
function tabStrips(doc: Document): Element[] {
  const out = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll('[aria-selected], [aria-current], [class]'))) {
    if (!markedActive(el)) continue;
    const strip = el.closest('ul, ol, nav, [role="tablist"]');
    if (strip) out.add(strip);
  }
  return [...out];
}

/** The links Ogust shows on one document. */
export function harvestLinks(doc: Document): SeenLink[] {
  const links: SeenLink[] = [];
  const inStrip = new Set<Element>();
  for (const strip of tabStrips(doc)) {
    const items = strip.querySelectorAll('li, [role="tab"]');
    for (const item of Array.from(items.length ? items : [strip])) {
      const a = item.matches('a') ? item : item.querySelector('a');
      const text = cleanText(item.textContent ?? '');
      if (!text || text.length > MAX_TEXT) continue;
      if (a) inStrip.add(a);
      const url = a ? addressOf(doc, a) : null;
      // A tab with an `onclick` and no address, or no link at all: opened by Ogust's script.
      if (url === null) links.push({ text, tab: true, scripted: true });
      else if (url) links.push({ text, url, tab: true });
    }
  }
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (links.length >= MAX_LINKS) break;
    if (inStrip.has(a) || a.closest(`[${READER_ATTR}]`)) continue;
    const text = cleanText(a.textContent ?? '');
    const url = addressOf(doc, a);
    if (text && text.length <= MAX_TEXT && url) links.push({ text, url, tab: false });
  }
  return links;
}

/** This document's links and those of its same-origin frames (our hidden frame excepted). */
function pageLinks(doc: Document): PageLinks[] {
  const out: PageLinks[] = [{ url: doc.location.href.replace(/#.*$/, ''), links: harvestLinks(doc) }];
  for (const f of Array.from(doc.querySelectorAll('iframe, frame'))) {
    if (f.hasAttribute(READER_ATTR)) continue;
    try {
      const inner = (f as HTMLIFrameElement).contentDocument;
      if (inner?.location && inner.location.origin === doc.location.origin) out.push(...pageLinks(inner));
    } catch {
      // Another origin: not Ogust's to read from here.
    }
  }
  return out;
}

export type { FrameOpened };

/** Listen for the background's requests (until `signal` aborts); only the top document opens frames. */
export function watchUnseenFrames(doc: Document, signal?: AbortSignal): void {
  const top = doc.defaultView === doc.defaultView?.top;
  let frame: HTMLIFrameElement | null = null;
  let lifetime: ReturnType<typeof setTimeout> | undefined;

  const remove = (): PageLinks | null => {
    const f = frame;
    frame = null;
    if (lifetime !== undefined) clearTimeout(lifetime);
    if (!f) return null;
    let links: PageLinks | null = null;
    try {
      const inner = f.contentDocument;
      if (inner?.location && inner.location.origin === doc.location.origin)
        links = { url: inner.location.href.replace(/#.*$/, ''), links: harvestLinks(inner) };
    } catch {
      links = null;
    }
    f.remove();
    return links;
  };

  const open = (url: string): Promise<FrameOpened> => {
    remove();
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return Promise.resolve({ loaded: false });
    }
    // A frameset page has no body to hold a frame: the background opens a background tab instead.
    if (!sameOrigin(doc, target) || doc.body?.tagName === 'FRAMESET')
      return Promise.resolve({ loaded: false });
    const f = doc.createElement('iframe');
    f.setAttribute(READER_ATTR, '');
    f.setAttribute('aria-hidden', 'true');
    f.setAttribute('tabindex', '-1');
    f.setAttribute('inert', '');
    // Scripts run as when the person opens the tab; no form, pop-up, dialog or top navigation.
    f.setAttribute('sandbox', 'allow-same-origin allow-scripts');
    // Laid out (the reader reads what is shown) but off screen, invisible and out of reach.
    f.setAttribute(
      'style',
      'position:fixed;left:-20000px;top:0;width:1280px;height:900px;border:0;opacity:0;pointer-events:none;',
    );
    frame = f;
    lifetime = setTimeout(remove, FRAME_LIFETIME_MS);
    return new Promise<FrameOpened>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (frame !== f) return resolve({ loaded: false });
        try {
          const inner = f.contentDocument;
          const href = inner?.location?.href ?? '';
          if (inner && href !== 'about:blank' && inner.location.origin === doc.location.origin)
            return resolve({ loaded: true, url: href.replace(/#.*$/, '') });
        } catch {
          // A page that refuses to be framed shows the browser's error page (another origin).
        }
        resolve({ loaded: false });
      };
      const timer = setTimeout(done, LOAD_TIMEOUT_MS);
      f.addEventListener('load', done, { once: true, signal });
      f.src = target.href;
      (doc.body ?? doc.documentElement).appendChild(f);
    });
  };

  if (top)
    onMessages(
      {
        'oc:links': () => Promise.resolve(pageLinks(doc)),
        'oc:frame-open': (m) => open(m.url),
        'oc:frame-close': () => Promise.resolve(remove()),
      },
      signal,
    );
  signal?.addEventListener('abort', () => remove(), { once: true });
}
