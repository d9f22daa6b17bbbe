/**
 * Anonymised page capture: the current Ogust page and its same-origin frames as one
 * self-contained HTML file, ready to drop into demo/ogust/. Scripts and event attributes removed,
 * same-origin stylesheets inlined, every personal value replaced by a fake of the same shape and
 * validity (content-scripts/inspector/anonymize.ts), consistently across the page and its frames. Part of the overlay
 * bundle only (never the always-injected content script). No network: the stylesheets are read from
 * the document's CSSOM.
 */
import { Pseudonyms } from './anonymize';
import { isUnassigned } from '../../lib/text/identity';
import { cleanText } from '../../lib/text/normalize';
import { civiliteSex } from '../../lib/validators/nir';
import type { Settings } from '../../lib/settings/settings';
import { controlsIn, isControl, OVERLAY_TAG, visibleValue } from '../read/dom-text';
import { readDocument } from '../read/page-reader';
import { clean, stylesText, syncValues } from './clone';

type Kind =
  | 'name'
  | 'nir'
  | 'iban'
  | 'bic'
  | 'phone'
  | 'email'
  | 'birthDate'
  | 'street'
  | 'city'
  | 'coordinate'
  | 'free'
  | 'shape';

/** Personal fields and how each is faked. Every other field (options, statuses, amounts, dates) stays. */
export const PERSONAL_FIELDS: Record<string, Kind> = {
  'client.nom': 'name',
  'client.prenom': 'name',
  'client.nomNaissance': 'name',
  'client.dateNaissance': 'birthDate',
  'client.lieuNaissance': 'city',
  'client.nir': 'nir',
  'client.iban': 'iban',
  'client.bic': 'bic',
  'client.titulaireCompte': 'name',
  'client.rum': 'shape',
  'client.adresse': 'street',
  'client.ville': 'city',
  'client.latitude': 'coordinate',
  'client.longitude': 'coordinate',
  'client.geolocalisation': 'coordinate',
  'client.telPortable': 'phone',
  'client.telFixe': 'phone',
  'client.email': 'email',
  'client.interlocuteur.nom': 'name',
  'client.interlocuteur.prenom': 'name',
  'client.interlocuteur.telephone': 'phone',
  'client.interlocuteur.email': 'email',
  'intervenant.nom': 'name',
  'intervenant.prenom': 'name',
  'intervenant.dateNaissance': 'birthDate',
  'intervenant.nir': 'nir',
  'intervenant.lieuNaissance': 'city',
  'intervenant.iban': 'iban',
  'intervenant.bic': 'bic',
  'intervenant.email': 'email',
  'intervenant.telPortable': 'phone',
  'mandat.intervenant': 'name',
  'contrat.employeur': 'name',
  'contrat.salarieRemplace': 'name',
  'contrat.repartition': 'free',
};

/** The fiche's own person (whose civilité is on the page). */
const OWN_NAME = new Set(['client.prenom', 'client.nom', 'intervenant.prenom', 'intervenant.nom']);

/** List columns holding people's names. */
export const PERSONAL_COLUMNS = new Set([
  'prestation.intervenant',
  'prestation.client',
  'mandat.intervenant',
  'contratTravail.employeur',
]);

export interface AnonymizeOptions {
  settings: Settings;
  /** ISO date: birth dates keep their side of it (age). */
  today: string;
  url: string;
}

function fake(
  ps: Pseudonyms,
  kind: Kind,
  value: string,
  today: string,
  settings: Settings,
  sex?: 'M' | 'F',
): string {
  if (!value.trim()) return value;
  switch (kind) {
    case 'name':
      // The agency itself as employer (prestataire mode) is not a person, nor « Non affecté ».
      return value.includes(settings.contrat.employeurPrestataire) ||
        isUnassigned(value, settings.unassignedWords)
        ? value
        : ps.name(value, sex);
    case 'birthDate':
      return ps.birthDate(value, today);
    case 'free':
      // Free text also names days and rhythms the rules read: only the names in it are replaced.
      return value;
    default:
      return ps[kind](value);
  }
}

/** Set a control's or a text element's value, in the markup (what the capture serialises). */
function setValue(el: Element, from: string, to: string): void {
  if (el.tagName === 'INPUT') {
    el.setAttribute('value', to);
    (el as HTMLInputElement).value = to;
  } else if (el.tagName === 'TEXTAREA') {
    el.textContent = to;
  } else if (el.tagName === 'SELECT') {
    for (const o of Array.from((el as HTMLSelectElement).selectedOptions))
      if (cleanText(o.text) === from) o.textContent = to;
  } else if (!controlsIn(el).length) {
    replaceInText(el, new Map([[from, to]]));
  }
}

