/**
 * A notice of ours on the Ogust page when the extension cannot work in it (its settings could not be
 * read, even after asking again): plain DOM in a shadow root, not the React overlay, whose injection
 * needs the background that may be what fails. Text only, one per document, closable, and it takes
 * no pointer events outside its box.
 */
export const NOTICE_TAG = 'dossier-conforme-notice';

const HOST_STYLE = 'all:initial;position:fixed;right:12px;bottom:12px;z-index:2147483647;';
const BOX_STYLE =
  'box-sizing:border-box;max-width:420px;margin:0;padding:10px 12px;border:2px solid #b3261e;' +
  'border-radius:8px;background:#fff;color:#1f1f1f;font:13px/1.4 system-ui,sans-serif;' +
  'box-shadow:0 2px 8px rgba(0,0,0,.25);';
const BUTTON_STYLE =
  'margin-top:8px;padding:2px 8px;border:1px solid #5f5f5f;border-radius:4px;background:#fff;' +
  'color:#1f1f1f;font:inherit;cursor:pointer;';

/** Show `text` at the bottom right of `doc` (nothing when a notice is already there). */
export function showNotice(doc: Document, text: string, closeLabel: string): void {
  if (doc.querySelector(NOTICE_TAG)) return;
  const host = doc.createElement(NOTICE_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'alert');
  box.setAttribute('style', BOX_STYLE);
  const message = doc.createElement('p');
  message.setAttribute('style', 'margin:0;');
  message.textContent = text;
  const close = doc.createElement('button');
  close.type = 'button';
  close.setAttribute('style', BUTTON_STYLE);
  close.textContent = closeLabel;
  close.addEventListener('click', () => host.remove(), { once: true });
  box.append(message, close);
  root.append(box);
  (doc.body ?? doc.documentElement).appendChild(host);
}

/** Take the notice back (what it said no longer holds). */
export function hideNotice(doc: Document): void {
  doc.querySelector(NOTICE_TAG)?.remove();
}
