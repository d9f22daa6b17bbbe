/**
 * Settings: one zod schema, with a default for everything (nothing is required before the
 * extension works). Options page, import/export and enterprise policy build on this schema.
 * Source: ../shared/spec/settings.md.
 */
import { z } from 'zod/mini';

// Extension pages and content scripts must not rely on `new Function` (extension CSP).
// zod/mini: the same validation, tree-shakable, so the always-injected content script stays small.
z.config({ jitless: true });

export const SETTINGS_VERSION = 1;

const severity = z.enum(['error', 'warning', 'info']);
const strings = (value: string[] = []) => z._default(z.array(z.string()), value);

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
  exonerationCategories: z._default(
    z.object({ aucune: strings(), plus70: strings(), apa: strings(), pch: strings() }),
    {
      aucune: ['Aucune', 'Aucun', 'Sans exonération', 'Pas d’exonération', "Pas d'exo"],
      plus70: ['+70 ans', '+ 70 ans', 'Plus de 70 ans', '70 ans et plus', 'Personne de 70 ans et plus'],
      apa: ['APA'],
      pch: ['PCH', 'MTP'],
    },
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
  /** URL pattern (regular expression) whose first numeric group is a record's id. */
  idUrlPattern: z._default(z.string(), '[?&](?:id|id_customer|id_employee)=(\\d+)'),
  /** URL pattern of intervenant pages (page recognition context). */
  intervenantUrlPattern: z._default(z.string(), '(intervenant|employee|salarie)'),
});

export type Settings = z.infer<typeof settingsSchema>;
export type FieldOverride = z.infer<typeof fieldOverrideSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Parse stored or imported settings; unknown keys are dropped, missing ones defaulted. */
export function parseSettings(input: unknown): Settings {
  const r = settingsSchema.safeParse(input ?? {});
  return r.success ? r.data : DEFAULT_SETTINGS;
}
