/**
 * Writes docs/rules.md from the rule catalogue (rules/catalogue.ts: page, id, severity, description,
 * where shown; required fields), so it never drifts from the code.
 * tests/unit/rules-doc.test.ts fails when the file is stale.
 *
 *   npx tsx scripts/gen-rules-doc.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { canonicalLabel } from '../lib/model/fields';
import { SEVERITY_LABEL } from '../lib/i18n/common';
import type { Severity } from '../lib/model/types';
import { cataloguePages, shownText } from '../rules/catalogue';

export const RULES_DOC = resolve(import.meta.dirname, '../docs/rules.md');

/** The words the overlay and the panel use (Erreur, À vérifier, Conseil), in lower case. */
const SEVERITY = Object.fromEntries(
  Object.entries(SEVERITY_LABEL).map(([k, v]) => [k, v.toLowerCase()]),
) as Record<Severity, string>;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The catalogue as Markdown, formatted as the repository's Prettier would. */
export async function renderRulesDoc(): Promise<string> {
  const out: string[] = [
    '# Catalogue des règles',
    '',
    '<!-- Généré par `npx tsx scripts/gen-rules-doc.ts` à partir de rules/catalogue.ts : ne pas modifier à la main. -->',
    '',
    'Chaque règle a un identifiant stable, une gravité par défaut (un administrateur peut la changer ou',
    'couper la règle dans les réglages), une description et l’endroit où son constat est montré (un',
    'constat venu d’un autre onglet est aussi listé dans le résumé). Le moteur ajoute de lui-même :',
    '',
    '- `<champ>.missing` (erreur) : un champ exigé par la procédure est vide ;',
    '- `<champ>.absent` (à vérifier) : un champ exigé n’est pas affiché sur la page, ou une colonne de liste manque ;',
    '- `<règle>.crash` (à vérifier, « contrôle impossible ») : une règle a échoué ; les autres continuent.',
    '',
  ];
  let total = 0;
  for (const pr of cataloguePages()) {
    out.push(`## ${pr.pageLabel} (\`${pr.page}\`)`, '');
    if (pr.required.length)
      out.push(
        `Champs exigés (\`.missing\`) : ${pr.required.map((k) => `${cell(canonicalLabel(k))} (\`${k}\`)`).join(', ')}.`,
        '',
      );
    if (pr.requiredWhen.length)
      out.push(
        `Exigés selon le cas : ${pr.requiredWhen
          .map((k) => `${cell(canonicalLabel(k))} (\`${k}\`)`)
          .join(', ')}.`,
        '',
      );
    out.push('| règle | gravité | ce qu’elle vérifie | où |', '| --- | --- | --- | --- |');
    for (const r of pr.rules.filter((r) => !r.derived)) {
      out.push(
        `| \`${r.id}\` | ${SEVERITY[r.severity]} | ${cell(r.description)} | ${cell(shownText(r.shown))} |`,
      );
      total++;
    }
    out.push('');
  }
  out.push(`${total} règles au total.`, '');
  const config = (await resolveConfig(RULES_DOC)) ?? {};
  return format(out.join('\n'), { ...config, parser: 'markdown' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(RULES_DOC, await renderRulesDoc());
  console.log(`écrit : ${RULES_DOC}`);
}