const WORD = 'A-Za-zÀ-ÿ0-9';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function replacer(map: ReadonlyMap<string, string>): ((s: string) => string) | null {
  const keys = [...map.keys()].filter((k) => k.trim()).sort((a, b) => b.length - a.length);
  if (!keys.length) return null;
  const re = new RegExp(`(?<![${WORD}])(?:${keys.map(escape).join('|')})(?![${WORD}])`, 'g');
  // Values as written in the page may hold other spaces (NBSP) than their cleaned form.
  return (s) => s.replace(re, (m) => map.get(m) ?? m);
}

function replaceInText(root: Element, map: ReadonlyMap<string, string>): void {
  const r = replacer(map);
  if (!r) return;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const out = r(t.data.replace(/[\u00a0\u202f]/g, ' '));
    if (out !== t.data.replace(/[\u00a0\u202f]/g, ' ')) t.data = out;
  }
}

/** NIR, IBAN, phone and email shapes, for values no field read (each faked with its validity). */
const SHAPES: [RegExp, 'nir' | 'iban' | 'phone' | 'email'][] = [
  [
    /(?<![\w])[1-478] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3}(?: ?\d{2})?(?![\w])/g,
    'nir',
  ],
  [/(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w])/g, 'iban'],
  [/(?<![\w+])(?:\+33 ?|0)[1-9](?:[ .-]?\d{2}){4}(?![\w])/g, 'phone'],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, 'email'],
];

function shapeScrubber(ps: Pseudonyms, keep: ReadonlySet<string>): (s: string) => string {
  return (s) => {
    if (!/\d{2}|@/.test(s) || keep.has(cleanText(s))) return s;
    let out = s;
    for (const [re, kind] of SHAPES)
      out = out.replace(re, (m) =>
        keep.has(m) ? m : ps.replacements.has(m) ? ps.replacements.get(m)! : ps[kind](m),
      );
    return out;
  };
}

const TEXT_ATTRIBUTES = ['value', 'title', 'alt', 'placeholder', 'aria-valuetext', 'data-value'];

/**
 * Replace every personal value of a document by its fake, in place. `ps` holds the pseudonyms, so a
 * page and its frames share them. Returns the page key read (null when unrecognised).
 */
