/**
 * zod schemas of the plain records the reader produces (lib/model/types.ts), used wherever a record
 * crosses a boundary (storage, messages, captured fixtures) and by the tests.
 */
import { z } from 'zod/mini';
import { PAGE_KEYS } from './types';

z.config({ jitless: true });

export const associationSchema = z.enum([
  'binding',
  'label-for',
  'aria',
  'cell-left',
  'cell-above',
  'dt-dd',
  'sibling',
]);

export const fieldReadSchema = z.discriminatedUnion('state', [
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
