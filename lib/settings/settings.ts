/**
 * Settings: one zod schema, with a default for everything (nothing is required before the
 * extension works). Options page, import/export and enterprise policy build on this schema.
 * Source: docs/spec/settings.md.
 */
import { z } from 'zod/mini';
import { PAGE_KEYS } from '../model/types';
import { DEFAULT_TASK_TEMPLATES, taskTemplatesSchema } from './task-templates';
import { DEFAULT_UNASSIGNED_WORDS } from '../text/identity';
import { DEFAULT_EMPTY_PLACEHOLDERS } from '../text/placeholders';

// Extension pages and content scripts must not rely on `new Function` (extension CSP).
// zod/mini: the same validation, tree-shakable, so the always-injected content script stays small.
z.config({ jitless: true });

export const SETTINGS_VERSION = 1;

const severity = z.enum(['error', 'warning', 'info']);
const strings = (value: string[] = []) => z._default(z.array(z.string()), value);

/** A value in force from a date (ISO `AAAA-MM-JJ`); a rule uses the newest one not after the date it checks. */
const dated = <T extends z.ZodMiniType>(value: T) => z.array(z.object({ from: z.string(), value }));
const num = (v: number) => z._default(z.number(), v);

export const legalSchema = z.object({
  /** SMIC horaire brut. Shipped values must be verified on service-public.fr before release. */
  smicHoraire: z._default(dated(z.number()), [
    { from: '2024-11-01', value: 11.88 },
    { from: '2026-01-01', value: 12.02 },
  ]),
  /** Conventional minimum hourly rate per « Type d'emploi » (IDCC 3239 grid); none shipped. */
  grille: z._default(z.record(z.string(), dated(z.number())), {}),
  maxHeuresSemaine: z._default(dated(z.number()), [{ from: '2022-01-01', value: 50 }]),
  moyenne12Semaines: z._default(dated(z.number()), [{ from: '2022-01-01', value: 48 }]),
  reposHebdoHeures: z._default(dated(z.number()), [{ from: '2022-01-01', value: 35 }]),
  /** Weeks per month (the agency computes monthly volumes on 4.34 weeks). */
  semainesParMois: z._default(dated(z.number()), [{ from: '2022-01-01', value: 4.34 }]),
  /** Avance immédiate: clients financed by APA/PCH excluded (as published 2022–2024). */
  aiciExclutApaPch: z._default(dated(z.boolean()), [{ from: '2022-01-01', value: true }]),
});
export type Legal = z.infer<typeof legalSchema>;

/** The value in force at `date` (ISO), or undefined before the first one. */
export function valueAt<T>(values: readonly { from: string; value: T }[], date: string): T | undefined {
  let best: { from: string; value: T } | undefined;
  for (const v of values) if (v.from <= date && (!best || v.from > best.from)) best = v;
  return best?.value;
}

export const fieldOverrideSchema = z.object({
  /** Extra label aliases added by an admin (these also count for page recognition). */
  aliases: strings(),
  /** Replace the section scope: read only inside one of these headings. */
  sectionIn: z.optional(z.array(z.string())),
  /** Element descriptor made by pointing at the field on the page. */
  binding: z.optional(
    z.object({
      label: z.optional(z.string()),
      tag: z.string(),
      type: z.optional(z.string()),
      name: z.optional(z.string()),
      id: z.optional(z.string()),
      container: z.optional(z.string()),
    }),
  ),
});

