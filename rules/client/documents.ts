/**
 * Rules of the client's *Documents* tab (docs/rules.md, `client.documents`): a devis and a mandat de
 * prélèvement stored, found by keywords (settings) in the document's name or type.
 */
import { normValue } from '../../lib/text/normalize';
import type { Settings } from '../../lib/settings/settings';
import type { ListRow } from '../../lib/model/types';
import type { PageRules, Rule } from '../types';

type DocumentKind = keyof Settings['documentKeywords'];

/** Whether a document row is of a kind: its name or type contains one of the kind's keywords. */
function isDocumentOf(row: ListRow, kind: DocumentKind, settings: Settings): boolean {
  const text = normValue(`${row.cells['document.nom'] ?? ''} ${row.cells['document.type'] ?? ''}`);
  return settings.documentKeywords[kind].some((k) => {
    const kw = normValue(k);
    return !!kw && text.includes(kw);
  });
}

function documentRule(id: string, kind: DocumentKind, what: string): Rule {
  return {
    id,
    severity: 'error',
    description: `Documents : ${what} enregistré`,
    check: (ctx) => {
      const list = ctx.list();
      if (!list) return null;
      // Rows read earlier on another page of the same list count too.
      const rows = [...list.rows, ...(ctx.dossier.client?.documents?.value ?? [])];
      if (rows.some((r) => isDocumentOf(r, kind, ctx.settings))) return null;
      // A paginated list may hold it on another page: cannot be judged.
      if (!list.complete) return null;
      return { message: `Aucun ${what} dans les documents : l'enregistrer`, field: 'document', targets: [] };
    },
  };
}

export const documentsRules: PageRules = {
  page: 'client.documents',
  rules: [
    documentRule('documents.devis.missing', 'devis', 'devis'),
    documentRule('documents.mandatPrelevement.missing', 'mandatPrelevement', 'mandat de prélèvement'),
  ],
  required: [],
  requiredColumns: ['document.nom'],
};
