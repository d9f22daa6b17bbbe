/**
 * docs/settings.md lists every setting: each top-level key of the settings schema
 * (lib/settings/settings.ts) has its row, and the table names no key the schema does not have.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../lib/settings/settings';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/settings.md'), 'utf8');
const rows = [...doc.matchAll(/^\| `(\w+)` +\|/gm)].map((m) => m[1]!);
const keys = Object.keys(settingsSchema.shape).filter((k) => k !== 'version');

describe('docs/settings.md', () => {
  it('has a row for every setting', () => {
    expect(keys.length).toBeGreaterThan(15);
    expect(keys.filter((k) => !rows.includes(k))).toEqual([]);
  });

  it('has no row for a setting that does not exist', () => {
    expect(rows.filter((k) => !keys.includes(k))).toEqual([]);
  });
});
