/**
 * What the panel keeps of a judged page: its findings as last judged by the content script, per
 * entity (client or intervenant) and per page (a contrat de travail per contract), with when it was
 * read. Stored in the dossier store (a projection): rule, severity, message and field only, and the
 * messages scrubbed of anything that looks like a full NIR or IBAN.
 */
import type { Finding, PageKey, Severity } from './types';

export interface StoredFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** Field key, else list key, else page key (as `data-field`). */
  field: string;
}

export interface PageFindings {
  page: PageKey;
  readAt: number;
  url?: string;
  /** For a contrat de travail: the contract's key in the store. */
  contract?: string;
  findings: StoredFinding[];
}

/** Which entity a page belongs to, and the slot its findings are kept under. */
export interface PageEntity {
  kind: 'client' | 'intervenant';
  key: string;
  /** The page key, or `intervenant.contrat#<contract key>` for a contrat de travail. */
  slot: string;
  contract?: string;
}

export function slotOf(page: PageKey, contract?: string): string {
  return contract ? `${page}#${contract}` : page;
}

/** 13+ digits (a NIR, spaced or not) or an IBAN (two letters, two digits, 10+ characters). */
const NIR_LIKE = /\b[12378](?:[\s.]?[0-9AB]){12,14}\b/g;
const IBAN_LIKE = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){10,30}\b/g;

/** A message safe to store and show: no full NIR or IBAN (rules never put one there; this makes sure). */
export function scrubMessage(message: string): string {
  return message.replace(NIR_LIKE, '[numéro masqué]').replace(IBAN_LIKE, '[IBAN masqué]');
}

export function toStoredFindings(findings: readonly Finding[]): StoredFinding[] {
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: scrubMessage(f.message),
    field: f.field,
  }));
}
