/**
 * « Lire les onglets non lus » — which pages to load, pure (docs/permissions.md, « Lecture des
 * onglets non lus »). From the checklist's lines still *Non lu* and the links Ogust showed on pages
 * already read, each tab to read gets the address of a link Ogust itself shows, or the reason there
 * is none: no link seen, or a tab driven by script (`href="#"`, `javascript:`, no `href`). Nothing is
 * guessed: no address is built, no text is typed, no button is clicked.
 */
import type { ChecklistState } from './checklist/status';
import type { DossierView } from '../lib/model/dossier';
import type { UnreadReason } from '../lib/i18n/read-unseen';
import { sameName } from '../lib/text/identity';
import { normLabel } from '../lib/text/normalize';
import type { PageRead } from '../lib/dossier/panel-state';
import type { PageKey } from '../lib/model/types';
import type { PageLinks, SeenLink } from '../lib/platform/messages';

/** The links seen on a page (tab strip or elsewhere), as its content script sends them. */

/** A tab of the dossier still *Non lu*: one per entity and page (several lines share a page). */
export interface UnseenTarget {
  /** `<entity>|<page>`. */
  id: string;
  entity: string;
  kind: 'client' | 'intervenant';
  page: PageKey;
  /** The AVS's name, for an intervenant page. */
  name?: string;
}

export type Planned =
  { target: UnseenTarget; url: string } | { target: UnseenTarget; reason: 'no-link' | 'scripted' };

/** The tab names Ogust shows for each page (compared case- and accent-insensitively). */
const TAB_NAMES: Partial<Record<PageKey, readonly string[]>> = {
  'client.definition': ['Définition', 'Fiche', 'Identité'],
  'client.contrats': ['Contrats', 'Contrats de mandat', 'Contrat de mandat', 'Mandats'],
  'client.planning': ['Planning', 'Planning client'],
  'client.documents': ['Documents'],
  'intervenant.definition': ['Définition', 'Fiche', 'Identité'],
  'intervenant.contrats': ['Contrats de travail', 'Contrats'],
  'intervenant.planning': ['Planning', 'Planning intervenant'],
  'intervenant.documents': ['Documents'],
};

/** Texts of a « next page / next period » link of a paginated planning. */
const NEXT_TEXTS = ['Page suivante', 'Suivante', 'Suivant', 'Mois suivant', 'Période suivante'];

/** The unseen tabs of the checklist, in the checklist's order. */
export function unseenTargets(checklist: ChecklistState, dossier: DossierView): UnseenTarget[] {
  const out = new Map<string, UnseenTarget>();
  for (const g of checklist.groups)
    for (const item of g.items) {
      if (item.kind !== 'line' || item.status !== 'unseen' || !item.entity) continue;
      const id = `${item.entity}|${item.page}`;
      if (out.has(id)) continue;
      const avs = dossier.intervenants.find((i) => i.key === item.entity);
      const kind = dossier.client?.key === item.entity ? 'client' : 'intervenant';
      out.set(id, {
        id,
        entity: item.entity,
        kind,
        page: item.page,
        ...(kind === 'intervenant' && avs?.name ? { name: avs.name } : {}),
      });
    }
  return [...out.values()];
}

const norm = (s: string) => normLabel(s);

/** Which entity a page of links belongs to: the page read at that address. */
function entityOf(url: string, pagesRead: readonly PageRead[]): string | undefined {
  return pagesRead.find((r) => r.url === url)?.entity;
}

function matchesPattern(url: string, pattern: string): boolean {
  try {
    return !!pattern && new RegExp(pattern, 'i').test(url);
  } catch {
    return false;
  }
}

export interface PlanContext {
  pagesRead: readonly PageRead[];
  /** The dossier's client name (a contrat de travail is listed under its employer's name). */
  clientName?: string;
  /** Settings `intervenantUrlPattern`: an AVS name link counts as her fiche only on such an address. */
  intervenantUrlPattern: string;
}

/** For each target: the address of a link Ogust showed for it, or why there is none. */
export function planTargets(
  targets: readonly UnseenTarget[],
  pages: readonly PageLinks[],
  ctx: PlanContext,
): Planned[] {
  const byEntity = (entity: string) => pages.filter((p) => entityOf(p.url, ctx.pagesRead) === entity);
  return targets.map((target): Planned => {
    const names = (TAB_NAMES[target.page] ?? []).map(norm);
    const own = byEntity(target.entity).flatMap((p) => p.links);
    const tabs = own.filter((l) => l.tab && names.includes(norm(l.text)));
    const byName =
      target.page === 'intervenant.definition'
        ? pages
            .flatMap((p) => p.links)
            .filter(
              (l) =>
                !l.tab &&
                !!l.url &&
                sameName(l.text, target.name) &&
                matchesPattern(l.url, ctx.intervenantUrlPattern),
            )
        : target.page === 'intervenant.contrat'
          ? own.filter((l) => !l.tab && !!l.url && sameName(l.text, ctx.clientName))
          : [];
    const found = [...tabs, ...byName].find((l) => l.url);
    if (found?.url) return { target, url: found.url };
    return { target, reason: tabs.some((l) => l.scripted) ? 'scripted' : 'no-link' };
  });
}

/** The « next page / next period » link of a planning page, if Ogust shows one. */
export function nextPageLink(links: readonly SeenLink[], visited: ReadonlySet<string>): string | undefined {
  const wanted = NEXT_TEXTS.map(norm);
  const isNext = (text: string) =>
    /^[›»>]+$/.test(text.trim()) || wanted.includes(norm(text.replace(/[›»>\s]+$/, '')));
  return links.find((l) => !!l.url && !l.tab && !visited.has(l.url) && isNext(l.text))?.url;
}

/** A tab that could not be read, with the link to open it by hand when one is known. */
export interface UnreadTab {
  id: string;
  page: PageKey;
  name?: string;
  reason: UnreadReason;
  url?: string;
  /** A paginated planning: how many pages were read. */
  pages?: number;
}

export interface ReadUnseenProgress {
  running: boolean;
  done: number;
  total: number;
  /** The tab being read. */
  current?: { page: PageKey; name?: string };
  failures: UnreadTab[];
  stopped?: boolean;
  /** No dossier on screen in that tab. */
  noDossier?: boolean;
}
