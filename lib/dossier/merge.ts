/**
 * Merging one page record into the dossier store: whose record it is (identity fields, then the
 * page's owner), the entity it goes to (re-keyed to its code once read), the links between clients
 * and AVS, the planning accumulated across reads and contracts merged across the window's tabs.
 */
import type { ContratView, FieldValues, PlanningView, Stamped } from '../model/dossier';
import { isUnassigned, nameKey, sameName } from '../text/identity';
import { isCancelled } from '../planning/rows';
import { mergePeriods, planningCoverage } from '../planning/weeks';
import { parseDate } from '../text/normalize';
import { entityOf } from '../model/fields';
import type { Settings } from '../settings/settings';
import type { ListRow, Owner, PageKey, PageRecord } from '../model/types';
import { withOwnMaps, type DossierStore, type Entity, type StoredClient } from './types';
import { projectFields } from './projection';

const DEFAULT_TOLERANCES = { tolerances: { horizonJours: 7, heuresPourcent: 10 } };

function identity(owner: Owner | undefined): string[] {
  if (!owner) return [];
  return [
    ...(owner.code ? [`code:${owner.code.toUpperCase()}`] : []),
    ...(owner.urlId ? [`id:${owner.urlId}`] : []),
    ...(owner.name && nameKey(owner.name) ? [`name:${nameKey(owner.name)}`] : []),
  ];
}

function findKey<T extends Entity>(map: Record<string, T>, aliases: readonly string[]): string | undefined {
  for (const a of aliases) for (const [k, e] of Object.entries(map)) if (e.aliases.includes(a)) return k;
  return undefined;
}

function stamp<T>(value: T, page: PageKey, readAt: number, url: string): Stamped<T> {
  return { value, page, readAt, ...(url ? { url } : {}) };
}

const rowId = (r: ListRow) =>
  [
    'prestation.date',
    'prestation.debut',
    'prestation.prestation',
    'prestation.intervenant',
    'prestation.client',
  ]
    .map((k) => r.cells[k] ?? '')
    .join('|');

