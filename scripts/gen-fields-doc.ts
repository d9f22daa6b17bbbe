/**
 * Writes docs/fields.md from lib/model/fields.ts (`npx tsx scripts/gen-fields-doc.ts`): every field and
 * list column with its labels (canonical first, then the default aliases), type and section scope,
 * formatted as Prettier would. tests/unit/fields-doc.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { FIELD_DEFS, LIST_COLUMNS, PAGE_LIST, type SectionScope } from '../lib/model/fields';
import { PAGE_LABEL } from '../lib/i18n/common';
import { PAGE_KEYS } from '../lib/model/types';

export const FIELDS_DOC = resolve(import.meta.dirname, '../docs/fields.md');

const code = (s: string) => `\`${s}\``;
const labels = (ls: readonly string[]) => ls.map((l, i) => (i === 0 ? `**${l}**` : l)).join(' · ');
function scope(s: SectionScope | undefined): string {
  if (!s) return '';
  if (s.in) return `dans : ${s.in.join(', ')}`;
  if (s.notIn) return `hors : ${s.notIn.join(', ')}`;
  return '';
}

export function fieldsMarkdown(): string {
  const out = [
    '# Champs et colonnes lus',
    '',
    '<!-- Généré par `npx tsx scripts/gen-fields-doc.ts` à partir de lib/model/fields.ts : ne pas modifier à la main. -->',
    '',
    'Chaque champ est trouvé par son libellé visible : le premier (en gras) est le libellé canonique,',
    'utilisé dans les messages et pour reconnaître la page ; les suivants sont les alias livrés. Un',
    'administrateur ajoute des alias, change la section ou associe un champ en le pointant (réglages,',
    'inspecteur). Règles de correspondance et reconnaissance des pages : [spec/fields.md](spec/fields.md).',
    '',
  ];
  for (const page of PAGE_KEYS) {
    const fields = FIELD_DEFS.filter((f) => f.page === page);
    const list = PAGE_LIST[page];
    if (!fields.length && !list) continue;
    out.push(`## ${PAGE_LABEL[page]} (${code(page)})`, '');
    if (fields.length) {
      out.push('| champ | libellés | type | section |', '| --- | --- | --- | --- |');
      for (const f of fields)
        out.push(`| ${code(f.key)} | ${labels(f.labels)} | ${f.type} | ${scope(f.section)} |`);
      out.push('');
    }
    if (list) {
      out.push(`Liste ${code(list)} : colonnes lues par leur en-tête.`, '');
      out.push('| colonne | en-têtes | type |', '| --- | --- | --- |');
      for (const c of LIST_COLUMNS[list]) out.push(`| ${code(c.key)} | ${labels(c.labels)} | ${c.type} |`);
      out.push('');
    }
  }
  return out.join('\n');
}

export async function renderFieldsDoc(): Promise<string> {
  const options = (await resolveConfig(FIELDS_DOC)) ?? {};
  return format(fieldsMarkdown(), { ...options, parser: 'markdown' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(FIELDS_DOC, await renderFieldsDoc());
  console.log(`écrit : ${FIELDS_DOC}`);
}
