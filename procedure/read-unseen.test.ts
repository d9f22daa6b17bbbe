import { describe, expect, it } from 'vitest';
import type { ChecklistState, LineState } from './checklist/status';
import type { PageLinks } from '../lib/platform/messages';
import { nextPageLink, planTargets, unseenTargets, type UnseenTarget } from './read-unseen';

const O = 'https://demo-agence.ogust.com';
const FICHE = `${O}/client.php?id=42`;
const AVS_FICHE = `${O}/intervenant.php?id=17`;

const target = (entity: string, page: UnseenTarget['page'], name?: string): UnseenTarget => ({
  id: `${entity}|${page}`,
  entity,
  kind: page.startsWith('client') ? 'client' : 'intervenant',
  page,
  ...(name ? { name } : {}),
});

/** The client fiche's tab strip as Ogust shows it, and a name link in its contracts table. */
const clientPage: PageLinks = {
  url: FICHE,
  links: [
    { text: 'Définition', url: FICHE, tab: true },
    { text: 'Contrats', url: `${O}/client.php?id=42&onglet=contrats`, tab: true },
    { text: 'Planning', tab: true, scripted: true },
    { text: 'Documents', url: `${O}/client.php?id=42&onglet=documents`, tab: true },
    { text: 'Planning', url: `${O}/planning-general.php`, tab: false },
    { text: 'DUBOIS Laura', url: `${O}/intervenant.php?id=17`, tab: false },
    { text: 'PETIT Sarah', url: `${O}/mandat.php?id=9`, tab: false },
  ],
};
const ctx = {
  pagesRead: [{ page: 'client.definition' as const, entity: 'CLI00042', readAt: 1, url: FICHE }],
  intervenantUrlPattern: '(intervenant|employee|salarie)',
  clientName: 'DURAND Jeanne',
};

describe('planTargets', () => {
  it('takes the tab strip link of the same entity, by its tab name', () => {
    const [contrats, documents] = planTargets(
      [target('CLI00042', 'client.contrats'), target('CLI00042', 'client.documents')],
      [clientPage],
      ctx,
    );
    expect(contrats).toEqual({
      target: target('CLI00042', 'client.contrats'),
      url: `${O}/client.php?id=42&onglet=contrats`,
    });
    expect(documents).toMatchObject({ url: `${O}/client.php?id=42&onglet=documents` });
  });

  it('reports a script-driven tab instead of following a same-named link outside the tab strip', () => {
    const [planning] = planTargets([target('CLI00042', 'client.planning')], [clientPage], ctx);
    expect(planning).toEqual({ target: target('CLI00042', 'client.planning'), reason: 'scripted' });
  });

  it('never takes a tab of another entity’s page', () => {
    const [r] = planTargets([target('CLI00057', 'client.contrats')], [clientPage], ctx);
    expect(r).toEqual({ target: target('CLI00057', 'client.contrats'), reason: 'no-link' });
  });

  it('an AVS fiche: a link with her name on an intervenant address, in either name order', () => {
    const [laura, sarah] = planTargets(
      [
        target('SA00017', 'intervenant.definition', 'Laura DUBOIS'),
        target('k:PETIT SARAH', 'intervenant.definition', 'PETIT Sarah'),
      ],
      [clientPage],
      ctx,
    );
    expect(laura).toMatchObject({ url: `${O}/intervenant.php?id=17` });
    // Her name links to a mandat: not her fiche, reported rather than guessed.
    expect(sarah).toMatchObject({ reason: 'no-link' });
  });

  it('an AVS’s own tabs once one of her pages was read', () => {
    const avsPage: PageLinks = {
      url: AVS_FICHE,
      links: [
        { text: 'Définition', url: AVS_FICHE, tab: true },
        { text: 'Contrats de travail', url: `${O}/intervenant.php?id=17&onglet=contrats`, tab: true },
        { text: 'Planning', url: `${O}/intervenant.php?id=17&onglet=planning`, tab: true },
        { text: 'Mme DURAND Jeanne', url: `${O}/contrat.php?id_contrat=501`, tab: false },
      ],
    };
    const read = [
      ...ctx.pagesRead,
      { page: 'intervenant.definition' as const, entity: 'SA00017', readAt: 2, url: AVS_FICHE },
    ];
    const plan = planTargets(
      [
        target('SA00017', 'intervenant.contrats', 'DUBOIS Laura'),
        target('SA00017', 'intervenant.planning', 'DUBOIS Laura'),
        target('SA00017', 'intervenant.contrat', 'DUBOIS Laura'),
      ],
      [clientPage, avsPage],
      { ...ctx, pagesRead: read },
    );
    expect(plan.map((p) => ('url' in p ? p.url : p.reason))).toEqual([
      `${O}/intervenant.php?id=17&onglet=contrats`,
      `${O}/intervenant.php?id=17&onglet=planning`,
      `${O}/contrat.php?id_contrat=501`,
    ]);
  });

  it('no link seen at all', () => {
    const [r] = planTargets([target('CLI00042', 'client.contrats')], [], ctx);
    expect(r).toMatchObject({ reason: 'no-link' });
  });
});

