/**
 * What the person types or ticks for a dossier, kept per dossier (the client's identity key, as in
 * the dossier store): the manual checklist ticks, the call script's answers, the tasks marked
 * created, the appointment, and the panel view last open. Versioned; nothing is ever wiped by a
 * version it does not know (an unknown future version is kept as is and left untouched).
 *
 * Storage: `storage.local` key `oc.notes`. Written by extension pages (panel) and read by the
 * background (reminders, retention purge). Pure functions here; the storage calls are in
 * `lib/notes/storage.ts`.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export const NOTES_VERSION = 1;

const taskStateSchema = z.enum(['created', 'present']);
export type TaskState = z.infer<typeof taskStateSchema>;

const notesEntrySchema = z.object({
  /** Last time the person changed something here (ms since epoch): retention counts from it. */
  updatedAt: z._default(z.number(), 0),
  /** The panel view last open for this dossier. */
  view: z.optional(z.string()),
  /** Manual checklist items ticked (item id → done). */
  manual: z._default(z.record(z.string(), z.boolean()), {}),
  /** Call script answers: step ticks, notes and captured answers, by the call script's own keys. */
  call: z._default(z.record(z.string(), z.union([z.string(), z.boolean()])), {}),
  /** Tasks marked created in the back office, or found already there. */
  tasks: z._default(z.record(z.string(), taskStateSchema), {}),
  /** The appointment to prepare: local Paris date-time `AAAA-MM-JJTHH:mm`, and whether its reminder fired. */
  appointment: z.optional(z.object({ at: z.string(), notified: z._default(z.boolean(), false) })),
});
export type NotesEntry = z.infer<typeof notesEntrySchema>;

const notesStoreSchema = z.object({
  version: z.literal(NOTES_VERSION),
  dossiers: z._default(z.record(z.string(), notesEntrySchema), {}),
});
export type NotesStore = z.infer<typeof notesStoreSchema>;

export const EMPTY_NOTES: NotesStore = { version: NOTES_VERSION, dossiers: {} };
export const EMPTY_ENTRY: NotesEntry = notesEntrySchema.parse({});

export type LoadedNotes =
  /** Read (and migrated when older): safe to write back. */
  | { writable: true; store: NotesStore }
  /** Written by a newer version of the extension: shown read-only, never overwritten. */
  | { writable: false; store: NotesStore; raw: unknown };

/**
 * Read what is stored, migrating older versions. A newer version is kept untouched; an entry that
 * does not validate is dropped alone, the others are kept.
 */
export function migrateNotes(raw: unknown): LoadedNotes {
  if (raw === undefined || raw === null) return { writable: true, store: EMPTY_NOTES };
  const version = typeof raw === 'object' ? (raw as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > NOTES_VERSION) {
    const parsed = notesStoreSchema.safeParse({ ...(raw as object), version: NOTES_VERSION });
    return { writable: false, store: parsed.success ? parsed.data : EMPTY_NOTES, raw };
  }
  const dossiers: Record<string, NotesEntry> = {};
  const input = (raw as { dossiers?: unknown }).dossiers;
  if (input && typeof input === 'object')
    for (const [key, value] of Object.entries(input)) {
      const e = notesEntrySchema.safeParse(value);
      if (e.success) dossiers[key] = e.data;
    }
  return { writable: true, store: { version: NOTES_VERSION, dossiers } };
}

/** The entry of a dossier (an empty one when nothing was typed yet). */
export function entryOf(store: NotesStore, dossierKey: string): NotesEntry {
  return store.dossiers[dossierKey] ?? EMPTY_ENTRY;
}

/** A new store with one entry changed and stamped. */
export function withEntry(
  store: NotesStore,
  dossierKey: string,
  change: (e: NotesEntry) => NotesEntry,
  now: number,
): NotesStore {
  const next = { ...change(entryOf(store, dossierKey)), updatedAt: now };
  return { ...store, dossiers: { ...store.dossiers, [dossierKey]: next } };
}

/** Drop the entries not changed for `days` days (retention); the others are untouched. */
export function purgeNotes(store: NotesStore, now: number, days: number): NotesStore {
  const limit = now - days * 86_400_000;
  const dossiers = Object.fromEntries(Object.entries(store.dossiers).filter(([, e]) => e.updatedAt >= limit));
  return Object.keys(dossiers).length === Object.keys(store.dossiers).length ? store : { ...store, dossiers };
}
