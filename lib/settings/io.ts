/**
 * Settings as a file: export (JSON) and import (validated by the one settings schema; a bad file is
 * refused with French messages — path and problem — and nothing changes). Also what is written to
 * storage: only what differs from the defaults, so a release's new defaults (legal values…) apply to
 * every setting the person did not change.
 */
import { toHostPattern } from '../platform/extra-hosts';
import { IMPORT_ERRORS, issueProblem, pathText, SETTINGS_WRITE } from '../i18n/options';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  parseSettingsReport,
  SETTINGS_VERSION,
  settingsSchema,
  type Settings,
} from './settings';

type Raw = Record<string, unknown>;
const isPlain = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
/** JSON with sorted keys: two settings are the same whatever their keys' order. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_, x: unknown) =>
    isPlain(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map((k) => [k, x[k]]),
        )
      : x,
  );
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const MAX_BYTES = 2_000_000;
const MAX_MESSAGES = 20;

/** The export file's name, dated. */
export function exportFileName(today: string): string {
  return `dossier-conforme-reglages-${today}.json`;
}

/**
 * The export file's text: the person's settings, complete (every value, defaults included). A stored
 * object of a newer version is exported as stored (nothing of it is lost).
 */
export function exportSettings(stored: unknown): string {
  const report = parseSettingsReport(stored);
  const body = report.future ? stored : report.settings;
  return `${JSON.stringify(body, null, 2)}\n`;
}

/**
 * What to store: the values that differ from the defaults (objects of the same keys compared key
 * by key; lists and records compared whole), with the version.
 */
export function toStored(settings: Settings): Raw {
  const diff = (value: unknown, def: unknown): unknown => {
    if (same(value, def)) return undefined;
    if (isPlain(value) && isPlain(def) && same(Object.keys(value).sort(), Object.keys(def).sort())) {
      const out: Raw = {};
      for (const k of Object.keys(value)) {
        const d = diff(value[k], def[k]);
        if (d !== undefined) out[k] = d;
      }
      return out;
    }
    return value;
  };
  return { ...((diff(settings, DEFAULT_SETTINGS) as Raw | undefined) ?? {}), version: SETTINGS_VERSION };
}

/** Objects merged key by key; anything else in `over` replaces. */
export function mergeSettings(base: unknown, over: unknown): unknown {
  if (!isPlain(base) || !isPlain(over)) return over === undefined ? base : over;
  const out: Raw = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = mergeSettings(base[k], v);
  return out;
}

/** Keys of `input` the schema does not know (they would be silently dropped: likely a typo). */
function unknownKeys(input: unknown, parsed: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (Array.isArray(input) && Array.isArray(parsed))
    return input.flatMap((v, i) => unknownKeys(v, parsed[i], [...path, i]));
  if (!isPlain(input) || !isPlain(parsed)) return [];
  return Object.keys(input).flatMap((k) =>
    k in parsed ? unknownKeys(input[k], parsed[k], [...path, k]) : [[...path, k]],
  );
}

const compiles = (source: string) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};

/**
 * Checks the schema cannot express, in French (path: problem): hosts are https host patterns, URL
 * patterns compile, dated values have ISO dates. `only`: check only these top-level settings (an
 * imported file is judged on what it holds).
 */
export function settingsProblems(s: Settings, only?: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const checks = (key: string) => !only || only.has(key);
  if (checks('extraHosts'))
    s.extraHosts.forEach((h, i) => {
      if (!toHostPattern(h).ok) errors.push(IMPORT_ERRORS.badHost(pathText(['extraHosts', i]), h));
    });
  if (checks('connectHost') && s.connectHost && !toHostPattern(s.connectHost).ok)
    errors.push(IMPORT_ERRORS.badHost('connectHost', s.connectHost));
  for (const key of ['idUrlPattern', 'intervenantUrlPattern'] as const)
    if (checks(key) && !compiles(s[key])) errors.push(IMPORT_ERRORS.badRegex(key));
  const pages = (s as { pages?: unknown }).pages;
  if (checks('pages') && Array.isArray(pages))
    pages.forEach((p: unknown, i) => {
      const pattern = isPlain(p) ? p.pattern : undefined;
      if (typeof pattern === 'string' && !compiles(pattern))
        errors.push(IMPORT_ERRORS.badRegex(pathText(['pages', i, 'pattern'])));
    });
  if (checks('legal')) {
    const walk = (v: unknown, path: PropertyKey[]) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (isPlain(v)) {
        if ('from' in v && 'value' in v) {
          if (typeof v.from !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.from))
            errors.push(IMPORT_ERRORS.badDate(pathText([...path, 'from']), String(v.from)));
        } else for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      }
    };
    walk(s.legal, ['legal']);
  }
  return errors;
}

