/**
 * What the inspector shows: how the page was recognised (or which discriminating
 * labels were missing), and for each field of the page's definition table what the reader found —
 * the label matched, how it was associated, the element, the value (NIR/IBAN masked) — or why not.
 * Computed from the same reader as the scan; used by the overlay bundle only.
 */
import { fieldsOfPage, LIST_COLUMNS, PAGE_LIST } from '../../lib/model/fields';
import { maskIban, maskNir } from '../../lib/dossier/store';
import { T } from '../../lib/i18n/inspector';
import { normLabel } from '../../lib/text/normalize';
import type { Settings } from '../../lib/settings/settings';
import type { Association, PageKey } from '../../lib/model/types';
import { resolveBinding, type Binding } from '../read/binding';
import { collectTexts } from '../read/dom-text';
import { tableHeaders } from '../read/list-reader';
import { readAnyPage } from '../read/page-reader';
import { activeTabs } from '../read/active-tab';
import { CONTRAT_RECOGNITION_LABELS, declaredPage, recognise } from '../read/recognize';
import { labelIndex } from '../read/field-reader';

export type AbsentReason = 'no-label' | 'no-element';

export interface FieldInspection {
  key: string;
  /** Canonical label. */
  label: string;
  state: 'read' | 'absent' | 'ambiguous';
  /** Label text matched on the page. */
  matched?: string;
  via?: Association;
  el?: Element;
  /** Value as read, NIR and IBAN masked. */
  value?: string;
  candidates?: number;
  reason?: AbsentReason;
  /** The admin's binding and how many elements it matches now. */
  binding?: Binding;
  bindingCount?: number;
  aliases: string[];
}

export interface ColumnInspection {
  key: string;
  label: string;
  found: boolean;
  aliases: string[];
}

export interface Inspection {
  url: string;
  /** Page recognised (or declared), null when none. */
  page: PageKey | null;
  /** The page comes from an admin's declaration for this URL. */
  declared: boolean;
  /** The page whose fields are listed (the recognised one, or the one the admin previews). */
  shown: PageKey | null;
  scores: Partial<Record<PageKey, number>>;
  missing: Partial<Record<PageKey, string[]>>;
  fields: FieldInspection[];
  columns: ColumnInspection[];
}

const MASK: Record<string, (v: string) => string> = { nir: maskNir, iban: maskIban };

/** A short description of an element: tag, id, name, type (never its value). */
export function describeElement(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const id = el.id ? `#${el.id}` : '';
  const name = el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : '';
  const type = el.tagName === 'INPUT' ? `[type=${el.getAttribute('type') ?? 'text'}]` : '';
  return `<${tag}${id}${name}${type}>`;
}

/** Why the list pages and the contract window were not recognised (recognise() details the fiches). */
function otherReasons(
  texts: readonly { norm: string }[],
  headers: readonly { headers: Map<string, number> }[],
  tabs: ReadonlySet<string>,
  settings: Settings,
): Partial<Record<PageKey, string[]>> {
  const n = normLabel;
  const names = (key: string, list: string[]) => [...list, ...(settings.fields[key]?.aliases ?? [])];
  const has = (h: Map<string, number>, key: string, list: string[]) =>
    names(key, list).some((l) => h.has(n(l)));
  const out: Partial<Record<PageKey, string[]>> = {};
  const all = new Set(texts.map((t) => t.norm));

  if (
    !headers.some(
      (t) =>
        has(t.headers, 'mandat.fraisGestion', ['Frais de gestion mensuels']) ||
        has(t.headers, 'mandat.coutSalarie', ['Coût du salarié mensuel']),
    )
  )
    out['client.contrats'] = [T.reasonMandat];

  const planning: [string, string, string[]][] = [
    ['Date', 'prestation.date', ['Date']],
    ['Heure de début', 'prestation.debut', ['Heure de début', 'Début']],
    ['Durée', 'prestation.duree', ['Durée', 'Heure de fin', 'Fin']],
    ['Prestation', 'prestation.prestation', ['Prestation']],
  ];
  let best: string[] | null = null;
  for (const t of headers) {
    const lacking = planning
      .filter(
        ([, key, list]) =>
          !(
            has(t.headers, key, list) ||
            (key === 'prestation.duree' && has(t.headers, 'prestation.fin', ['Heure de fin', 'Fin']))
          ),
      )
      .map(([label]) => label);
    if (!best || lacking.length < best.length) best = lacking;
  }
  if (!best || best.length) out['client.planning'] = [T.reasonPlanning(best ?? [])];

  const found = CONTRAT_RECOGNITION_LABELS.filter((l) => all.has(n(l))).length;
  if (found < 4) out['intervenant.contrat'] = [T.reasonContrat(found)];

  if (!tabs.has(n('Documents'))) out['client.documents'] = [T.reasonDocuments];
  return out;
}

export function inspectDocument(
  doc: Document,
  settings: Settings,
  url: string,
  preview?: PageKey,
): Inspection {
  const texts = collectTexts(doc);
  const headers = tableHeaders(doc);
  const tabs = activeTabs(doc);
  const recognition = recognise({ texts, headers, activeTabs: tabs, url }, settings);
  const page = recognition.page;
  const shown = page ?? preview ?? null;
  const out: Inspection = {
    url,
    page,
    declared: !!page && declaredPage(settings, url) === page,
    shown,
    scores: recognition.scores,
    missing: page
      ? recognition.missing
      : { ...recognition.missing, ...otherReasons(texts, headers, tabs, settings) },
    fields: [],
    columns: [],
  };
  if (!shown) return out;
  const defs = fieldsOfPage(shown);
  const read = readAnyPage(doc, shown, settings, texts, headers, url);
  const index = labelIndex(defs, settings.fields);
  const present = new Set<string>();
  for (const t of texts) for (const e of index.get(t.norm) ?? []) present.add(e.field.key);
  for (const def of defs) {
    const f = read.record.fields[def.key] ?? { state: 'absent' as const };
    const override = settings.fields[def.key];
    const item: FieldInspection = {
      key: def.key,
      label: def.labels[0]!,
      state: f.state,
      aliases: override?.aliases ?? [],
    };
    if (override?.binding) {
      item.binding = override.binding;
      item.bindingCount = resolveBinding(doc, override.binding).length;
    }
    if (f.state === 'read') {
      const mask = MASK[def.key.split('.').pop()!];
      item.matched = f.label;
      item.via = f.via;
      item.value = mask && f.value ? mask(f.value) : f.value;
      const el = read.elements.get(def.key);
      if (el) item.el = el;
    } else if (f.state === 'ambiguous') {
      item.matched = f.label;
      item.candidates = f.candidates;
    } else item.reason = present.has(def.key) ? 'no-element' : 'no-label';
    out.fields.push(item);
  }
  const listKey = PAGE_LIST[shown];
  if (listKey) {
    const found = new Set(read.record.list?.columns ?? []);
    out.columns = LIST_COLUMNS[listKey].map((c) => ({
      key: c.key,
      label: c.labels[0]!,
      found: found.has(c.key),
      aliases: settings.fields[c.key]?.aliases ?? [],
    }));
  }
  return out;
}

/**
 * A URL pattern for « cette page est … »: the page's path (numbers as \d+), any Ogust host, the query
 * ignored. An admin can edit it in the options page.
 */
export function urlPattern(url: string): string {
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\d+/g, '\\d+');
  return `^https?://[^/]+${escaped}(?:[?#]|$)`;
}
