/**
 * Writes docs/checklist.md from procedure/checklist/items/ (`npx tsx scripts/gen-checklist.ts`), formatted as
 * Prettier would (so `npm run format` leaves it unchanged). procedure/checklist/items.test.ts fails when stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { checklistMarkdown } from '../procedure/checklist/doc';

export const CHECKLIST_DOC = resolve(import.meta.dirname, '../docs/checklist.md');

export async function renderChecklistDoc(): Promise<string> {
  const options = (await resolveConfig(CHECKLIST_DOC)) ?? {};
  return format(checklistMarkdown(), { ...options, parser: 'markdown' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(CHECKLIST_DOC, await renderChecklistDoc());
  console.log(`écrit : ${CHECKLIST_DOC}`);
}
