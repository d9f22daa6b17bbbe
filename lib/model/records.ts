/**
 * zod schemas of the plain records the reader produces (lib/model/types.ts). A record crosses one
 * boundary: the content script sends it to the background (message `oc:record`), which checks it with
 * parsePageRecord before storing or judging it. The tests check the reader's output with the same
 * schema (tests/unit/demo-pages.test.ts, tests/unit/fuzz-reader.test.ts). The dossier store keeps
 * what it merged from records, not records, and checks its own shape (lib/dossier/migrate.ts).
 *
 * Background only: the content script must not import this module (its size is budgeted).
 */
import { z } from 'zod/mini';
import { PAGE_KEYS, type PageRecord } from './types';

z.config({ jitless: true });

const associationSchema = z.enum([
  'binding',
  'label-for',
  'aria',
  'cell-left',
  'cell-above',
  'dt-dd',
  'sibling',
]);

const fieldReadSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('read'),
    value: z.string(),
    label: z.string(),
    via: associationSchema,
    control: z.boolean(),
  }),
  z.object({ state: z.literal('absent') }),
  z.object({ state: z.literal('ambiguous'), candidates: z.number(), label: z.string() }),
]);

export const listRecordSchema = z.object({
  key: z.enum(['prestation', 'mandat', 'document', 'contratTravail']),
  columns: z.array(z.string()),
  rows: z.array(z.object({ cells: z.record(z.string(), z.string()) })),
  period: z.optional(z.object({ from: z.string(), to: z.string() })),
  complete: z.boolean(),
});

export const ownerSchema = z.object({
  kind: z.enum(['client', 'intervenant']),
  code: z.optional(z.string()),
  urlId: z.optional(z.string()),
  name: z.optional(z.string()),
});

export const pageRecordSchema = z.object({
  page: z.enum(PAGE_KEYS),
  url: z.string(),
  fields: z.record(z.string(), fieldReadSchema),
  unsaved: z.boolean(),
  list: z.optional(listRecordSchema),
  owner: z.optional(ownerSchema),
});

/**
 * A record as the background receives it from a content script: the same record, or null when it is
 * not one (a content script of another version of the extension, a damaged message). Unknown keys are
 * dropped.
 */
export function parsePageRecord(x: unknown): PageRecord | null {
  const parsed = pageRecordSchema.safeParse(x);
  return parsed.success ? parsed.data : null;
}
