/**
 * Page recognition by the labels present (fields.md, « Page recognition »): only canonical labels
 * and admin-added aliases count, never the shipped default aliases; one page key per document; the
 * highest count wins and a tie means no page.
 */
import { fieldsOfPage, type FieldDef } from '../lib/fields';
import { normLabel } from '../lib/normalize';
import type { Settings } from '../lib/settings';
import type { PageKey } from '../lib/types';
import type { TextItem } from './dom-text';

export interface Recognition {
  page: PageKey | null;
  /** Score per candidate page, and what a page lacked (inspector). */
  scores: Partial<Record<PageKey, number>>;
  missing: Partial<Record<PageKey, string[]>>;
}

function countingLabels(defs: readonly FieldDef[], settings: Settings): Map<string, string> {
  // normalised label → field key; canonical labels and admin aliases only.
  const m = new Map<string, string>();
  for (const f of defs) {
    m.set(normLabel(f.labels[0]!), f.key);
    for (const a of settings.fields[f.key]?.aliases ?? []) m.set(normLabel(a), f.key);
  }
  return m;
}

const n = normLabel;
const TYPE_CLIENT = [n('Type de client'), n("Type d'exonération")];
const INTERVENANT_KEYS = [n('Matricule'), n('Nature')];

function presentLabels(texts: readonly TextItem[], labels: Map<string, string>): Set<string> {
  const present = new Set<string>();
  for (const t of texts) if (labels.has(t.norm)) present.add(t.norm);
  return present;
}

export function recognise(texts: readonly TextItem[], settings: Settings, url = ''): Recognition {
  const scores: Recognition['scores'] = {};
  const missing: Recognition['missing'] = {};
  const allNorms = new Set(texts.map((t) => t.norm));

  const clientLabels = countingLabels(fieldsOfPage('client.definition'), settings);
  const clientPresent = presentLabels(texts, clientLabels);
  const hasTypeClient = TYPE_CLIENT.some((l) => allNorms.has(l));
  if (clientPresent.size >= 5 && hasTypeClient) scores['client.definition'] = clientPresent.size;
  else
    missing['client.definition'] = [
      ...(clientPresent.size < 5
        ? [`au moins 5 libellés de la fiche client (${clientPresent.size} trouvés)`]
        : []),
      ...(hasTypeClient ? [] : ["« Type de client » ou « Type d'exonération »"]),
    ];

  const intLabels = countingLabels(fieldsOfPage('intervenant.definition'), settings);
  const intPresent = presentLabels(texts, intLabels);
  const hasIntKey = INTERVENANT_KEYS.some((l) => intPresent.has(l));
  if (intPresent.size >= 5 && hasIntKey && !hasTypeClient) scores['intervenant.definition'] = intPresent.size;
  else
    missing['intervenant.definition'] = [
      ...(intPresent.size < 5
        ? [`au moins 5 libellés de la fiche intervenant (${intPresent.size} trouvés)`]
        : []),
      ...(hasIntKey ? [] : ['« Matricule » ou « Nature »']),
      ...(hasTypeClient ? ["pas de « Type de client » ni « Type d'exonération »"] : []),
    ];

  void url;
  let page: PageKey | null = null;
  let best = 0;
  let tie = false;
  for (const [k, s] of Object.entries(scores) as [PageKey, number][]) {
    if (s > best) {
      best = s;
      page = k;
      tie = false;
    } else if (s === best) tie = true;
  }
  return { page: tie ? null : page, scores, missing };
}
