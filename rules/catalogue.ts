/**
 * The rule catalogue: every finding id the engine can emit for a page — the page's rules
 * (rules/index.ts) and the `.absent` findings it adds for a required field or list column — with its
 * page, default severity, French description and where it is shown (docs/spec/rules.md, « Where a
 * finding is shown »). The one walk of the registry, for the options page (RulesEditor), the panel
 * (a rule's description under its checklist line) and docs/rules.md (scripts/gen-rules-doc.ts).
 * `<rule>.crash` (any rule that failed) is not listed: it goes where its rule would go.
 */
import { canonicalLabel, columnLabel, fieldsOfPage, PAGE_LIST } from '../lib/model/fields';
import type { PageKey, Severity } from '../lib/model/types';
import { PAGE_LABEL } from '../lib/i18n/common';
import { OPTIONS_RULES, RULE_SHOWN } from '../lib/i18n/options';
import { PAGE_RULES } from './index';
import { targetOf } from './targets';

/**
 * Where a finding is shown by default: outlined on its field when the field is on the page; the
 * rows it names on a list page (else the summary); else the page's summary. A cross-page finding is
 * listed in the summary too, with the tab it comes from.
 */
export type Shown =
  | { at: 'field'; field: string }
  /** The empty ones among these fields, or the summary when none is on the page. */
  | { at: 'fields'; fields: readonly string[] }
  | { at: 'rows' }
  | { at: 'summary' };

export interface CatalogueRule {
  id: string;
  page: PageKey;
  /** The page's French name (Fiche client — Définition…). */
  pageLabel: string;
  severity: Severity;
  /** One line of French saying what is checked. */
  description: string;
  shown: Shown;
  /** Added by the engine, not a rule of rules/: a required field or list column absent from the page. */
  derived?: 'absent';
}

/**
 * Rules that name their place when they fire (RuleHit.targets, or no rows), as docs/spec/rules.md
 * « Where a finding is shown » lists them: their id alone does not say it.
 */
const SHOWN_BY_SPEC: Record<string, Shown> = {
  'client.interlocuteur.missing': {
    at: 'fields',
    fields: [
      'client.interlocuteur.nom',
      'client.interlocuteur.role',
      'client.interlocuteur.telephone',
      'client.interlocuteur.email',
    ],
  },
  'contrat.cdd.dateFin': { at: 'field', field: 'contrat.dateFin' },
  'contrat.cdd.remplace': { at: 'field', field: 'contrat.salarieRemplace' },
  'contrat.essai.missing': { at: 'field', field: 'contrat.essaiFin' },
  'contrat.essai.duree': { at: 'field', field: 'contrat.essaiFin' },
  'contrat.essai.debut': { at: 'field', field: 'contrat.essaiDebut' },
  'mandat.missing': { at: 'summary' },
  'mandat.parAvs': { at: 'summary' },
  'planning.horizon': { at: 'summary' },
  'planning.presentation.missing': { at: 'summary' },
  'documents.devis.missing': { at: 'summary' },
  'documents.mandatPrelevement.missing': { at: 'summary' },
  'contrat.missing': { at: 'summary' },
};

/** Where a rule's finding goes on `page` (the longest field key its id starts with, or a concept's field). */
function shownOf(id: string, page: PageKey, fieldKeys: readonly string[]): Shown {
  const spec = SHOWN_BY_SPEC[id];
  if (spec) return spec;
  const field = targetOf(id, fieldKeys)[0];
  if (field) return { at: 'field', field };
  return PAGE_LIST[page] ? { at: 'rows' } : { at: 'summary' };
}

/** One page of the catalogue: the fields its procedure requires, and its rules. */
export interface CataloguePage {
  page: PageKey;
  pageLabel: string;
  /** Required fields (empty → `.missing`, absent → `.absent` warning). */
  required: readonly string[];
  /** Fields required only when a condition holds. */
  requiredWhen: readonly string[];
  /** The page's rules in registry order, then its derived `.absent` findings; once per id. */
  rules: readonly CatalogueRule[];
}

let built: readonly CataloguePage[] | undefined;

/** The catalogue by page, in registry order (rules/index.ts). */
export function cataloguePages(): readonly CataloguePage[] {
  if (built) return built;
  const pages: CataloguePage[] = [];
  for (const [key, pr] of Object.entries(PAGE_RULES)) {
    if (!pr) continue;
    const page = key as PageKey;
    const base = { page, pageLabel: PAGE_LABEL[page] ?? page };
    const fieldKeys = fieldsOfPage(page).map((f) => f.key);
    const absent = (id: string, description: string): CatalogueRule => ({
      ...base,
      id,
      severity: 'warning',
      description,
      shown: { at: 'summary' },
      derived: 'absent',
    });
    const all: CatalogueRule[] = [
      ...pr.rules.map((r) => ({
        ...base,
        id: r.id,
        severity: r.severity,
        description: r.description,
        shown: shownOf(r.id, page, fieldKeys),
      })),
      ...pr.required
        .filter((k) => fieldKeys.includes(k))
        .map((k) => absent(`${k}.absent`, OPTIONS_RULES.absentField(canonicalLabel(k)))),
      ...(pr.requiredColumns ?? []).map((c) =>
        absent(`${c}.absent`, OPTIONS_RULES.absentColumn(columnLabel(c))),
      ),
    ];
    const seen = new Set<string>();
    pages.push({
      ...base,
      required: pr.required,
      requiredWhen: Object.keys(pr.requiredWhen ?? {}),
      rules: all.filter((r) => !seen.has(r.id) && !!seen.add(r.id)),
    });
  }
  return (built = pages);
}

let flat: readonly CatalogueRule[] | undefined;

/** Every entry of the catalogue, page after page. */
export function ruleCatalogue(): readonly CatalogueRule[] {
  return (flat ??= cataloguePages().flatMap((p) => p.rules));
}

let descriptions: Map<string, string> | undefined;

/** The description of a rule of rules/ by id (the engine's `.absent` aside), for the panel. */
export function ruleDescription(id: string): string | undefined {
  descriptions ??= new Map(
    ruleCatalogue().flatMap((r) => (r.derived ? [] : [[r.id, r.description] as const])),
  );
  return descriptions.get(id);
}

/** « le champ « Nom » », « les lignes concernées, sinon le résumé », « le résumé ». */
export function shownText(shown: Shown): string {
  if (shown.at === 'field') return RULE_SHOWN.field(canonicalLabel(shown.field));
  if (shown.at === 'fields') return RULE_SHOWN.fields(shown.fields.map(canonicalLabel));
  return shown.at === 'rows' ? RULE_SHOWN.rows : RULE_SHOWN.summary;
}
