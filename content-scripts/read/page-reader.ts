/**
 * Reads a recognised page into its record: the fields of its definition table, its list (list
 * pages), and its owner (whose fiche, planning or contracts it is). One walk of the page's texts.
 */
import { entityOf, fieldsOfPage, PAGE_LIST } from '../../lib/model/fields';
import { cleanText } from '../../lib/text/normalize';
import type { Settings } from '../../lib/settings/settings';
import type { Owner, PageKey, PageRecord } from '../../lib/model/types';
import { collectTexts, type Baseline, type TextItem } from './dom-text';
import { readList, tableHeaders, type TableHeader } from './list-reader';
import { activeTabs } from './active-tab';
import { recognise } from './recognize';
import { readPage, type FieldMatch } from './field-reader';
import { pageIndex, type PageIndex } from './page-index';

export interface PageRead {
  record: PageRecord;
  elements: Map<string, Element>;
  matches: Map<string, FieldMatch>;
  /** The `tr` of each list row read, by index. */
  rowElements: Element[];
}

const CODE = /\b(CLI\d{3,}|SA\d{3,}|IN\d{3,}|PR\d{3,}|CA\d{3,})\b/;

/** The page's owner from the URL id, a `CLI…`/`SA…` code in the heading or title, and the name next to it. */
function readOwner(
  doc: Document,
  texts: readonly TextItem[],
  page: PageKey,
  settings: Settings,
  url: string,
): Owner {
  const kind = entityOf(page) === 'client' ? 'client' : 'intervenant';
  const owner: Owner = { kind };
  try {
    const id = new RegExp(settings.idUrlPattern).exec(url)?.[1];
    if (id) owner.urlId = id;
  } catch {
    // A bad pattern in the settings must not stop reading.
  }
  const prefix = kind === 'client' ? /^CLI/ : /^(SA|IN|PR|CA)/;
  for (const t of texts) {
    const m = CODE.exec(t.text);
    if (!m || !prefix.test(m[1]!)) continue;
    owner.code = m[1]!;
    // The name shown next to the code, in the same header block.
    let block: Element | null = t.el;
    while (block && cleanText(block.textContent ?? '').length <= m[1]!.length + 2)
      block = block.parentElement;
    const text = cleanText(block?.textContent ?? '');
    if (text.length <= 160) {
      const name = text
        .replace(m[1]!, '')
        .split(/\s[—–-]\s|\(|·|\|/)[0]!
        .replace(/^[\s:]+|[\s:]+$/g, '');
      if (name && /[A-Za-zÀ-ÿ]{2}/.test(name)) owner.name = name;
    }
    break;
  }
  if (!owner.code && !owner.name) {
    const title = cleanText(doc.title ?? '');
    const m = CODE.exec(title);
    if (m && prefix.test(m[1]!)) owner.code = m[1]!;
  }
  return owner;
}

export function readAnyPage(
  doc: Document,
  page: PageKey,
  settings: Settings,
  texts: readonly TextItem[],
  headers: readonly TableHeader[],
  url: string,
  baseline?: Baseline,
  index?: PageIndex,
): PageRead {
  const { record, elements, matches } = readPage(doc, page, fieldsOfPage(page), settings, {
    texts,
    url,
    ...(baseline ? { baseline } : {}),
    ...(index ? { index } : {}),
  });
  let rowElements: Element[] = [];
  const listKey = PAGE_LIST[page];
  if (listKey) {
    // The period and pagination lines are among the page's short texts.
    const list = readList(
      doc,
      listKey,
      settings,
      texts.map((t) => t.text),
      headers,
    );
    if (list) {
      record.list = list.list;
      rowElements = list.rowElements;
      // A header cell is not a form label: fields found inside the list table are not fields.
      for (const [key, el] of elements) {
        if (list.table.contains(el) || headers.some((h) => h.headerRow.contains(el))) {
          elements.delete(key);
          record.fields[key] = { state: 'absent' };
          matches.set(key, { read: { state: 'absent' } });
        }
      }
    }
  }
  // A fiche names its owner in its identity fields; only its URL id is taken from the page around.
  const owner = readOwner(doc, texts, page, settings, url);
  if (page !== 'client.definition' && page !== 'intervenant.definition') record.owner = owner;
  else if (owner.urlId) record.owner = { kind: owner.kind, urlId: owner.urlId };
  return { record, elements, matches, rowElements };
}

export interface DocumentRead extends PageRead {
  page: PageKey;
}

/**
 * Recognise the document's page and read it; null when no page is recognised. `baseline`: what the
 * controls showed at their first read, for « unsaved changes » (the controller keeps one per page).
 */
export function readDocument(
  doc: Document,
  settings: Settings,
  url: string,
  baseline?: Baseline,
): DocumentRead | null {
  // Collect once (the index, the short texts, the tables' headers), then recognise and match.
  const index = pageIndex(doc);
  const texts = collectTexts(doc, (el) => index.controlsIn(el).length > 0);
  const headers = tableHeaders(doc);
  const { page } = recognise({ texts, headers, activeTabs: activeTabs(doc, texts), url }, settings);
  if (!page) return null;
  return { page, ...readAnyPage(doc, page, settings, texts, headers, url, baseline, index) };
}
