/** Registry of the pages' rules, and the entry point that judges one page record. */
import type { Settings } from '../lib/settings/settings';
import type { Finding, PageKey, PageRecord } from '../lib/model/types';
import { clientDefinitionRules } from './client/definition';
import { contratTravailRules } from './intervenant/contrat';
import { contratsTravailRules } from './intervenant/contrats';
import { documentsRules } from './client/documents';
import { mandatRules } from './client/contrats';
import { avsPlanningRules } from './intervenant/planning';
import { clientPlanningRules } from './client/planning';
import { judge, type JudgeOptions } from './engine';
import { intervenantDefinitionRules } from './intervenant/definition';
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
