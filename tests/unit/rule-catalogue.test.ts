/**
 * Every rule id of the specification (rules.md, listed in tests/fixtures/rule-ids.txt) is a rule
 * registered for some page, so none is forgotten or misspelt; and no two rules share an id.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_RULES } from '../../rules';

const specIds = readFileSync(resolve(import.meta.dirname, '../fixtures/rule-ids.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

const registered = Object.values(PAGE_RULES).flatMap((p) => p!.rules.map((r) => r.id));
/** Ids the engine emits itself: fields absent from the page, list columns absent. */
const engineIds = /\.absent$/;

describe('rule catalogue', () => {
  it.each(specIds)('%s is registered', (id) => {
    expect(engineIds.test(id) || registered.includes(id), id).toBe(true);
  });

  it('has no duplicate rule id within a page', () => {
    for (const [page, rules] of Object.entries(PAGE_RULES)) {
      const ids = rules!.rules.map((r) => r.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        page,
      ).toEqual([]);
    }
  });

  it('gives every rule a French description', () => {
    for (const rules of Object.values(PAGE_RULES))
      for (const r of rules!.rules) expect(r.description, r.id).toMatch(/\S/);
  });
});
