/**
 * The checklist definition: every rule id of the specification belongs to exactly one procedure line,
 * item ids follow docs/spec/panel.md's scheme and are unique, `.absent` / `.crash` findings find their line,
 * the lines' fields and rules exist, and docs/checklist.md is generated from these definitions.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allLines,
  avsId,
  CHECKLIST,
  lineItemId,
  lineOfRule,
  manualItemId,
  UNAIDE_CONNECT_AVS,
} from './items';
import { fieldDef, fieldsOfPage, LIST_COLUMNS } from '../../lib/model/fields';
import { PAGE_RULES } from '../../rules';
import type { PageKey } from '../../lib/model/types';
import { CHECKLIST_DOC, renderChecklistDoc } from '../../scripts/gen-checklist';

const specIds = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/rule-ids.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('checklist definition', () => {
  it('puts every rule id of the specification under exactly one line of each page that runs it', () => {
    expect(specIds.length).toBeGreaterThan(100);
    const pagesOf = (id: string) =>
      Object.entries(PAGE_RULES)
        .filter(([, p]) => p!.rules.some((r) => r.id === id))
        .map(([page]) => page);
    for (const id of specIds) {
      const lines = allLines().filter((ref) => ref.line.rules.includes(id));
      const pages = pagesOf(id);
      // A rule no page registers (a field's `.absent`, a cross-page rule) sits under one line.
      expect(
        lines.map((l) => l.line.page).sort(),
        `${id}: ${lines.map((l) => lineItemId(l.group.id, l.line.name)).join(', ')}`,
      ).toEqual(pages.length > 1 ? pages.sort() : [lines[0]?.line.page]);
    }
  });

  // The rules as registered (not the spec's list): a rule added without a line would be judged on
  // the page but never counted by the verdict.
  it('puts every rule the engine can emit under a line of its page', () => {
    const pages = Object.entries(PAGE_RULES);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const orphans: string[] = [];
    const lineOn = (page: string, id: string) =>
      allLines().some((ref) => ref.line.page === page && ref.line.rules.includes(id));
    for (const [page, rules] of pages) {
      for (const { id } of rules!.rules) if (!lineOn(page, id)) orphans.push(`${page}: ${id}`);
      // What the engine adds itself: absent fields, absent list columns, crashes.
      const engineIds = [
        ...fieldsOfPage(page as PageKey).map((f) => `${f.key}.absent`),
        ...(rules!.requiredColumns ?? []).map((c) => `${c}.absent`),
        ...rules!.rules.map((r) => `${r.id}.crash`),
      ];
      for (const id of engineIds)
        if (lineOfRule(id, page as PageKey)?.line.page !== page) orphans.push(`${page}: ${id}`);
    }
    expect(orphans).toEqual([]);
  });

  it('lists only rule ids that exist (spec or registered)', () => {
    const registered = new Set(Object.values(PAGE_RULES).flatMap((p) => p!.rules.map((r) => r.id)));
    for (const { line } of allLines())
      for (const r of line.rules) expect(specIds.includes(r) || registered.has(r), r).toBe(true);
  });

  it('names fields of the line’s page only', () => {
    for (const { line } of allLines())
      for (const f of line.fields) {
        const def = fieldDef(f);
        const column = Object.values(LIST_COLUMNS)
          .flat()
          .some((c) => c.key === f);
        expect(def?.page === line.page || column, `${line.name}: ${f}`).toBe(true);
      }
  });

  it('gives unique item ids in docs/spec/panel.md’s scheme', () => {
    const ids: string[] = [];
    for (const g of CHECKLIST)
      for (const item of g.items) {
        const avs = g.perAvs ? 'SA00017' : undefined;
        ids.push(
          item.kind === 'line' ? lineItemId(g.id, item.name, avs) : manualItemId(g.id, item.name, avs),
        );
      }
    for (const m of UNAIDE_CONNECT_AVS) ids.push(manualItemId('unaideConnect', m.name, 'SA00017'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(
        /^(manuel\.)?[a-z][A-Za-z]+(\.SA00017)?\.[a-z][A-Za-z0-9]+$|^manuel\.[a-z][A-Za-z]+\.[a-z][A-Za-z]+$/,
      );
    expect(ids).toContain('ficheClient.nir');
    expect(ids).toContain('ficheClient.modePaiement');
    expect(ids).toContain('contratMandat.fraisGestion');
    expect(ids).toContain('planningClient.presentation');
    expect(ids).toContain('ficheIntervenant.SA00017.nir');
    expect(ids).toContain('manuel.tachesBackOffice.nouveauClient');
    expect(ids).toContain('manuel.tachesBackOffice.suivantes');
    expect(ids).toContain('manuel.tachesBackOffice.propositionCloturee');
  });

  it('has the procedure’s groups in order, per AVS where docs/spec/panel.md says so', () => {
    expect(CHECKLIST.map((g) => [g.id, g.perAvs])).toEqual([
      ['ficheClient', false],
      ['contratMandat', false],
      ['planningClient', false],
      ['documents', false],
      ['ficheIntervenant', true],
      ['contratTravail', true],
      ['planningIntervenant', true],
      ['unaideConnect', false],
      ['tachesBackOffice', false],
    ]);
  });

  it('attaches absent fields, absent columns and crashes to a line', () => {
    expect(lineOfRule('client.nir.absent', 'client.definition')?.line.name).toBe('nir');
    expect(lineOfRule('client.geolocalisation.absent', 'client.definition')?.line.name).toBe('adresse');
    expect(lineOfRule('client.nir.key.crash', 'client.definition')?.line.name).toBe('nir');
    expect(lineOfRule('contrat.essaiFin.absent', 'intervenant.contrat')?.line.name).toBe('periodeEssai');
    expect(lineOfRule('prestation.date.absent', 'client.planning')?.group.id).toBe('planningClient');
    expect(lineOfRule('prestation.date.absent', 'intervenant.planning')?.group.id).toBe(
      'planningIntervenant',
    );
    expect(lineOfRule('not.a.rule')).toBeUndefined();
  });

  it('makes an AVS key usable in an item id', () => {
    expect(avsId({ key: 'code:SA00017', matricule: 'SA00017' })).toBe('SA00017');
    expect(avsId({ key: 'name:PETIT SARAH' })).toBe('PETIT_SARAH');
  });
});

describe('docs/checklist.md', () => {
  it('is generated from the definitions (when stale: npx tsx scripts/gen-checklist.ts)', async () => {
    const doc = readFileSync(CHECKLIST_DOC, 'utf8');
    expect(doc).toBe(await renderChecklistDoc());
    for (const id of specIds) expect(doc, id).toContain(`\`${id}\``);
  });
});
