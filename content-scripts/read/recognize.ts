/**
 * Page recognition by the labels present (docs/spec/fields.md, « Page recognition »): only the labels and
 * headers named in that table count, plus aliases an admin added (never the shipped default aliases);
 * one page key per document; the highest count wins and a tie means no page. A tab name counts only
 * when it is the active tab, and never alone.
 */
import { CONTRAT_FIELDS, fieldsOfPage, type FieldDef } from '../../lib/model/fields';
import { normLabel, normValue } from '../../lib/text/normalize';
import type { Settings } from '../../lib/settings/settings';
import type { PageKey } from '../../lib/model/types';
import type { TextItem } from './dom-text';
import type { TableHeader } from './list-reader';
import { RECOGNITION } from '../../lib/i18n/recognition';

export interface Recognition {
  page: PageKey | null;
  /** Score per candidate page, and what a page lacked (inspector). */
  scores: Partial<Record<PageKey, number>>;
  missing: Partial<Record<PageKey, string[]>>;
}

export interface PageSignals {
  texts: readonly TextItem[];
  /** Header rows of the page's tables. */
  headers?: readonly { headers: Map<string, number> }[] | readonly TableHeader[];
  /** Normalised names of the active tabs. */
  activeTabs?: ReadonlySet<string>;
  url?: string;
}

const n = normLabel;

/** The page key an admin declared for this URL (settings.pages), else null. A bad pattern is skipped. */
export function declaredPage(settings: Settings, url: string): PageKey | null {
  if (!url) return null;
  for (const { pattern, page } of settings.pages ?? []) {
    try {
      if (pattern && new RegExp(pattern, 'i').test(url)) return page;
    } catch {
      // An invalid pattern must not stop recognition.
    }
  }
  return null;
}

function countingLabels(defs: readonly FieldDef[], settings: Settings): Map<string, string> {
  // normalised label → field key; canonical labels and admin aliases only.
  const m = new Map<string, string>();
  for (const f of defs) {
    m.set(n(f.labels[0]!), f.key);
    for (const a of settings.fields[f.key]?.aliases ?? []) m.set(n(a), f.key);
  }
  return m;
}

/** Header names of the recognition table, per column key, plus the admin's aliases. */
function headerNames(key: string, names: string[], settings: Settings): string[] {
  return [...names, ...(settings.fields[key]?.aliases ?? [])].map(n);
}

const TYPE_CLIENT = [n('Type de client'), n("Type d'exonération")];
const INTERVENANT_KEYS = [n('Matricule'), n('Nature')];
/** The contrat de travail's discriminating labels (recognition table); the inspector says which are missing. */
export const CONTRAT_RECOGNITION_LABELS = [
  'Type de contrat de travail',
  'Date de début de contrat',
  'Convention collective applicable',
  'Nature du contrat',
  "Début de la période d'essai",
  'Volume horaire mensuel',
  "Type d'emploi",
];
const CONTRAT_LABELS = CONTRAT_RECOGNITION_LABELS.map(n);

