/**
 * docs/rules.md is the rule catalogue generated from the rules' own metadata: it fails when a rule
 * was added, removed or re-described without regenerating it (`npx tsx scripts/gen-rules-doc.ts`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../rules/catalogue';
import { renderRulesDoc, RULES_DOC } from '../../scripts/gen-rules-doc';
import { EXTRA_RULE_IDS, SPEC_RULE_IDS } from '../support/rule-ids';

describe('docs/rules.md', () => {
  it('is up to date with rules/catalogue.ts (regenerate: npx tsx scripts/gen-rules-doc.ts)', async () => {
    expect(readFileSync(RULES_DOC, 'utf8')).toBe(await renderRulesDoc());
  });

  it('names every rule of the catalogue (the engine’s .absent aside)', async () => {
    const doc = await renderRulesDoc();
    for (const r of ruleCatalogue().filter((r) => !r.derived))
      expect(doc, r.id).toMatch(new RegExp(`\`${r.id.replace(/\./g, '\\.')}\` +\\|`));
  });

  it('lists in its tables exactly the spec ids and the listed extras (the engine’s .absent aside)', () => {
    const doc = readFileSync(RULES_DOC, 'utf8');
    const inDoc = new Set([...doc.matchAll(/^\| `([\w.]+)` +\|/gm)].map((m) => m[1]!));
    const expected = new Set([...SPEC_RULE_IDS, ...EXTRA_RULE_IDS].filter((id) => !id.endsWith('.absent')));
    expect([...inDoc].filter((id) => !expected.has(id) && !id.endsWith('.absent'))).toEqual([]);
    expect([...expected].filter((id) => !inDoc.has(id))).toEqual([]);
  });
});
