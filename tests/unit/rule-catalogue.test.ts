/**
 * Every rule id of the specification (its rule tables, copied into tests/fixtures/rule-ids.txt) is a rule
 * registered for some page, so none is forgotten or misspelt; every registered rule is in the spec
 * or in tests/fixtures/rule-ids-extra.txt with its reason; and no two rules share an id.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_RULES } from '../../rules';
import { EXTRA_RULE_IDS, SPEC_RULE_IDS } from '../support/rule-ids';

const specIds = SPEC_RULE_IDS;
const extraIds = EXTRA_RULE_IDS;

const registered = Object.values(PAGE_RULES).flatMap((p) => p!.rules.map((r) => r.id));
/** Ids the engine emits itself: fields absent from the page, list columns absent. */
const engineIds = /\.absent$/;

describe('rule catalogue', () => {
  it.each(specIds)('%s is registered', (id) => {
    expect(engineIds.test(id) || registered.includes(id), id).toBe(true);
  });

  it.each([...new Set(registered)])('%s is in the spec or listed with its reason', (id) => {
    expect([...specIds, ...extraIds], id).toContain(id);
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