/** Merge a planning read into what was accumulated: the new read replaces the rows of its period. */
function mergePlanning(
  previous: PlanningView | undefined,
  record: PageRecord,
  settings: Pick<Settings, 'tolerances'> = DEFAULT_TOLERANCES,
): PlanningView {
  const list = record.list!;
  const period = list.period;
  const inPeriod = (r: ListRow) => {
    const d = parseDate(r.cells['prestation.date'] ?? '');
    return !!period && !!d && d >= period.from && d <= period.to;
  };
  // A complete read of a period replaces that period's rows; a paginated one only adds rows.
  const kept = previous
    ? period && list.complete
      ? previous.rows.filter((r) => !inPeriod(r))
      : previous.rows
    : [];
  const seen = new Set<string>();
  const rows = [...kept, ...list.rows].filter((r) => {
    const id = rowId(r);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  // Only an unpaginated read covers its period.
  const periods = mergePeriods([...(previous?.periods ?? []), ...(period && list.complete ? [period] : [])]);
  const complete = planningCoverage({ rows, periods }, settings).complete;
  return { rows, periods, complete };
}

export interface MergeContext {
  readAt: number;
  /** Planning completeness tolerance and the words for « nobody » (settings). */
  settings?: Pick<Settings, 'tolerances'> & Partial<Pick<Settings, 'unassignedWords'>>;
  /** The owner of the fiche last read in the same tab (list and contract pages without identity). */
  lastOwner?: { kind: 'client' | 'intervenant'; key: string };
}

export interface MergeResult {
  store: DossierStore;
  kind: 'client' | 'intervenant' | null;
  key: string | null;
}

/** The identity fields of each fiche: kind, code, nom, prénom. */
const IDENTITY_FIELDS: Partial<Record<PageKey, ['client' | 'intervenant', string, string, string]>> = {
  'client.definition': ['client', 'client.codeClient', 'client.nom', 'client.prenom'],
  'intervenant.definition': ['intervenant', 'intervenant.matricule', 'intervenant.nom', 'intervenant.prenom'],
};

/** Who owns a record: identity fields first, then the page's owner (URL id, code or name in the heading). */
function ownerOf(record: PageRecord): Owner | undefined {
  const identityFields = IDENTITY_FIELDS[record.page];
  if (!identityFields) return record.owner;
  const [kind, codeKey, nomKey, prenomKey] = identityFields;
  const v = (k: string) => {
    const f = record.fields[k];
    return f?.state === 'read' && f.value ? f.value : undefined;
  };
  const name = [v(nomKey), v(prenomKey)].filter(Boolean).join(' ') || record.owner?.name;
  const code = v(codeKey) ?? record.owner?.code;
  return {
    kind,
    ...(code ? { code } : {}),
    ...(record.owner?.urlId ? { urlId: record.owner.urlId } : {}),
    ...(name ? { name } : {}),
  };
}

/**
 * The entity known by one of `aliases`, or a new one made by `create`; an entity first known by a
 * name or URL id is re-keyed to its code once the code is read. Records the aliases and the activity.
 */
function resolveEntity<T extends Entity & { key: string }>(
  map: Record<string, T>,
  aliases: readonly string[],
  now: number,
  create: (key: string) => T,
  onRekey: (from: string, to: string) => void,
): T {
  let key = findKey(map, aliases);
  const code = aliases[0]!;
  if (key && !key.startsWith('code:') && code.startsWith('code:')) {
    const moved = { ...map[key]!, key: code };
    delete map[key];
    map[code] = moved;
    onRekey(key, code);
    key = code;
  }
  // A copy: the input store is never modified (background/dossier-service.ts writes what changed by reference).
  const e: T = key ? { ...map[key]! } : create((key = code));
  e.aliases = [...new Set([...e.aliases, ...aliases])];
  e.lastActivity = now;
  map[key] = e;
  return e;
}

/** Link the AVS named `name` to the client; a placeholder (« Non affecté »…) is nobody. */
function linkIntervenant(
  store: DossierStore,
  client: StoredClient,
  name: string,
  now: number,
  words: readonly string[] | undefined,
): void {
  if (isUnassigned(name, words) || !nameKey(name)) return;
  const alias = `name:${nameKey(name)}`;
  let key = findKey(store.intervenants, [alias]);
  if (!key) {
    key = alias;
    store.intervenants[key] = { key, name, aliases: [alias], contrats: [], lastActivity: now };
  }
  if (!client.intervenants.includes(key)) client.intervenants = [...client.intervenants, key];
}

/** Replace a client by a copy whose intervenant keys are `change`d, only when that changes them. */
function relink(store: DossierStore, clientKey: string, change: (keys: string[]) => string[]): void {
  const c = store.clients[clientKey];
  if (!c) return;
  const next = change(c.intervenants);
  if (next.length !== c.intervenants.length || next.some((k, i) => k !== c.intervenants[i]))
    store.clients[clientKey] = { ...c, intervenants: next };
}

/**
 * Merge one page record into the store. Returns a new store; the input is not modified, and every
 * entity the merge does not change is the same object in both (what to write is what changed).
 */
export function mergeRecord(input: DossierStore, record: PageRecord, ctx: MergeContext): MergeResult {
  const store = withOwnMaps(input);
  const now = ctx.readAt;
  const owner = ownerOf(record);
  const kind = entityOf(record.page);
  if (!kind) return { store, kind: null, key: null };
  let aliases = identity(owner);
  if (!aliases.length && ctx.lastOwner?.kind === kind) aliases = [ctx.lastOwner.key];
  if (!aliases.length) return { store, kind, key: null };
  const url = record.url;
  const words = ctx.settings?.unassignedWords;

  if (kind === 'client') {
    const c = resolveEntity(
      store.clients,
      aliases,
      now,
      (key) => ({ key, aliases: [], intervenants: [], lastActivity: now }),
      () => undefined,
    );
    const key = c.key;
    if (owner?.name) c.name = owner.name;
    if (owner?.code) c.code = owner.code;
    if (record.page === 'client.definition')
      c.definition = stamp(projectFields(record), record.page, now, url);
    if (record.page === 'client.contrats') {
      // The list replaces what was known; one contract's form updates its AVS's row.
      const form = { cells: projectFields(record) };
      const rows = record.list
        ? record.list.rows
        : [
            ...(c.mandats?.value ?? []).filter(
              (r) => !sameName(r.cells['mandat.intervenant'], form.cells['mandat.intervenant']),
            ),
            form,
          ];
      c.mandats = stamp(rows, record.page, now, url);
      for (const r of rows) linkIntervenant(store, c, r.cells['mandat.intervenant'] ?? '', now, words);
    }
    if (record.page === 'client.documents' && record.list)
      c.documents = stamp(record.list.rows, record.page, now, url);
    if (record.page === 'client.planning' && record.list) {
      c.planning = stamp(mergePlanning(c.planning?.value, record, ctx.settings), record.page, now, url);
      // A name seen only on cancelled rows does not work for the client.
      const names = new Set(
        record.list.rows.filter((r) => !isCancelled(r)).map((r) => r.cells['prestation.intervenant'] ?? ''),
      );
      for (const n of names) linkIntervenant(store, c, n, now, words);
    }
    return { store, kind, key };
  }

  // First known by name (a planning row), then by its matricule: the clients' links follow the new key.
  const i = resolveEntity(
    store.intervenants,
    aliases,
    now,
    (key) => ({ key, aliases: [], contrats: [], lastActivity: now }),
    (from, to) => {
      for (const ck of Object.keys(store.clients))
        relink(store, ck, (keys) => keys.map((k) => (k === from ? to : k)));
    },
  );
  const key = i.key;
  if (owner?.name) i.name = owner.name;
  if (owner?.code) i.matricule = owner.code;
  if (record.page === 'intervenant.definition')
    i.definition = stamp(projectFields(record), record.page, now, url);
  if (record.page === 'intervenant.contrats' && record.list)
    i.contratsList = stamp(record.list.rows, record.page, now, url);
  if (record.page === 'intervenant.planning' && record.list)
    i.planning = stamp(mergePlanning(i.planning?.value, record, ctx.settings), record.page, now, url);
  if (record.page === 'intervenant.contrat') {
    const fields = projectFields(record);
    const ck = contractKey(record, fields, key);
    const existing = i.contrats.find((c) => c.key === ck);
    const merged: ContratView = {
      key: ck,
      fields: stamp({ ...(existing?.fields.value ?? {}), ...fields }, record.page, now, url),
    };
    // In place: merging the same read twice must give the same store (no write, no re-read loop).
    i.contrats = existing ? i.contrats.map((c) => (c.key === ck ? merged : c)) : [...i.contrats, merged];
    // The employer of a mandataire contract is the client: link them.
    const employer = fields['contrat.employeur'];
    const clientKey = employer ? findKey(store.clients, [`name:${nameKey(employer)}`]) : undefined;
    if (clientKey) relink(store, clientKey, (keys) => (keys.includes(key) ? keys : [...keys, key]));
  }
  // Link to clients that already name this AVS.
  for (const [ck, c] of Object.entries(store.clients)) {
    const named = c.intervenants.find((k) => k.startsWith('name:') && i.aliases.includes(k));
    if (named && named !== key) {
      relink(store, ck, (keys) => [...new Set(keys.map((k) => (k === named ? key : k)))]);
      if (store.intervenants[named] && named !== key) {
        const dup = store.intervenants[named]!;
        i.aliases = [...new Set([...i.aliases, ...dup.aliases])];
        delete store.intervenants[named];
      }
    }
  }
  return { store, kind, key };
}

/** The key of the stored entity a record belongs to, before merging it (undefined: a new one). */
export function storedOwnerKey(
  store: DossierStore,
  record: PageRecord,
  lastOwner?: MergeContext['lastOwner'],
): string | undefined {
  const kind = entityOf(record.page);
  if (!kind) return undefined;
  let aliases = identity(ownerOf(record));
  if (!aliases.length && lastOwner?.kind === kind) aliases = [lastOwner.key];
  return kind === 'client' ? findKey(store.clients, aliases) : findKey(store.intervenants, aliases);
}

/** The window's URL id, else AVS + employer + start date. */
export function contractKey(record: PageRecord, fields: FieldValues, avsKey: string): string {
  const id = /[?&](?:id_contrat|id_contract|id)=(\d+)/.exec(record.url)?.[1];
  if (id) return `id:${id}`;
  return `${avsKey}|${nameKey(fields['contrat.employeur'] ?? '')}|${parseDate(fields['contrat.dateDebut'] ?? '') ?? ''}`;
}
