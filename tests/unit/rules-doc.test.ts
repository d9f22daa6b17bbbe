/**
 * docs/rules.md is the rule catalogue generated from the rules' own metadata: it fails when a rule
 * was added, removed or re-described without regenerating it (`npx tsx scripts/gen-rules-doc.ts`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_RULES } from '../../rules';
import { renderRulesDoc, RULES_DOC } from '../../scripts/gen-rules-doc';

describe('docs/rules.md', () => {
  it('is up to date with rules/index.ts (regenerate: npx tsx scripts/gen-rules-doc.ts)', async () => {
    expect(readFileSync(RULES_DOC, 'utf8')).toBe(await renderRulesDoc());
  });

  it('names every registered rule with its severity', async () => {
    const doc = await renderRulesDoc();
    for (const pr of Object.values(PAGE_RULES))
      for (const r of pr!.rules)
        expect(doc, r.id).toMatch(new RegExp(`\`${r.id.replace(/\./g, '\\.')}\` +\\|`));
  });
});
