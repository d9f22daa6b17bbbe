/**
 * The inspector's settings changes, made on the stored object (only the touched keys change; the
 * rest of the person's settings is kept as stored), checked by the one schema before writing. The
 * content script re-reads the page when the background tells it the settings changed (lib/platform/change-notices.ts).
 */
import type { Binding } from '../../content-scripts/read/binding';
import type { Settings } from '../../lib/settings/settings';
import { writeSettings } from '../../lib/platform/storage';
import type { PageKey } from '../../lib/model/types';

type Raw = Record<string, unknown>;
const isPlain = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function withField(raw: Raw, key: string, change: (o: Raw) => Raw): Raw {
  const fields = isPlain(raw.fields) ? { ...raw.fields } : {};
  const current = isPlain(fields[key]) ? fields[key] : {};
  fields[key] = change({ aliases: [], ...current });
  return { ...raw, fields };
}

/** Set (or remove, with undefined) a field's binding. */
export function setBinding(raw: Raw, key: string, binding: Binding | undefined): Raw {
  return withField(raw, key, (o) => {
    const next = { ...o };
    if (binding) next.binding = binding;
    else delete next.binding;
    return next;
  });
}

/** Replace a field's (or a column's) added aliases. */
export function setAliases(raw: Raw, key: string, aliases: string[]): Raw {
  const clean = [...new Set(aliases.map((a) => a.trim()).filter(Boolean))];
  return withField(raw, key, (o) => ({ ...o, aliases: clean }));
}

/** Declare the page of a URL pattern (replaces a declaration of the same pattern); undefined removes it. */
export function setDeclaredPage(raw: Raw, pattern: string, page: PageKey | undefined): Raw {
  const pages = (Array.isArray(raw.pages) ? (raw.pages as { pattern?: unknown }[]) : []).filter(
    (p) => p?.pattern !== pattern,
  );
  return { ...raw, pages: page ? [...pages, { pattern, page }] : pages };
}

/** Split the aliases typed in one input (« ; » or new lines). */
export function parseAliases(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Apply a change to the stored settings through the one writer (lib/platform/storage.ts
 * writeSettings). `check` says whether the parsed result holds the change (a value the schema
 * refused is not written). Resolves to the settings in force after the write; rejects with the
 * writer's French message.
 */
export async function updateSettings(
  change: (raw: Raw) => Raw,
  check: (s: Settings) => boolean,
): Promise<Settings> {
  const r = await writeSettings(change, check);
  if (!r.ok) throw new Error(r.message);
  return r.settings;
}