/**
 * Where a file stopped being JSON, in French. The engine's message is English and differs between
 * browsers (Chromium gives a position, Firefox a line and a column, an end of input neither): only
 * its numbers are used, never its words.
 */
function notJsonMessage(body: string, e: unknown): string {
  const m = e instanceof Error ? e.message : '';
  const lc = /line (\d+) column (\d+)/i.exec(m);
  const pos = /position (\d+)/i.exec(m);
  let at: number;
  if (lc) {
    const lines = body.split('\n');
    const line = Math.min(Number(lc[1]), lines.length);
    at = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Number(lc[2]) - 1;
  } else at = pos ? Number(pos[1]) : body.length;
  if (at >= body.trimEnd().length) return IMPORT_ERRORS.truncated;
  const before = body.slice(0, at).split('\n');
  return IMPORT_ERRORS.notJson(before.length, before.at(-1)!.length + 1);
}

/** What the settings writer did: the settings in force after the write, or why nothing was written (French). */
export type SettingsWrite = { ok: true; settings: Settings } | { ok: false; message: string };

/**
 * Whether `next` may replace the stored settings `before`: not over settings of a newer version, no
 * value the schema refuses nor a problem of settingsProblems among the settings that change (what
 * was already stored is repaired when read, as before), and `accept` holds on the result (the
 * inspector checks its change survived). The settings in force after the write when it may.
 */
export function checkSettingsWrite(
  before: unknown,
  next: Raw,
  accept?: (s: Settings) => boolean,
): SettingsWrite {
  const report = parseSettingsReport(next);
  if (report.future || parseSettingsReport(before).future)
    return { ok: false, message: SETTINGS_WRITE.newer };
  const old = isPlain(before) ? before : {};
  const changed = new Set(Object.keys(next).filter((k) => !same(next[k], old[k])));
  const problems = [
    ...report.issues
      .filter((i) => changed.has(String(i.path[0])))
      .map((i) => IMPORT_ERRORS.at(pathText(i.path), issueProblem(i))),
    ...settingsProblems(report.settings, changed),
  ];
  if (problems.length) return { ok: false, message: SETTINGS_WRITE.refused(problems.slice(0, 3)) };
  if (accept && !accept(report.settings)) return { ok: false, message: SETTINGS_WRITE.notKept };
  return { ok: true, settings: report.settings };
}

export type ImportResult =
  { ok: true; settings: Settings; changed: string[] } | { ok: false; errors: string[] };

/**
 * Read an imported file against the current settings. Only the settings present in the file change
 * (a partial file is fine); any problem refuses the whole file.
 */
export function importSettings(text: string, current: Settings): ImportResult {
  if (text.length > MAX_BYTES) return { ok: false, errors: [IMPORT_ERRORS.tooBig] };
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, errors: [IMPORT_ERRORS.empty] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, errors: [notJsonMessage(body, e)] };
  }
  if (!isPlain(json)) return { ok: false, errors: [IMPORT_ERRORS.notObject] };
  const migrated = migrateSettings(json);
  if (migrated.future) return { ok: false, errors: [IMPORT_ERRORS.future(migrated.future)] };
  const r = settingsSchema.safeParse(migrated.data);
  const errors = r.success
    ? [
        ...unknownKeys(migrated.data, r.data).map((p) => IMPORT_ERRORS.unknownKey(pathText(p))),
        ...settingsProblems(r.data, new Set(Object.keys(migrated.data))),
      ]
    : r.error.issues.map((i) =>
        IMPORT_ERRORS.at(
          pathText(i.path),
          issueProblem(i as { code: string; expected?: string; values?: readonly unknown[] }),
        ),
      );
  if (errors.length)
    return {
      ok: false,
      errors:
        errors.length > MAX_MESSAGES
          ? [...errors.slice(0, MAX_MESSAGES), IMPORT_ERRORS.more(errors.length - MAX_MESSAGES)]
          : errors,
    };
  const fileOnly: Raw = { ...migrated.data };
  if (!('version' in json)) delete fileOnly.version;
  const settings = parseSettingsReport(mergeSettings(current, fileOnly), current).settings;
  const changed = Object.keys(settings).filter(
    (k) => !same(settings[k as keyof Settings], current[k as keyof Settings]),
  );
  return { ok: true, settings, changed };
}
