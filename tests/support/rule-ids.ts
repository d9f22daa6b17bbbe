/**
 * The rule ids of the specification's tables (tests/fixtures/rule-ids.txt) and the ones the product
 * adds with a reason (tests/fixtures/rule-ids-extra.txt): the independent lists the rule catalogue
 * and docs/rules.md are checked against.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The ids of a fixture list: one a line, `#` starts a comment. */
function idList(file: string): string[] {
  return readFileSync(resolve(import.meta.dirname, '../fixtures', file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

export const SPEC_RULE_IDS = idList('rule-ids.txt');
export const EXTRA_RULE_IDS = idList('rule-ids-extra.txt');