export function anonymizeDocument(doc: Document, ps: Pseudonyms, options: AnonymizeOptions): string | null {
  const { settings, today } = options;
  const read = readDocument(doc, settings, options.url);
  /** Values of non-personal fields (Géré par = the user's name…): never touched. */
  const keep = new Set<string>();
  const done = new Set<Element>();
  if (read) {
    // A first name of the person's civilité (cosmetic: no rule reads it).
    const civ = read.record.fields['client.civilite'] ?? read.record.fields['intervenant.civilite'];
    const sex = civ?.state === 'read' ? civiliteSex(civ.value) : undefined;
    for (const [key, el] of read.elements) {
      const f = read.record.fields[key];
      if (f?.state !== 'read') continue;
      const kind = PERSONAL_FIELDS[key];
      if (!kind) {
        if (f.value) keep.add(f.value);
        continue;
      }
      // A field read on read-only text as « <p><b>Nom :</b> DUPONT</p> »: the value is in the container.
      const to = fake(ps, kind, f.value, today, settings, OWN_NAME.has(key) ? sex : undefined);
      if (to !== f.value) setValue(el, f.value, to);
      done.add(el);
    }
    for (const row of read.record.list?.rows ?? [])
      for (const [key, value] of Object.entries(row.cells))
        if (PERSONAL_COLUMNS.has(key)) fake(ps, 'name', value, today, settings);
  }
  // Controls no field reads: emails, phones and free text by their input type.
  for (const el of Array.from(doc.querySelectorAll('input, textarea'))) {
    if (done.has(el) || el.closest(OVERLAY_TAG) || !isControl(el)) continue;
    const value = visibleValue(el);
    if (!value || keep.has(value)) continue;
    const type = el.getAttribute('type') ?? '';
    const kind: Kind | null =
      type === 'email' ? 'email' : type === 'tel' ? 'phone' : el.tagName === 'TEXTAREA' ? 'free' : null;
    if (!kind) continue;
    const to = kind === 'free' ? ps.freeText(value) : ps[kind](value);
    setValue(el, value, to);
  }

  // Values no field read (a label the reader does not know yet): recognised by their shape.
  const scrub = shapeScrubber(ps, keep);
  for (const el of Array.from(doc.querySelectorAll('input'))) {
    if (done.has(el) || el.closest(OVERLAY_TAG)) continue;
    const v = el.getAttribute('value');
    const out = v ? scrub(v) : v;
    if (v && out !== v) setValue(el, v, out!);
  }
  for (const el of Array.from(doc.querySelectorAll('textarea'))) {
    const v = el.textContent ?? '';
    const out = scrub(v);
    if (out !== v) el.textContent = out;
  }
  const texts = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = texts.nextNode(); n; n = texts.nextNode()) {
    const t = n as Text;
    if (t.parentElement?.closest('script,style,option')) continue;
    const out = scrub(t.data);
    if (out !== t.data) t.data = out;
  }

  // Everywhere else the same values appear (headings, title, breadcrumbs, list cells, file names).
  const map = new Map(ps.replacements);
  for (const k of keep) map.delete(k);
  const r = replacer(map);
  if (!r) return read?.page ?? null;
  const root = doc.documentElement;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const parent = t.parentElement;
    // Option texts are the account's vocabulary (staff names in « Géré par »), except a faked choice.
    if (!parent || parent.closest('script,style,option')) continue;
    if (keep.has(cleanText(t.data))) continue;
    const text = t.data.replace(/[\u00a0\u202f]/g, ' ');
    const out = r(text);
    if (out !== text) t.data = out;
  }
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.tagName === 'OPTION') continue;
    for (const a of TEXT_ATTRIBUTES) {
      const v = el.getAttribute(a);
      if (!v || keep.has(cleanText(v))) continue;
      const out = r(v);
      if (out !== v) {
        el.setAttribute(a, out);
        if (a === 'value' && el.tagName === 'INPUT') (el as HTMLInputElement).value = out;
      }
    }
  }
  return read?.page ?? null;
}

export interface CaptureOptions extends AnonymizeOptions {
  /** Seed of the fakes (same seed, same capture). */
  seed?: string | number;
  /** A first comment for the demo pages (oc-page, oc-expect…), lines without `-->`. */
  header?: string[];
}

function captureInto(
  doc: Document,
  ps: Pseudonyms,
  options: AnonymizeOptions,
): { html: string; page: string | null } {
  const copy = doc.implementation.createHTMLDocument('');
  const root = copy.importNode(doc.documentElement, true) as HTMLElement;
  copy.replaceChild(root, copy.documentElement);
  syncValues(doc.documentElement, root);
  // Frames: captured recursively into `srcdoc` (same origin only; others are left empty).
  const frames = Array.from(doc.querySelectorAll('iframe, frame'));
  const copies = Array.from(root.querySelectorAll('iframe, frame'));
  frames.forEach((frame, i) => {
    const dst = copies[i];
    if (!dst) return;
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    dst.removeAttribute('src');
    if (inner?.documentElement) {
      const sub = captureInto(inner, ps, { ...options, url: inner.location?.href ?? options.url });
      dst.setAttribute('srcdoc', sub.html);
    }
  });
  clean(root);
  const styles = stylesText(doc);
  for (const link of Array.from(root.querySelectorAll('link[rel~="stylesheet"]'))) link.remove();
  if (styles.length) {
    const style = copy.createElement('style');
    style.textContent = styles.join('\n');
    (root.querySelector('head') ?? root).appendChild(style);
  }
  const page = anonymizeDocument(copy, ps, options);
  return { html: `<!doctype html>\n${root.outerHTML}`, page };
}

/** The page and its frames as one anonymised, script-free, self-contained HTML document. */
export function captureDocument(doc: Document, options: CaptureOptions): string {
  const ps = new Pseudonyms(options.seed ?? 'dossier-conforme');
  const { html, page } = captureInto(doc, ps, options);
  const header = [
    `oc-demo: capture anonymisée (${new Date(options.today).toISOString().slice(0, 10)})`,
    `oc-page: ${page ?? 'none'}`,
    ...(options.header ?? []),
  ].map((l) => '  ' + l.replace(/--+>?/g, '—'));
  return html.replace(/^<!doctype html>\n/, `<!doctype html>\n<!--\n${header.join('\n')}\n-->\n`);
}
