/**
 * The demo Ogust pages are the fixtures of every test and of the demo. Each page states in its first
 * comment which page key it is and which findings it must produce (`oc-expect`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEMO_DIR = resolve(import.meta.dirname, '../../demo/ogust');
/** Demo pages are served under a real Ogust URL. */
export const DEMO_ORIGIN = 'https://demo-agence.ogust.com';
/** The demo pages' « today » and the user's name they assume. */
export const DEMO_TODAY = '2026-11-28';
export const DEMO_USER = 'Camille Martin';

/**
 * Mme DURAND's dossier, tab after tab, as the procedure walks it: her fiche, contrats (list and one
 * contract's form), planning and documents, then DUBOIS Laura's fiche, contrats, contract window (its
 * two tabs) and planning.
 */
export const DURAND_WALK = [
  'client-definition-conforme.html',
  'client-contrats.html',
  'client-contrat-mandat.html',
  'client-planning.html',
  'client-documents.html',
  'intervenant-definition-conforme.html',
  'intervenant-contrats.html',
  'contrat-travail-general.html?id_contrat=501',
  'contrat-travail-remuneration.html?id_contrat=501',
  'intervenant-planning.html',
];

export interface DemoPage {
  file: string;
  html: string;
  description: string;
  page: string | null;
  /** Rule ids of every error and warning finding the page must produce. */
  expect: string[];
  /** Rule ids of info findings that must appear (subset). */
  expectInfo: string[];
  /** Extra errors/warnings when the page is visited again after the whole dossier was visited. */
  expectDossier: string[];
  /** Errors/warnings of `expect` that disappear on that re-visit. */
  expectDossierGone: string[];
}

function header(html: string, key: string): string | undefined {
  const comment = /<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '';
  const m = new RegExp(`^\\s*${key}:(.*)$`, 'm').exec(comment);
  return m?.[1]?.trim();
}

const ids = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean);

export function loadDemoPage(file: string): DemoPage {
  const html = readFileSync(join(DEMO_DIR, file), 'utf8');
  const page = header(html, 'oc-page');
  return {
    file,
    html,
    description: header(html, 'oc-demo') ?? file,
    page: !page || page === 'none' ? null : page,
    expect: ids(header(html, 'oc-expect')),
    expectInfo: ids(header(html, 'oc-expect-info')),
    expectDossier: ids(header(html, 'oc-expect-dossier')),
    expectDossierGone: ids(header(html, 'oc-expect-dossier-gone')),
  };
}

/** Every demo page that declares itself (`oc-page`), in file order. */
export function demoPages(): DemoPage[] {
  return readdirSync(DEMO_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map(loadDemoPage)
    .filter((p) => header(p.html, 'oc-page') !== undefined);
}
