/**
 * docs/checklist.md, generated from the checklist's own definitions (procedure/checklist/items/) by
 * `npx tsx scripts/gen-checklist.ts`; a test fails when the file is stale.
 */
import { CHECKLIST, UNAIDE_CONNECT_AVS, type ItemDef } from './items';

const code = (s: string) => `\`${s}\``;

function itemRow(group: string, item: ItemDef, avs: boolean): string {
  const prefix = avs ? `${group}.<avs>` : group;
  if (item.kind === 'manual') {
    const id = avs ? `manuel.${group}.<avs>.${item.name}` : `manuel.${group}.${item.name}`;
    const when =
      item.when === 'noCoordinates'
        ? 'quand aucune coordonnée n’est affichée'
        : item.when === 'outsideEea'
          ? 'quand la nationalité est hors UE/EEE (ou non lue)'
          : item.when === 'perAvs'
            ? 'une par AVS : `manuel.' + group + '.<avs>.' + item.name + '`'
            : item.tasks
              ? 'coché aussi par la vue Tâches'
              : '';
    const shownId = item.when === 'perAvs' ? `manuel.${group}.<avs>.${item.name}` : id;
    return `| ${code(shownId)} | ${item.label} | à cocher${when ? ` (${when})` : ''} | — |`;
  }
  return `| ${code(`${prefix}.${item.name}`)} | ${item.label} | ${code(item.page)}${item.required ? '' : ' (conseil)'} | ${item.rules.map(code).join(' ')} |`;
}

export function checklistMarkdown(): string {
  const out: string[] = [
    '# Checklist du dossier (vue Dossier du panneau)',
    '',
    '<!-- Généré par `npx tsx scripts/gen-checklist.ts` depuis procedure/checklist/items/ : ne pas modifier à la main. -->',
    '',
    'Chaque ligne de la procédure est un élément `data-oc-item="<id>"` du panneau, avec `data-status`',
    '(`ok`, `error`, `warning`, `info`, `unseen`, `manual`, `done`) ; sous elle, chaque règle est son propre',
    'élément `data-oc-item="<id de règle>"`. Les constats `<champ>.absent` et `<règle>.crash` vont sous la',
    'ligne de leur champ ou de leur règle. `<avs>` est le matricule de l’intervenante (à défaut, son nom).',
    'Le dossier est _conforme_ quand chaque élément requis est ok (un conseil compte comme ok, sauf une',
    'lecture partielle ou un champ absent) ou coché.',
    '',
  ];
  for (const g of CHECKLIST) {
    out.push(`## ${g.title}${g.perAvs ? ' (un groupe par AVS)' : ''}`, '');
    if (g.help) out.push(`Lien vers l’article d’aide : réglage ${code(`helpArticles.${g.help}`)}.`, '');
    out.push('| élément | libellé | onglet lu | règles |', '|---|---|---|---|');
    for (const item of g.items) out.push(itemRow(g.id, item, g.perAvs));
    if (g.id === 'unaideConnect') for (const item of UNAIDE_CONNECT_AVS) out.push(itemRow(g.id, item, true));
    out.push('');
  }
  return out.join('\n');
}