export function recognise(
  signals: PageSignals | readonly TextItem[],
  settings: Settings,
  url = '',
): Recognition {
  const s: PageSignals = Array.isArray(signals)
    ? { texts: signals as readonly TextItem[], url }
    : (signals as PageSignals);
  const texts = s.texts;
  const scores: Recognition['scores'] = {};
  const missing: Recognition['missing'] = {};
  const allNorms = new Set(texts.map((t) => t.norm));
  const tables = (s.headers ?? []).map((h) => h.headers);
  const tabs = s.activeTabs ?? new Set<string>();
  const pageUrl = s.url ?? url;

  // Fiche client / fiche intervenant.
  const present = (defs: readonly FieldDef[]) => {
    const labels = countingLabels(defs, settings);
    const p = new Set<string>();
    for (const t of texts) if (labels.has(t.norm)) p.add(t.norm);
    return p;
  };
  const clientPresent = present(fieldsOfPage('client.definition'));
  const hasTypeClient = TYPE_CLIENT.some((l) => allNorms.has(l));
  if (clientPresent.size >= 5 && hasTypeClient) scores['client.definition'] = clientPresent.size;
  else
    missing['client.definition'] = [
      ...(clientPresent.size < 5 ? [RECOGNITION.fewLabels('client', clientPresent.size)] : []),
      ...(hasTypeClient ? [] : [RECOGNITION.noClientKey]),
    ];
  const intPresent = present(fieldsOfPage('intervenant.definition'));
  const hasIntKey = INTERVENANT_KEYS.some((l) => intPresent.has(l));
  if (intPresent.size >= 5 && hasIntKey && !hasTypeClient) scores['intervenant.definition'] = intPresent.size;
  else
    missing['intervenant.definition'] = [
      ...(intPresent.size < 5 ? [RECOGNITION.fewLabels('intervenant', intPresent.size)] : []),
      ...(hasIntKey ? [] : [RECOGNITION.noIntervenantKey]),
      ...(hasTypeClient ? [RECOGNITION.clientKeyPresent] : []),
    ];

  // Context: an intervenant page shows Matricule or a Contrats de travail tab, or its URL says so.
  let urlSaysIntervenant = false;
  try {
    urlSaysIntervenant =
      !!settings.intervenantUrlPattern && new RegExp(settings.intervenantUrlPattern, 'i').test(pageUrl);
  } catch {
    urlSaysIntervenant = false;
  }
  const intervenantContext =
    allNorms.has(n('Matricule')) ||
    allNorms.has(n('Contrats de travail')) ||
    tabs.has(n('Contrats de travail')) ||
    urlSaysIntervenant;

  const has = (t: Map<string, number>, key: string, names: string[]) =>
    headerNames(key, names, settings).some((h) => t.has(h));
  const count = (t: Map<string, number>, wanted: [string, string[]][]) =>
    wanted.filter(([k, names]) => has(t, k, names)).length;

  // Contrats de mandat: a table with the fees columns, or a form with both labels.
  const FRAIS: [string, string[]] = ['mandat.fraisGestion', ['Frais de gestion mensuels']];
  const COUT: [string, string[]] = ['mandat.coutSalarie', ['Coût du salarié mensuel']];
  for (const t of tables) {
    if (has(t, ...FRAIS) || has(t, ...COUT)) {
      const c = count(t, [
        FRAIS,
        COUT,
        ['mandat.intervenant', ['Intervenant']],
        ['mandat.statut', ['Statut']],
      ]);
      scores['client.contrats'] = Math.max(scores['client.contrats'] ?? 0, c + 1);
    }
  }
  const mandatForm =
    [...headerNames(...FRAIS, settings)].some((l) => allNorms.has(l)) &&
    headerNames(...COUT, settings).some((l) => allNorms.has(l));
  if (mandatForm) scores['client.contrats'] = Math.max(scores['client.contrats'] ?? 0, 5);

  // Contrats de travail (list).
  for (const t of tables) {
    if (
      has(t, 'contratTravail.employeur', ['Employeur']) &&
      has(t, 'contratTravail.dateDebut', ['Date de début']) &&
      (has(t, 'contratTravail.type', ['Type']) || has(t, 'contratTravail.statut', ['Statut'])) &&
      !has(t, ...FRAIS)
    ) {
      scores['intervenant.contrats'] = Math.max(
        scores['intervenant.contrats'] ?? 0,
        count(t, [
          ['contratTravail.employeur', ['Employeur']],
          ['contratTravail.dateDebut', ['Date de début']],
          ['contratTravail.type', ['Type']],
          ['contratTravail.statut', ['Statut']],
          ['contratTravail.dateFin', ['Date de fin']],
        ]) + 1,
      );
    }
  }

  // Contrat de travail (window).
  const contratLabels = new Set([
    ...CONTRAT_LABELS,
    ...CONTRAT_FIELDS.flatMap((f) => (settings.fields[f.key]?.aliases ?? []).map(n)),
  ]);
  const contratCount = [...contratLabels].filter((l) => allNorms.has(l)).length;
  if (contratCount >= 4) scores['intervenant.contrat'] = contratCount + 1;

  // Plannings.
  for (const t of tables) {
    const date = has(t, 'prestation.date', ['Date']);
    const debut = has(t, 'prestation.debut', ['Heure de début', 'Début']);
    const fin = has(t, 'prestation.duree', ['Durée']) || has(t, 'prestation.fin', ['Heure de fin', 'Fin']);
    const prestation = has(t, 'prestation.prestation', ['Prestation']);
    if (!(date && debut && fin && prestation)) continue;
    const intervenantCol = has(t, 'prestation.intervenant', ['Intervenant']);
    const clientCol = has(t, 'prestation.client', ['Client']);
    const score = 5 + (intervenantCol ? 1 : 0) + (clientCol ? 1 : 0);
    if ((intervenantCol && !clientCol) || (intervenantCol && clientCol && !intervenantContext))
      scores['client.planning'] = Math.max(scores['client.planning'] ?? 0, score);
    else if ((clientCol && !intervenantCol) || (intervenantCol && clientCol && intervenantContext))
      scores['intervenant.planning'] = Math.max(scores['intervenant.planning'] ?? 0, score);
  }

  // Documents: the active tab is « Documents » (a tab name never counts alone).
  if (tabs.has(n('Documents'))) {
    for (const t of tables) {
      const nom = has(t, 'document.nom', ['Nom', 'Document', 'Fichier']);
      const type = has(t, 'document.type', ['Type', 'Catégorie']);
      if (nom && type) {
        const key: PageKey = intervenantContext ? 'intervenant.documents' : 'client.documents';
        scores[key] = Math.max(scores[key] ?? 0, 3);
      }
    }
  }

  // A page the admin declared for this URL (inspector, « cette page est … ») wins over the labels.
  const declared = declaredPage(settings, pageUrl);
  if (declared) return { page: declared, scores, missing };

  let page: PageKey | null = null;
  let best = 0;
  let tie = false;
  for (const [k, sc] of Object.entries(scores) as [PageKey, number][]) {
    if (sc > best) {
      best = sc;
      page = k;
      tie = false;
    } else if (sc === best) tie = true;
  }
  return { page: tie ? null : page, scores, missing };
}

