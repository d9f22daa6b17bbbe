/**
 * The findings of every demo page and every list variant, read in jsdom by the real reader and
 * judged by the real rules — each page alone, then again after the whole demo dossier was read
 * (cross-page findings) — as one plain object. `tests/golden/demo-findings.json` holds this object as
 * the build before a refactoring computed it; `tests/unit/golden-findings.test.ts` asserts the code of
 * today computes the same, so a change of layout or of reading speed changes no verdict.
 * Regenerate on purpose only: `OC_WRITE_GOLDEN=1 npx vitest run tests/unit/golden-findings.test.ts`.
 */
import { readDocument } from '../../content-scripts/read/page-reader';
import { dossierFor, EMPTY_STORE, mergeRecord, type DossierStore } from '../../lib/dossier/store';
import { parseSettings } from '../../lib/settings/settings';
import type { Finding, PageRecord } from '../../lib/model/types';
import { judgePage } from '../../rules';
import { DEMO_ORIGIN, DEMO_TODAY, DEMO_USER, demoPages } from './demo-pages';
import { LIST_VARIANTS, VARIANT_BASE } from './list-variants';

const settings = parseSettings({ userName: DEMO_USER });
const READ_AT = Date.parse(`${DEMO_TODAY}T10:00:00Z`);

const line = (f: Finding) =>
  [f.severity, f.rule, f.field, f.targets.join(','), (f.rows ?? []).join(','), f.message]
    .map(String)
    .join(' | ');

function read(html: string, url: string): PageRecord | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return readDocument(doc, settings, url)?.record ?? null;
}

function judged(record: PageRecord, store: DossierStore): { store: DossierStore; findings: string[] } {
  const merged = mergeRecord(store, record, { readAt: READ_AT });
  const findings = judgePage(record, settings, DEMO_TODAY, {
    dossier: dossierFor(merged.store, merged.kind, merged.key),
  });
  return { store: merged.store, findings: findings.map(line).sort() };
}

export interface GoldenFindings {
  /** Page alone: file → page key, number of fields read, number of rows, findings. */
  alone: Record<
    string,
    { page: string | null; fields: string[]; rows: number; owner: string; findings: string[] }
  >;
  /** After every demo page was read once (in file order): file → findings. */
  dossier: Record<string, string[]>;
}

export function goldenFindings(): GoldenFindings {
  const pages = demoPages().map((p) => ({ file: p.file, html: p.html }));
  for (const v of LIST_VARIANTS) pages.push({ file: `variantes/${v.name}`, html: v.make(VARIANT_BASE.html) });
  const alone: GoldenFindings['alone'] = {};
  const records: [string, PageRecord][] = [];
  for (const p of pages) {
    const record = read(p.html, `${DEMO_ORIGIN}/${p.file}`);
    if (!record) {
      alone[p.file] = { page: null, fields: [], rows: 0, owner: '', findings: [] };
      continue;
    }
    records.push([p.file, record]);
    const fields = Object.entries(record.fields)
      .map(([k, f]) => `${k}=${f.state}:${f.state === 'read' ? f.value : ''}`)
      .sort();
    const rows = record.list?.rows.length ?? 0;
    alone[p.file] = {
      page: record.page,
      fields,
      rows,
      owner: JSON.stringify(record.owner ?? null),
      findings: judged(record, EMPTY_STORE).findings,
    };
  }
  let store = EMPTY_STORE;
  for (const [, record] of records) store = mergeRecord(store, record, { readAt: READ_AT }).store;
  const dossier: GoldenFindings['dossier'] = {};
  for (const [file, record] of records) dossier[file] = judged(record, store).findings;
  return { alone, dossier };
}
