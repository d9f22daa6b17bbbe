/**
 * The managed-storage schema (public/managed_schema.json) derived from the settings schema, in the
 * subset of JSON Schema that Chrome accepts for `storage.managed_schema` (every node typed; no
 * `default`, `required`, `const`, `anyOf`). A node Chrome cannot type is left out: a policy cannot
 * set it. Kept in sync by lib/settings/managed-schema.test.ts (`OC_WRITE_MANAGED_SCHEMA=1` rewrites the file).
 * Not imported by the extension itself.
 */
import { z } from 'zod/mini';
import { settingsSchema } from './settings';
import { PERSONAL_KEYS } from './policy';

type Node = Record<string, unknown>;
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object']);

function chromeNode(node: Node): Node | undefined {
  if (Array.isArray(node.anyOf) || Array.isArray(node.oneOf)) {
    const branches = ((node.anyOf ?? node.oneOf) as Node[]).map(chromeNode).filter((b) => !!b);
    const typed = branches.filter((b) => b.type !== 'null');
    return typed.length === 1 ? { ...typed[0], ...pick(node, ['description']) } : undefined;
  }
  const type = node.type;
  if (typeof type !== 'string' || !TYPES.has(type)) return undefined;
  const out: Node = { type, ...pick(node, ['description', 'enum']) };
  if (node.const !== undefined) out.enum = [node.const];
  if (type === 'array') {
    const items = node.items && chromeNode(node.items as Node);
    if (!items) return undefined;
    out.items = items;
  }
  if (type === 'object') {
    if (node.properties) {
      const props: Record<string, Node> = {};
      for (const [k, v] of Object.entries(node.properties as Record<string, Node>)) {
        const c = chromeNode(v);
        if (c) props[k] = c;
      }
      out.properties = props;
    }
    if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      const c = chromeNode(node.additionalProperties as Node);
      if (c) out.additionalProperties = c;
    }
  }
  return out;
}

function pick(node: Node, keys: string[]): Node {
  return Object.fromEntries(keys.filter((k) => node[k] !== undefined).map((k) => [k, node[k]]));
}

/** The managed schema for the current settings schema (agency-wide settings: all but the personal ones). */
export function managedSchema(): Node {
  const json = z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as Node;
  const root = chromeNode(json)!;
  const props = { ...(root.properties as Record<string, Node>) };
  for (const k of PERSONAL_KEYS) delete props[k];
  return { type: 'object', properties: props };
}
