/**
 * Pure helpers of the options page: the settings' JSON schema (for the generic editors), values at a
 * path, an empty value for a new list item or record entry, the sections, the rule catalogue.
 */
import { z } from 'zod/mini';
import { fieldsOfPage, canonicalLabel, LIST_COLUMNS } from '../../lib/model/fields';
import { PAGE_LABEL } from '../../lib/i18n/common';
import { OPTIONS_RULES } from '../../lib/i18n/options';
import { settingsSchema } from '../../lib/settings/settings';
import { PAGE_RULES } from '../../rules';
import type { Severity } from '../../lib/model/types';

export type Path = (string | number)[];
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  enum?: unknown[];
  required?: string[];
  default?: unknown;
  anyOf?: JsonSchema[];
  description?: string;
}

let cached: JsonSchema | undefined;
/** The settings' JSON schema (input side: defaults and optional keys as the user may write them). */
export function settingsJsonSchema(): JsonSchema {
  cached ??= z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return cached;
}

/** A schema with a nullable/optional union unwrapped to its typed branch. */
export function unwrap(s: JsonSchema | undefined): JsonSchema {
  if (!s) return {};
  if (s.anyOf) {
    const typed = s.anyOf.filter((b) => b.type !== 'null');
    return typed.length === 1
      ? { ...typed[0], ...(s.default !== undefined ? { default: s.default } : {}) }
      : s;
  }
  return s;
}

export const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  let cur = root;
  for (const k of path)
    cur = isPlain(cur) || Array.isArray(cur) ? (cur as Record<string, unknown>)[k] : undefined;
  return cur;
}

/** A copy of `root` with `value` at `path` (undefined removes the key). */
export function setAt<T>(root: T, path: readonly (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [k, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[k as number] = setAt(copy[k as number], rest, value);
    return copy as T;
  }
  const copy: Record<string, unknown> = isPlain(root) ? { ...root } : {};
  const next = setAt(copy[k!], rest, value);
  if (next === undefined) delete copy[k!];
  else copy[k!] = next;
  return copy as T;
}

/** A new value for a schema: its default, else an empty value of its type. */
export function emptyFor(schema: JsonSchema | undefined): unknown {
  const s = unwrap(schema);
  if (s.default !== undefined) return structuredClone(s.default);
  if (s.enum?.length) return s.enum[0];
  switch (s.type) {
    case 'string':
      return '';
    case 'number':
    case 'integer':
      return 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const k of s.required ?? []) out[k] = emptyFor(s.properties?.[k]);
      return out;
    }
    default:
      return '';
  }
}

/** A dated list (`[{ from, value }]`): legal values in force from a date. */
export function isDated(s: JsonSchema): boolean {
  const item = unwrap(s.items);
  return s.type === 'array' && item.type === 'object' && !!item.properties?.from && !!item.properties?.value;
}

/** The newest `from` date of every dated list under a value ('' when none). */
export function newestDate(value: unknown): string {
  let best = '';
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isPlain(v)) {
      if (typeof v.from === 'string' && 'value' in v && v.from > best) best = v.from;
      else Object.values(v).forEach(walk);
    }
  };
  walk(value);
  return best;
}

export function frDateOf(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export type SectionId =
  | 'user'
  | 'agency'
  | 'hosts'
  | 'reading'
  | 'delays'
  | 'contrat'
  | 'rules'
  | 'legal'
  | 'tasks'
  | 'advanced'
  | 'other'
  | 'io';

/** Which section shows each top-level setting; a setting not listed goes to « Autres réglages ». */
export const SECTION_OF: Record<string, SectionId> = {
  userName: 'user',
  agencyPhone: 'agency',
  agencyEmailDomain: 'agency',
  rtuSectors: 'agency',
  helpArticles: 'agency',
  extraHosts: 'hosts',
  connectHost: 'hosts',
  synonyms: 'reading',
  exonerationCategories: 'reading',
  prestationKinds: 'reading',
  documentKeywords: 'reading',
  unassignedWords: 'reading',
  emptyPlaceholders: 'reading',
  fields: 'reading',
  pages: 'reading',
  columns: 'reading',
  delays: 'delays',
  tolerances: 'delays',
  contrat: 'contrat',
  rules: 'rules',
  legal: 'legal',
  taskTemplates: 'tasks',
  idUrlPattern: 'advanced',
  intervenantUrlPattern: 'advanced',
};
export const SECTIONS: SectionId[] = [
  'user',
  'agency',
  'hosts',
  'reading',
  'delays',
  'contrat',
  'rules',
  'legal',
  'tasks',
  'advanced',
  'other',
  'io',
];
/** Top-level settings never shown by the generic editors. */
export const HIDDEN = new Set(['version']);

export function keysOfSection(section: SectionId): string[] {
  const all = Object.keys(settingsJsonSchema().properties ?? {}).filter((k) => !HIDDEN.has(k));
  return all.filter((k) => (SECTION_OF[k] ?? 'other') === section);
}

function columnLabel(key: string): string {
  for (const cols of Object.values(LIST_COLUMNS)) {
    const c = cols.find((col) => col.key === key);
    if (c) return c.labels[0]!;
  }
  return key;
}

export interface CatalogueRule {
  id: string;
  page: string;
  pageLabel: string;
  severity: Severity;
  description: string;
}

/** Every rule of rules/index.ts, then the « absent from the page » checks the engine adds. */
export function ruleCatalogue(): CatalogueRule[] {
  const out: CatalogueRule[] = [];
  for (const [page, pr] of Object.entries(PAGE_RULES)) {
    if (!pr) continue;
    const pageLabel = PAGE_LABEL[page] ?? page;
    for (const r of pr.rules)
      out.push({ id: r.id, page, pageLabel, severity: r.severity, description: r.description });
    const fieldKeys = new Set(fieldsOfPage(pr.page).map((f) => f.key));
    for (const key of pr.required.filter((k) => fieldKeys.has(k)))
      out.push({
        id: `${key}.absent`,
        page,
        pageLabel,
        severity: 'warning',
        description: OPTIONS_RULES.absentField(canonicalLabel(key)),
      });
    for (const col of pr.requiredColumns ?? [])
      out.push({
        id: `${col}.absent`,
        page,
        pageLabel,
        severity: 'warning',
        description: OPTIONS_RULES.absentColumn(columnLabel(col)),
      });
  }
  const seen = new Set<string>();
  return out.filter((r) => !seen.has(`${r.page} ${r.id}`) && !!seen.add(`${r.page} ${r.id}`));
}
