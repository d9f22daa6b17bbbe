/**
 * docs/fields.md is generated from lib/model/fields.ts and must be current; the field table itself holds
 * every field and column key of the specification's tables (tests/fixtures/field-keys.txt, copied
 * from the spec), the Unaide Connect form's keys aside (they live with the autofill).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_DEFS, LIST_COLUMNS } from '../../lib/model/fields';
import { FIELDS_DOC, renderFieldsDoc } from '../../scripts/gen-fields-doc';

const specKeys = readFileSync(resolve(import.meta.dirname, '../fixtures/field-keys.txt'), 'utf8')
  .split('\n')
  .map((l) => l.replace(/#.*/, '').trim())
  .filter((k) => k && !k.startsWith('task.'));

describe('fields', () => {
  it('lib/model/fields.ts defines every field and column of the specification', () => {
    const defined = new Set([
      ...FIELD_DEFS.map((f) => f.key),
      ...Object.values(LIST_COLUMNS).flatMap((cs) => cs.map((c) => c.key)),
    ]);
    expect(specKeys.length).toBeGreaterThan(90);
    expect(specKeys.filter((k) => !defined.has(k))).toEqual([]);
  });

  it('docs/fields.md is up to date (regenerate: npx tsx scripts/gen-fields-doc.ts)', async () => {
    expect(readFileSync(FIELDS_DOC, 'utf8')).toBe(await renderFieldsDoc());
  });
});