describe('nextPageLink', () => {
  const links = [
    { text: 'Planning', url: `${O}/p?page=1`, tab: true },
    { text: '‹ Page précédente', url: `${O}/p?page=0`, tab: false },
    { text: 'Page suivante ›', url: `${O}/p?page=2`, tab: false },
    { text: 'Mois suivant', url: `${O}/p?mois=2027-01`, tab: false },
  ];
  it('follows « Page suivante », then « Mois suivant », never a page already read', () => {
    expect(nextPageLink(links, new Set())).toBe(`${O}/p?page=2`);
    expect(nextPageLink(links, new Set([`${O}/p?page=2`]))).toBe(`${O}/p?mois=2027-01`);
    expect(nextPageLink(links, new Set([`${O}/p?page=2`, `${O}/p?mois=2027-01`]))).toBeUndefined();
  });
  it('a lone arrow counts; a script-driven next link does not', () => {
    expect(nextPageLink([{ text: '»', url: `${O}/p?page=3`, tab: false }], new Set())).toBe(`${O}/p?page=3`);
    expect(nextPageLink([{ text: 'Page suivante', tab: false }], new Set())).toBeUndefined();
  });
});

describe('unseenTargets', () => {
  const line = (
    id: string,
    page: LineState['page'],
    entity: string,
    status: LineState['status'],
  ): LineState => ({
    kind: 'line',
    id,
    label: id,
    page,
    fields: [],
    status,
    rules: [],
    required: true,
    entity,
    passes: false,
  });
  it('one target per entity and page still unseen, in the checklist’s order, with the AVS’s name', () => {
    const checklist: ChecklistState = {
      groups: [
        {
          id: 'ficheClient',
          group: 'ficheClient',
          title: 'Fiche client',
          items: [line('ficheClient.nir', 'client.definition', 'CLI00042', 'ok')],
        },
        {
          id: 'contratMandat',
          group: 'contratMandat',
          title: 'Contrat de mandat',
          items: [
            line('contratMandat.a', 'client.contrats', 'CLI00042', 'unseen'),
            line('contratMandat.b', 'client.contrats', 'CLI00042', 'unseen'),
          ],
        },
        {
          id: 'planningIntervenant.SA00017',
          group: 'planningIntervenant',
          title: 'Planning intervenant',
          items: [line('planningIntervenant.SA00017.x', 'intervenant.planning', 'SA00017', 'unseen')],
        },
      ],
      counts: { errors: 0, warnings: 0, unseen: 3, done: 0, total: 4 },
      conforme: false,
    };
    const dossier = {
      client: { key: 'CLI00042', name: 'DURAND Jeanne' },
      intervenants: [{ key: 'SA00017', name: 'DUBOIS Laura', contrats: [] }],
    } as unknown as Parameters<typeof unseenTargets>[1];
    expect(unseenTargets(checklist, dossier)).toEqual([
      { id: 'CLI00042|client.contrats', entity: 'CLI00042', kind: 'client', page: 'client.contrats' },
      {
        id: 'SA00017|intervenant.planning',
        entity: 'SA00017',
        kind: 'intervenant',
        page: 'intervenant.planning',
        name: 'DUBOIS Laura',
      },
    ]);
  });
});