// ——— cheap pre-check (unrelated frames) ———

interface Anchors {
  /** Each entry: the page kind is possible only if every group has one of its strings in the text. */
  all: string[][][];
  /** The contract window needs at least 4 of these labels. */
  contrat: string[];
}
const anchorsMemo = new WeakMap<Settings, Anchors>();

/** What each recognition path of `recognise` needs as text, per settings object. */
function anchorsOf(settings: Settings): Anchors {
  let a = anchorsMemo.get(settings);
  if (a) return a;
  const h = headerNames;
  a = {
    all: [
      [TYPE_CLIENT],
      [INTERVENANT_KEYS],
      [
        [
          ...h('mandat.fraisGestion', ['Frais de gestion mensuels'], settings),
          ...h('mandat.coutSalarie', ['Coût du salarié mensuel'], settings),
        ],
      ],
      [
        h('contratTravail.employeur', ['Employeur'], settings),
        h('contratTravail.dateDebut', ['Date de début'], settings),
      ],
      [
        h('prestation.date', ['Date'], settings),
        h('prestation.debut', ['Heure de début', 'Début'], settings),
        [
          ...h('prestation.duree', ['Durée'], settings),
          ...h('prestation.fin', ['Heure de fin', 'Fin'], settings),
        ],
        h('prestation.prestation', ['Prestation'], settings),
      ],
      [
        [n('Documents')],
        h('document.nom', ['Nom', 'Document', 'Fichier'], settings),
        h('document.type', ['Type', 'Catégorie'], settings),
      ],
    ],
    contrat: [
      ...new Set([
        ...CONTRAT_LABELS,
        ...CONTRAT_FIELDS.flatMap((f) => (settings.fields[f.key]?.aliases ?? []).map(n)),
      ]),
    ],
  };
  anchorsMemo.set(settings, a);
  return a;
}

/** Longer texts skip the pre-check. */
const PRECHECK_MAX_CHARS = 30_000;
const PRECHECK_MAX_ELEMENTS = 3_000;

/**
 * A necessary condition for `recognise` to name a page, checked on the document's whole text in one
 * native call: some recognition path finds every label it needs somewhere in the text (labels,
 * headers and tab names are all pieces of it, compared in the same normalised form). False means
 * no page for sure: an unrelated frame pays this and nothing else. An admin's URL declaration passes.
 */
export function mayBeRecognised(doc: Document, settings: Settings, url = ''): boolean {
  if (declaredPage(settings, url)) return true;
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  // On a big document the check would cost more than the walk it may save (those are list pages).
  if (root.getElementsByTagName('*').length > PRECHECK_MAX_ELEMENTS) return true;
  const raw = root.textContent ?? '';
  if (raw.length > PRECHECK_MAX_CHARS) return true;
  // Cheap first: a label found in the lower-cased text is found in the normalised one too.
  if (anchorsIn(raw.toLowerCase(), settings)) return true;
  return anchorsIn(normValue(raw), settings);
}

function anchorsIn(text: string, settings: Settings): boolean {
  const has = (s: string) => !!s && text.includes(s);
  const { all, contrat } = anchorsOf(settings);
  if (all.some((groups) => groups.every((g) => g.some(has)))) return true;
  let found = 0;
  for (const l of contrat) if (has(l) && ++found >= 4) return true;
  return false;
}