export const settingsSchema = z.object({
  version: z._default(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
  /** The user's name as it appears in Ogust's « Géré par » list. */
  userName: z._default(z.string(), ''),
  agencyPhone: z._default(z.string(), '03 75 00 10 20'),
  /** The agency's own email domain: an address there is a placeholder on a client's record. */
  agencyEmailDomain: z._default(z.string(), 'unaide.fr'),
  /**
   * The agency's help articles, linked from the panel's Contrat de mandat and Contrat de travail
   * groups (opened by the user as normal links). Empty: no link (the panel says so). Defaults: the
   * two articles the agency's procedure links.
   */
  helpArticles: z.prefault(
    z.object({
      contratPriseEnCharge: z._default(
        z.string(),
        'https://unaide-a-domicile.xenoapp.help/hc/gestionnaire/contrat-de-prise-en-charge',
      ),
      creationContratTravail: z._default(
        z.string(),
        'https://unaide-a-domicile.xenoapp.help/hc/gestionnaire/creation-d-un-contrat-de-travail',
      ),
    }),
    {},
  ),
  /**
   * Words Ogust shows instead of a person in a prestation's or a contract's *Intervenant* (an
   * unassigned visit): never an intervenante of the dossier (lib/text/identity.ts, isUnassigned).
   */
  unassignedWords: strings(DEFAULT_UNASSIGNED_WORDS),
  /**
   * What a page shows instead of a missing value (« — », « Non renseigné », « N.C. », « -- Choisir -- »):
   * every value read that is one of them is an empty field (lib/text/placeholders.ts, isEmptyPlaceholder).
   */
  emptyPlaceholders: strings(DEFAULT_EMPTY_PLACEHOLDERS),
  /** Sectors of a responsable territorial (RTU rule); none by default. */
  rtuSectors: strings(),
  /** Value synonyms per field: canonical value → other spellings meaning the same. */
  synonyms: z._default(z.record(z.string(), z.record(z.string(), z.array(z.string()))), {
    'client.modePaiement': { Prélèvement: ['Prélèvement automatique', 'Prélèvement SEPA'] },
  }),
  /** Which client exonération values mean each category. */
  exonerationCategories: z.prefault(
    z.object({
      aucune: strings(['Aucune', 'Aucun', 'Sans exonération', 'Pas d’exonération', "Pas d'exo"]),
      plus70: strings([
        '+70 ans',
        '+ 70 ans',
        'Plus de 70 ans',
        '70 ans et plus',
        'Personne de 70 ans et plus',
      ]),
      apa: strings(['APA']),
      pch: strings(['PCH', 'MTP']),
    }),
    {},
  ),
  /** Pages an admin declared from the inspector (« cette page est … »): URL pattern (regex) → page key. */
  pages: z._default(z.array(z.object({ pattern: z.string(), page: z.enum(PAGE_KEYS) })), []),
  /** Per field: extra aliases, section, binding. */
  fields: z._default(z.record(z.string(), fieldOverrideSchema), {}),
  /** Per rule: switched off, or another severity. */
  rules: z._default(
    z.record(
      z.string(),
      z.object({ enabled: z._default(z.boolean(), true), severity: z.optional(severity) }),
    ),
    {},
  ),
  /** Prestation kinds by keywords found in the « Prestation » text. */
  prestationKinds: z.prefault(
    z.object({
      presentation: strings(['présentation', 'presentation']),
      presenceNuit: strings(['présence de nuit', 'nuit forfait', 'forfait 12h', 'forfait nuit']),
      gardeNuit: strings(['garde de nuit', 'garde-malade de nuit']),
      /** Weight of a présence de nuit toward working time (IDCC 3239: not effective work). */
      presenceNuitWeight: num(0),
    }),
    {},
  ),
  /** Document kinds by keywords in the document's name or type. */
  documentKeywords: z.prefault(
    z.object({
      devis: strings(['devis']),
      mandatPrelevement: strings(['mandat de prélèvement', 'mandat SEPA', 'SEPA']),
    }),
    {},
  ),
  delays: z.prefault(
    z.object({
      /** Trial-period follow-up: days before the trial end. */
      essaiSuiviJours: num(7),
      rappelRdvMinutes: num(30),
      suiviClientJours: num(30),
      /** Data retention from the dossier's last activity. */
      retentionJours: num(30),
      /** At most this many clients (and as many intervenants) stored: the least recently active go first. */
      maxDossiers: num(300),
    }),
    {},
  ),
  tolerances: z.prefault(z.object({ horizonJours: num(7), heuresPourcent: num(10) }), {}),
  /** The agency's contract choices (procedure and contract guide). */
  contrat: z.prefault(
    z.object({
      convention: z._default(z.array(z.string()), ['CCN du PE', 'IDCC 3239']),
      typeEmploiDefaut: z._default(z.string(), 'Assistante de vie B'),
      nature: z._default(z.string(), 'employé de maison particulier'),
      employeurPrestataire: z._default(z.string(), 'MON_ENTREPRISE'),
      /** Client exonération category → the contract's exonération value. */
      exoneration: z._default(
        z.object({ aucune: z.string(), plus70: z.string(), apa: z.string(), pch: z.string() }),
        {
          aucune: "pas d'exo",
          plus70: 'exo + de 70 ans',
          apa: 'exo totale des charges',
          pch: 'exo totale des charges',
        },
      ),
    }),
    {},
  ),
  legal: z.prefault(legalSchema, {}),
  /** URL pattern (regular expression) whose first numeric group is a record's id. */
  idUrlPattern: z._default(z.string(), '[?&](?:id|id_customer|id_employee)=(\\d+)'),
  /** URL pattern of intervenant pages (page recognition context). */
  intervenantUrlPattern: z._default(z.string(), '(intervenant|employee|salarie)'),
  /** Unaide Connect back office host (match pattern), granted as an optional host permission. */
  connectHost: z._default(z.string(), 'https://*.unaide-connect.fr/*'),
  /** Task templates of the Tâches view (defaults: docs/spec/panel.md § 4); see lib/settings/task-templates.ts. */
  taskTemplates: z._default(taskTemplatesSchema, DEFAULT_TASK_TEMPLATES),
  /** Other hosts where the agency's Ogust runs (match patterns); content script registered at runtime. */
  extraHosts: strings(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type FieldOverride = z.infer<typeof fieldOverrideSchema>;

// Pure: dropped from a bundle that never uses it (the content script carries no settings schema).
export const DEFAULT_SETTINGS: Settings = /* @__PURE__ */ settingsSchema.parse({});

type Raw = Record<string, unknown>;
const isPlain = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Stored settings of version N → the shape of version N + 1 (one entry per SETTINGS_VERSION bump;
 * tested old → new in lib/settings/settings.test.ts).
 */
export const SETTINGS_MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  /** 0: settings written before they carried a version (same shape as version 1). */
  0: (raw) => raw,
};

export interface MigratedSettings {
  data: Raw;
  /** The version the input declared (0 when none). */
  from: number;
  /** Set when the input comes from a newer version of the extension: kept, never rewritten here. */
  future?: number;
}

/** Bring stored or imported settings to SETTINGS_VERSION (a copy; the input is not modified). */
export function migrateSettings(
  input: unknown,
  migrations: Record<number, (raw: Raw) => Raw> = SETTINGS_MIGRATIONS,
  target: number = SETTINGS_VERSION,
): MigratedSettings {
  let data: Raw = isPlain(input) ? structuredClone(input) : {};
  const declared = data.version;
  const from = typeof declared === 'number' && Number.isInteger(declared) && declared >= 0 ? declared : 0;
  if (from > target) return { data: { ...data, version: target }, from, future: from };
  for (let v = from; v < target; v++) data = { ...(migrations[v]?.(data) ?? data), version: v + 1 };
  return { data: { ...data, version: target }, from };
}

/** One stored value that did not match the schema (replaced by its default or fallback). */
export interface SettingsIssue {
  path: PropertyKey[];
  code: string;
  message: string;
  expected?: string;
  values?: readonly unknown[];
}

export interface ParsedSettings {
  settings: Settings;
  /** Invalid values that were dropped; every valid value around them is kept. */
  issues: SettingsIssue[];
  /** The input came from a newer version of the extension. */
  future?: number;
}

const DROP = Symbol('drop');

/** Remove (or replace by the fallback's value) the value at `path`; a missing value drops its parent. */
function dropAt(root: Raw, path: readonly PropertyKey[], fallback: unknown): void {
  for (let end = path.length; end > 0; end--) {
    const parentPath = path.slice(0, end - 1);
    let parent: unknown = root;
    let fb: unknown = fallback;
    for (const k of parentPath) {
      parent = (parent as Raw | undefined)?.[k as string];
      fb = isPlain(fb) || Array.isArray(fb) ? (fb as Raw)[k as string] : undefined;
    }
    const key = path[end - 1] as string;
    if (!parent || typeof parent !== 'object' || (parent as Raw)[key] === undefined) continue;
    const replacement = isPlain(fb) || Array.isArray(fb) ? (fb as Raw)[key] : undefined;
    if (replacement !== undefined) (parent as Raw)[key] = structuredClone(replacement);
    else if (Array.isArray(parent)) (parent as unknown[])[Number(key)] = DROP;
    else delete (parent as Raw)[key];
    return;
  }
}

function withoutDropped(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== DROP).map(withoutDropped);
  if (isPlain(v)) for (const k of Object.keys(v)) v[k] = withoutDropped(v[k]);
  return v;
}

/**
 * Parse settings without losing data: an invalid value falls back to its default (or to the value at
 * the same path in `fallback`) and every valid value is kept. Migrates older versions first.
 */
export function parseSettingsReport(input: unknown, fallback?: unknown): ParsedSettings {
  const { data, future } = migrateSettings(input);
  const issues: SettingsIssue[] = [];
  let current: Raw = data;
  for (let round = 0; round < 20; round++) {
    const r = settingsSchema.safeParse(current);
    if (r.success) return { settings: r.data, issues, ...(future ? { future } : {}) };
    for (const issue of r.error.issues) {
      const { path, code, message } = issue;
      const extra = issue as { expected?: unknown; values?: readonly unknown[] };
      issues.push({
        path: [...path],
        code,
        message,
        ...(typeof extra.expected === 'string' ? { expected: extra.expected } : {}),
        ...(extra.values ? { values: extra.values } : {}),
      });
      dropAt(current, path, fallback);
    }
    current = withoutDropped(current) as Raw;
  }
  return { settings: DEFAULT_SETTINGS, issues, ...(future ? { future } : {}) };
}

/** Parse stored or imported settings; unknown keys are dropped, missing or invalid ones defaulted. */
export function parseSettings(input: unknown): Settings {
  return parseSettingsReport(input).settings;
}
