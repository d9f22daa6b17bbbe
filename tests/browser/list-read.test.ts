// @vitest-environment jsdom
/**
 * A list page read in Chromium equals the same page read cell by cell. In a real browser a plain data
 * table's bodies are read in one `innerText` call each (content-scripts/list-reader.ts); jsdom has no
 * layout, so there the reader takes the cell-by-cell path. For every demo list page, the dossier
 * store the background wrote in Chromium must be the one the jsdom read merges into, timestamps aside.
 * Then the same planning in other markups (header row in the body, month rows spanning the table,
 * links and non-breaking spaces in cells, a hidden sort key in cells, a selection checkbox column, a
 * hidden column): the rows
 * stored and the findings shown must be the original's, whichever path the layout allows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readDocument } from '../../content-scripts/page-reader';
import { EMPTY_STORE, mergeRecord } from '../../lib/dossier-store';
import { PAGE_LIST } from '../../lib/fields';
import { parseSettings } from '../../lib/settings';
import type { PageKey } from '../../lib/types';
import {
  clearDossiers,
  launch,
  recognisedFrame,
  shownFindings,
  summaryOf,
  visitAlone,
  type Session,
} from '../support/browser';
import { DEMO_ORIGIN, DEMO_USER, demoPages } from '../support/demo-pages';

const settings = parseSettings({ userName: DEMO_USER });
/** The demo list pages, each with its cell-by-cell read (jsdom: no layout, so no innerText). */
const lists = demoPages().flatMap((demo) => {
  if (!demo.page || !PAGE_LIST[demo.page as PageKey]) return [];
  const url = `${DEMO_ORIGIN}/${demo.file}`;
  const doc = new DOMParser().parseFromString(demo.html, 'text/html');
  const record = readDocument(doc, settings, url)?.record;
  return record?.list?.rows.length ? [{ file: demo.file, record }] : [];
});

const PLANNING = demoPages().find((d) => d.file === 'client-planning.html')!;
const ROW = /<tr class="[^"]*">(<td>[^<]*<\/td>)+<\/tr>/g;
const cellsOf = (tr: string) => [...tr.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]!);
const HEAD = /<thead>(<tr>.*?<\/tr>)<\/thead>\s*<tbody>/;

/** « <td>01/12/2026</td> » → « <td><span style="display:none">20261201</span>01/12/2026</td> ». */
const withSortKey = (tr: string) =>
  tr.replace(
    /<td>(\d\d)\/(\d\d)\/(\d{4})<\/td>/,
    '<td><span style="display:none">$3$2$1</span>$1/$2/$3</td>',
  );

/** The demo planning in other markups; `name` is the file name it is served under. */
const VARIANTS: { name: string; make(html: string): string }[] = [
  {
    // No thead: the header row is the body's first row; a row per month spans the table; a hidden
    // sort key before each date.
    name: 'groupes-par-mois.html',
    make: (html) => {
      let month = '';
      return html
        .replace(HEAD, (_, head: string) => `<tbody>${head}`)
        .replace(ROW, (tr) => {
          const m = cellsOf(tr)[0]!.slice(3);
          const group = m === month ? '' : `<tr class="mois"><th colspan="6">Mois ${m}</th></tr>`;
          month = m;
          return group + withSortKey(tr);
        });
    },
  },
  {
    // Names as links, dates padded with non-breaking spaces.
    name: 'liens-et-espaces.html',
    make: (html) =>
      html.replace(ROW, (tr) => {
        const c = cellsOf(tr);
        c[0] = `&nbsp;${c[0]}&nbsp;`;
        if (c[4]) c[4] = `<a href="#">${c[4]}</a>`;
        return `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`;
      }),
  },
  {
    // A hidden sort key before each date, the table otherwise plain.
    name: 'cle-de-tri.html',
    make: (html) => html.replace(ROW, withSortKey),
  },
  {
    // A selection checkbox before each row, and « select all » in the header.
    name: 'cases-a-cocher.html',
    make: (html) =>
      html
        .replace(
          HEAD,
          (_, head: string) =>
            `<thead>${head.replace('<tr>', '<tr><th><input type="checkbox" aria-label="Tout sélectionner"></th>')}</thead><tbody>`,
        )
        .replace(ROW, (tr) =>
          tr.replace(/^<tr([^>]*)>/, '<tr$1><td><input type="checkbox" name="sel"></td>'),
        ),
  },
  {
    // A hidden first column (an internal id).
    name: 'colonne-cachee.html',
    make: (html) =>
      html
        .replace(
          HEAD,
          (_, head: string) =>
            `<thead>${head.replace('<tr>', '<tr><th style="display:none">Id</th>')}</thead><tbody>`,
        )
        .replace(ROW, (tr) => tr.replace(/^<tr([^>]*)>/, '<tr$1><td style="display:none">42</td>')),
  },
];

/** What the two reads can differ in: read times, the store's bookkeeping, the findings sent after judging. */
const NOT_READ = new Set(['lastActivity', 'version', 'revision', 'findings']);
/** The store without what is not read from the page. */
function timeless(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(timeless);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !k.endsWith('At') && !NOT_READ.has(k))
        .map(([k, v]) => [k, timeless(v)]),
    );
  return value;
}

let session: Session;
let tab: Page;

beforeAll(async () => {
  session = await launch();
  await session.context.route(`${DEMO_ORIGIN}/variantes/*`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    const variant = VARIANTS.find((v) => v.name === name);
    if (!variant) return route.fulfill({ status: 404, body: 'introuvable' });
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: variant.make(PLANNING.html),
    });
  });
  tab = await session.context.newPage();
});
afterAll(async () => {
  await session?.close();
});

describe.each(lists)('$file', (demo) => {
  it('is stored exactly as read cell by cell', async () => {
    expect(lists.length).toBeGreaterThanOrEqual(9);
    await visitAlone(tab, session.worker, demo.file);
    await summaryOf(await recognisedFrame(tab));
    const stored = await session.worker.evaluate(() =>
      chrome.storage.local.get('oc.dossiers').then((r) => r['oc.dossiers']),
    );
    const expected = mergeRecord(EMPTY_STORE, demo.record, { readAt: 0 }).store;
    expect(timeless(stored)).toEqual(timeless(expected));
  });
});

describe.each(VARIANTS)('the demo planning as $name', (variant) => {
  it('stores the rows and shows the findings of the original page', async () => {
    const url = `${DEMO_ORIGIN}/variantes/${variant.name}`;
    const original = lists.find((l) => l.file === PLANNING.file)!.record;
    const html = variant.make(PLANNING.html);
    expect(html).not.toBe(PLANNING.html);

    await tab.goto('about:blank');
    await clearDossiers(session.worker);
    await tab.goto(url);
    const frame = await recognisedFrame(tab);
    await summaryOf(frame);
    const stored = await session.worker.evaluate(() =>
      chrome.storage.local.get('oc.dossiers').then((r) => r['oc.dossiers']),
    );
    const expected = mergeRecord(EMPTY_STORE, { ...original, url }, { readAt: 0 }).store;
    expect(timeless(stored)).toEqual(timeless(expected));

    const serious = (await shownFindings(frame)).filter((f) => f.severity !== 'info');
    expect([...new Set(serious.map((f) => f.rule))].sort()).toEqual([...PLANNING.expect].sort());
  });
});
