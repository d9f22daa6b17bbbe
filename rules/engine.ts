/**
 * Runs a page's rules on its record: builds the rule context, isolates each rule (an exception
 * becomes `<rule id>.crash`, « contrôle impossible »), adds `<field>.absent` findings, applies the
 * admin's switch-offs and severity overrides, and says where each finding is shown.
 */
import { canonicalLabel, columnLabel, fieldsOfPage } from '../lib/model/fields';
import { normValue, sameValue } from '../lib/text/normalize';
import { EMPTY_DOSSIER, type DossierView } from '../lib/model/dossier';
import type { Settings } from '../lib/settings/settings';
import type { Finding, PageRecord, Severity } from '../lib/model/types';
import { targetOf } from './targets';
import type { ExonerationCategory, PageRules, Rule, RuleContext, RuleHit } from './types';

function makeContext(
  record: PageRecord,
  settings: Settings,
  today: string,
  dossier: DossierView = EMPTY_DOSSIER,
): RuleContext {
  const value = (key: string): string | undefined => {
    const f = record.fields[key];
    return f?.state === 'read' ? f.value : undefined;
  };
  const matches = (key: string, v: string, expected: string): boolean => {
    if (sameValue(v, expected)) return true;
    const syn = settings.synonyms[key];
    if (!syn) return false;
    for (const [canonical, others] of Object.entries(syn)) {
      const group = [canonical, ...others];
      if (group.some((g) => sameValue(g, expected)) && group.some((g) => sameValue(g, v))) return true;
    }
    return false;
  };
  return {
    record,
    dossier,
    settings,
    today,
    list: () => record.list,
    value,
    filled: (key) => !!value(key),
    present: (key) => value(key) !== undefined,
    is: (key, expected) => {
      const v = value(key);
      return v !== undefined && v !== '' && matches(key, v, expected);
    },
    contains: (key, part) => {
      const v = value(key);
      return !!v && normValue(v).includes(normValue(part));
    },
    exoneration: (key): ExonerationCategory | undefined => {
      const v = value(key);
      if (!v) return undefined;
      const cats = settings.exonerationCategories;
      for (const cat of ['aucune', 'plus70', 'apa', 'pch'] as const) {
        if (cats[cat].some((c) => sameValue(c, v))) return cat;
      }
      return 'autre';
    },
  };
}

const ABSENT_MESSAGE = "champ absent de la page : vérifier qu'il est affiché dans Ogust, ou l'associer";
const AMBIGUOUS_MESSAGE =
  'plusieurs champs portent ce libellé : associer le bon champ (inspecteur) ou préciser la section';

function toHits(result: ReturnType<Rule['check']>): RuleHit[] {
  if (!result) return [];
  if (typeof result === 'string') return [{ message: result }];
  return Array.isArray(result) ? result : [result];
}

export interface JudgeOptions {
  /** Extra rules (tests use it to prove crash isolation). */
  extraRules?: Rule[];
  /** The dossier as stored, this page's record merged in (cross-page rules). */
  dossier?: DossierView;
}

/** All findings of one page record. Never throws. */
export function judge(
  pageRules: PageRules,
  record: PageRecord,
  settings: Settings,
  today: string,
  options: JudgeOptions = {},
): Finding[] {
  const ctx = makeContext(record, settings, today, options.dossier);
  const fieldKeys = fieldsOfPage(record.page).map((f) => f.key);
  const findings: Finding[] = [];
  const override = (id: string) => settings.rules[id];

  const listKey = record.list?.key;
  const push = (ruleId: string, severity: Severity, hit: RuleHit) => {
    const targets = hit.targets ?? (hit.rows ? [] : targetOf(ruleId, fieldKeys));
    findings.push({
      rule: ruleId,
      severity: hit.severity ?? severity,
      message: hit.message,
      field: hit.field ?? targets[0] ?? targetOf(ruleId, fieldKeys)[0] ?? listKey ?? record.page,
      targets: targets.filter((k) => fieldKeys.includes(k)),
      ...(hit.rows ? { rows: hit.rows } : {}),
      ...(hit.source ? { source: hit.source } : {}),
    });
  };

  // List pages: required columns missing from the header.
  for (const col of record.list ? (pageRules.requiredColumns ?? []) : []) {
    if (record.list!.columns.includes(col) || override(`${col}.absent`)?.enabled === false) continue;
    push(`${col}.absent`, 'warning', {
      message: `Colonne « ${columnLabel(col)} » absente de la liste : l'afficher dans Ogust, ou l'associer`,
      targets: [],
      field: col,
    });
  }

  // Fields absent from the page, or ambiguous (several candidates: not read). A list page's form
  // fields (a contract opened as a form) are not expected when the page shows the list.
  const required = new Set(pageRules.required);
  for (const key of record.list ? [] : fieldKeys) {
    const f = record.fields[key];
    if (f && f.state === 'read') continue;
    const id = `${key}.absent`;
    if (override(id)?.enabled === false) continue;
    let isRequired = required.has(key);
    const cond = pageRules.requiredWhen?.[key];
    if (!isRequired && cond) {
      try {
        isRequired = cond(ctx);
      } catch {
        isRequired = false;
      }
    }
    const label = canonicalLabel(key);
    const message =
      f?.state === 'ambiguous' ? `${label} : ${AMBIGUOUS_MESSAGE}` : `${label} : ${ABSENT_MESSAGE}`;
    push(id, isRequired ? 'warning' : 'info', { message, targets: [] });
  }

  for (const rule of [...pageRules.rules, ...(options.extraRules ?? [])]) {
    const o = override(rule.id);
    if (o?.enabled === false) continue;
    let hits: RuleHit[];
    try {
      hits = toHits(rule.check(ctx));
    } catch {
      push(`${rule.id}.crash`, 'warning', { message: 'contrôle impossible' });
      continue;
    }
    for (const hit of hits) {
      // An admin's override applies to the rule's « empty / wrong » severity.
      const severity = o?.severity ?? hit.severity ?? rule.severity;
      push(rule.id, severity, { ...hit, severity });
    }
  }
  return findings;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
