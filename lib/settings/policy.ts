/**
 * Enterprise policy: the agency's values (Chrome `storage.managed`, Firefox `policies.json`) win over
 * the user's own. Pure: no storage here (lib/platform/storage.ts reads both and calls `effectiveSettings`).
 * Documented in docs/policy.md; the managed schema is public/managed_schema.json.
 */
import { parseSettingsReport, type Settings } from './settings';

type Raw = Record<string, unknown>;
const isPlain = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Settings a policy may not set: they belong to the person (and the storage format). */
export const PERSONAL_KEYS = ['version', 'userName'] as const;

/** The policy object as stored, without the personal keys; {} for anything that is not an object. */
export function policyOf(managed: unknown): Raw {
  if (!isPlain(managed)) return {};
  const out: Raw = { ...managed };
  for (const k of PERSONAL_KEYS) delete out[k];
  return out;
}

/** Objects are merged key by key; anything else (a list, a number, a text) replaces the user's. */
function merge(base: unknown, over: unknown): unknown {
  if (!isPlain(base) || !isPlain(over)) return over === undefined ? base : over;
  const out: Raw = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
  return out;
}

/**
 * The settings in force: the user's, with every value the policy sets on top. A policy value that
 * does not match the schema is ignored (the user's value stays), so a bad policy never breaks reading.
 */
export function effectiveSettings(local: Settings, managed: unknown): Settings {
  const policy = policyOf(managed);
  if (Object.keys(policy).length === 0) return local;
  return parseSettingsReport(merge(local, policy), local).settings;
}

/**
 * True when the policy sets this setting, a setting containing it, or something inside it: its
 * control (or its whole editor) is shown locked in the options.
 */
export function isLocked(managed: unknown, path: readonly string[]): boolean {
  let cur: unknown = policyOf(managed);
  for (const key of path) {
    if (!isPlain(cur)) return cur !== undefined;
    cur = cur[key];
  }
  return cur !== undefined && (!isPlain(cur) || Object.keys(cur).length > 0);
}
