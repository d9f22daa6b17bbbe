// @vitest-environment jsdom
/**
 * A list page read in Chromium equals the same page read cell by cell. In a real browser a plain data
 * table's bodies are read in one `innerText` call each (content-scripts/read/list-reader.ts); jsdom has no
 * layout, so there the reader takes the cell-by-cell path. For every demo list page, the dossier
 * store the background wrote in Chromium must be the one the jsdom read merges into, timestamps aside.
 * Then the same planning in other markups (header row in the body, month rows spanning the table,
 * links and non-breaking spaces in cells, a hidden sort key in cells, a selection checkbox column, a
 * hidden column, rows the page hides, the list drawn with ARIA roles): the rows stored and the
 * findings shown must be the original's, whichever path the layout allows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readDocument } from '../../content-scripts/read/page-reader';
import { EMPTY_STORE, mergeRecord } from '../../lib/dossier/store';
import { PAGE_LIST } from '../../lib/model/fields';
import { parseSettings } from '../../lib/settings/settings';
import type { PageKey } from '../../lib/model/types';
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
import { LIST_VARIANTS, VARIANT_BASE, variantHtml } from '../support/list-variants';
import { storedDossiers } from '../support/stored-dossiers';

const settings = parseSettings({ userName: DEMO_USER });
/** The demo list pages, each with its cell-by-cell read (jsdom: no layout, so no innerText). */
const lists = demoPages().flatMap((demo) => {
  if (!demo.page || !PAGE_LIST[demo.page as PageKey]) return [];
  const url = `${DEMO_ORIGIN}/${demo.file}`;
  const doc = new DOMParser().parseFromString(demo.html, 'text/html');
  const record = readDocument(doc, settings, url)?.record;
  return record?.list?.rows.length ? [{ file: demo.file, record }] : [];
});

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

/** The clients and intervenants of the dossier store the background wrote. */
async function storedStore(): Promise<unknown> {
  const { clients, intervenants } = await storedDossiers(session.worker);
  return { clients, intervenants };
}

beforeAll(async () => {
  session = await launch();
  await session.context.route(`${DEMO_ORIGIN}/variantes/*`, (route) => {
    const body = variantHtml(new URL(route.request().url()).pathname.split('/').pop()!);
    return body === null
      ? route.fulfill({ status: 404, body: 'introuvable' })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
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
    const stored = await storedStore();
    const expected = mergeRecord(EMPTY_STORE, demo.record, { readAt: 0 }).store;
    expect(timeless(stored)).toEqual(timeless(expected));
  });
});

describe.each(LIST_VARIANTS)('the demo planning as $name', (variant) => {
  it('stores the rows and shows the findings of the original page', async () => {
    const url = `${DEMO_ORIGIN}/variantes/${variant.name}`;
    const original = lists.find((l) => l.file === VARIANT_BASE.file)!.record;
    expect(variant.make(VARIANT_BASE.html)).not.toBe(VARIANT_BASE.html);

    await tab.goto('about:blank');
    await clearDossiers(session.worker);
    await tab.goto(url);
    const frame = await recognisedFrame(tab);
    await summaryOf(frame);
    const stored = await storedStore();
    const expected = mergeRecord(EMPTY_STORE, { ...original, url }, { readAt: 0 }).store;
    expect(timeless(stored)).toEqual(timeless(expected));

    const serious = (await shownFindings(frame)).filter((f) => f.severity !== 'info');
    expect([...new Set(serious.map((f) => f.rule))].sort()).toEqual([...VARIANT_BASE.expect].sort());
  });
});
