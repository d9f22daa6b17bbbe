import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { managedSchema } from './managed-schema';
import { DEFAULT_SETTINGS } from './settings';

const FILE = resolve(import.meta.dirname, '../../public/managed_schema.json');
const generated = `${JSON.stringify(managedSchema(), null, 2)}\n`;
if (process.env.OC_WRITE_MANAGED_SCHEMA) writeFileSync(FILE, generated);

/** Every node must carry a type Chrome knows, or Chrome refuses to load the extension. */
function untyped(node: Record<string, unknown>, path = '$'): string[] {
  const bad: string[] = [];
  if (!['string', 'number', 'integer', 'boolean', 'array', 'object'].includes(node.type as string))
    bad.push(path);
  for (const k of Object.keys(node))
    if (!['type', 'properties', 'additionalProperties', 'items', 'enum', 'description'].includes(k))
      bad.push(`${path}.${k}`);
  for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>))
    bad.push(...untyped(v, `${path}.${k}`));
  if (node.items) bad.push(...untyped(node.items as Record<string, unknown>, `${path}[]`));
  if (node.additionalProperties)
    bad.push(...untyped(node.additionalProperties as Record<string, unknown>, `${path}.*`));
  return bad;
}

describe('public/managed_schema.json', () => {
  it('matches the settings schema (regenerate: OC_WRITE_MANAGED_SCHEMA=1 npx vitest run lib/settings/managed-schema.test.ts)', () => {
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(JSON.parse(generated));
  });

  it('uses only what Chrome accepts, every node typed', () => {
    expect(untyped(managedSchema())).toEqual([]);
  });

  it('lets a policy set every agency-wide setting, never the user name', () => {
    const props = Object.keys(managedSchema().properties as object).sort();
    const expected = Object.keys(DEFAULT_SETTINGS)
      .filter((k) => k !== 'userName' && k !== 'version')
      .sort();
    expect(props).toEqual(expected);
  });
});
