/**
 * Settings: one zod schema, with a default for everything (nothing is required before the
 * extension works). Options page, import/export and enterprise policy build on this schema.
 * Source: ../shared/spec/settings.md.
 */
import { z } from 'zod/mini';
import { DEFAULT_TASK_TEMPLATES, taskTemplatesSchema } from './task-templates';

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
  /** Task templates of the Tâches view (defaults: panel.md § 4); see lib/task-templates.ts. */
  taskTemplates: z._default(taskTemplatesSchema, DEFAULT_TASK_TEMPLATES),
});

export type Settings = z.infer<typeof settingsSchema>;
export type FieldOverride = z.infer<typeof fieldOverrideSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Parse stored or imported settings; unknown keys are dropped, missing ones defaulted. */
export function parseSettings(input: unknown): Settings {
  const r = settingsSchema.safeParse(input ?? {});
  return r.success ? r.data : DEFAULT_SETTINGS;
}
