/**
 * What a rule is. Rules are pure functions of the records read (+ settings + today's date): no DOM,
 * no storage, so they run the same in unit tests, on the page and in the side panel.
 */
import type { DossierView } from '../lib/model/dossier';
import type { ListRecord, PageKey, PageRecord, Severity } from '../lib/model/types';
import type { Settings } from '../lib/settings/settings';

export type ExonerationCategory = 'aucune' | 'plus70' | 'apa' | 'pch' | 'autre';

export interface RuleContext {
  readonly record: PageRecord;
  /**
   * The whole dossier as stored (other tabs, accumulated planning), with this page's record already
   * merged in. Rules that need another tab read it here and say so with `RuleHit.source`.
   */
  readonly dossier: DossierView;
  readonly settings: Settings;
  /** Today in Europe/Paris, ISO `AAAA-MM-JJ` (pinned by tests through `oc.debug.today`). */
  readonly today: string;
  /** The field's visible value when it was read ('' when empty); undefined when absent or ambiguous. */
  value(key: string): string | undefined;
  /** Read and not empty. */
  filled(key: string): boolean;
  /** Read (empty or not). */
  present(key: string): boolean;
  /** The field's value equals `expected` after normalisation, or one of its synonyms in settings. */
  is(key: string, expected: string): boolean;
  /** The field's value contains `part` after normalisation. */
  contains(key: string, part: string): boolean;
  /** Category of a client exonération value, from the settings' categories. */
  exoneration(key: string): ExonerationCategory | undefined;
  /** The page's list (list pages), else undefined. */
  list(): ListRecord | undefined;
}

export interface RuleHit {
  message: string;
  /** Overrides the rule's severity for this hit (rules with two severities, e.g. `intervenant.age`). */
  severity?: Severity;
  /** Field key for `data-field` when it is not the one derived from the rule id. */
  field?: string;
  /** Field keys to mark when they are not the one derived from the rule id ([] = summary only). */
  targets?: string[];
  /** Rows of the page's list to mark (indexes in `record.list.rows`); row findings use the list key as `field`. */
  rows?: number[];
  /** Cross-page finding: the tab it comes from and when it was read (shown in the summary). */
  source?: { page: PageKey; readAt: number };
}

/** null/undefined/false: the rule did not fire (or could not be judged). A string is the message. */
export type RuleResult = null | undefined | false | string | RuleHit | RuleHit[];

export interface Rule {
  /** Rule id, part of the product interface (docs/spec/rules.md). */
  id: string;
  /** Severity when the rule fires (an admin may override it). */
  severity: Severity;
  /** One line of French describing the check, for the rule catalogue. */
  description: string;
  check(ctx: RuleContext): RuleResult;
}

export interface PageRules {
  page: PageKey;
  rules: Rule[];
  /** Fields the procedure requires: empty → `<field>.missing`, absent → `<field>.absent` warning. */
  required: string[];
  /** Fields required only when a condition holds (absent → warning only then). */
  requiredWhen?: Record<string, (ctx: RuleContext) => boolean>;
  /** List pages: columns whose header must be present (absent → `<column>.absent` warning). */
  requiredColumns?: string[];
  /**
   * The page's rules read only its own record, never `ctx.dossier`: the background then sends the
   * page no dossier (a fiche whose client has a year of planning would otherwise receive it all).
   */
  ownRecordOnly?: true;
}
