/** Registry of the pages' rules, and the entry point that judges one page record. */
import type { Settings } from '../lib/settings';
import type { Finding, PageKey, PageRecord } from '../lib/types';
import { clientDefinitionRules } from './client-definition';
import { contratTravailRules } from './contrats/contrat-travail';
import { contratsTravailRules } from './contrats/contrats-travail';
import { documentsRules } from './contrats/documents';
import { mandatRules } from './contrats/mandat';
import { avsPlanningRules } from './planning/avs-planning';
import { clientPlanningRules } from './planning/client-planning';
import { judge, type JudgeOptions } from './engine';
import { intervenantDefinitionRules } from './intervenant-definition';
import type { PageRules } from './types';

export const PAGE_RULES: Partial<Record<PageKey, PageRules>> = {
  'client.definition': clientDefinitionRules,
  'intervenant.definition': intervenantDefinitionRules,
  'client.contrats': mandatRules,
  'client.documents': documentsRules,
  'intervenant.contrats': contratsTravailRules,
  'intervenant.contrat': contratTravailRules,
  'client.planning': clientPlanningRules,
  'intervenant.planning': avsPlanningRules,
};

/** All findings of a page record ([] for a page without rules). Never throws. */
export function judgePage(
  record: PageRecord,
  settings: Settings,
  today: string,
  options?: JudgeOptions,
): Finding[] {
  const pageRules = PAGE_RULES[record.page];
  return pageRules ? judge(pageRules, record, settings, today, options) : [];
}
