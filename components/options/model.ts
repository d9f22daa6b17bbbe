/**
 * Pure helpers of the options page: the settings' JSON schema (for the generic editors), values at a
 * path, an empty value for a new list item or record entry, the sections. The rule list comes from
 * the rule catalogue (rules/catalogue.ts).
 */
import { z } from 'zod/mini';
import { settingsSchema } from '../../lib/settings/settings';

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
