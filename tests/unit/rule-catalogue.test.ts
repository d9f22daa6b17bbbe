/**
 * The rule catalogue (rules/catalogue.ts). Every rule id of the specification (its rule tables,
 * copied into tests/fixtures/rule-ids.txt) is in it, so none is forgotten or misspelt; every rule
 * of the registry is in it once per page, with its description, and is in the spec or in
 * tests/fixtures/rule-ids-extra.txt with its reason; each is shown where docs/spec/rules.md says.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_RULES } from '../../rules';
import { ruleCatalogue, ruleDescription, shownText } from '../../rules/catalogue';
import { EXTRA_RULE_IDS, SPEC_RULE_IDS } from '../support/rule-ids';

const catalogue = ruleCatalogue();
const ids = new Set(catalogue.map((r) => r.id));
const registered = Object.values(PAGE_RULES).flatMap((p) => p!.rules.map((r) => r.id));
/** Ids the engine emits itself: fields absent from the page, list columns absent. */
const engineIds = /\.absent$/;
const entry = (page: string, id: string) => catalogue.find((r) => r.page === page && r.id === id);

describe('rule catalogue', () => {
  it.each(SPEC_RULE_IDS)('%s is in the catalogue', (id) => {
    expect(engineIds.test(id) || ids.has(id), id).toBe(true);
  });

  it.each([...new Set(registered)])('%s is in the spec or listed with its reason', (id) => {
    expect([...SPEC_RULE_IDS, ...EXTRA_RULE_IDS], id).toContain(id);
  });

  it('lists every rule of the registry with its severity and description, once per page', () => {
    for (const [page, pr] of Object.entries(PAGE_RULES))
      for (const r of pr!.rules)
        expect(entry(page, r.id), r.id).toMatchObject({ severity: r.severity, description: r.description });
    const keys = catalogue.map((c) => `${c.page} ${c.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has no duplicate rule id within a page', () => {
    for (const [page, rules] of Object.entries(PAGE_RULES)) {
      const pageIds = rules!.rules.map((r) => r.id);
      expect(
        pageIds.filter((id, i) => pageIds.indexOf(id) !== i),
        page,
      ).toEqual([]);
    }
  });

  it('gives every entry a French description', () => {
    for (const r of catalogue) expect(r.description, r.id).toMatch(/\S/);
  });

  it('adds the engine’s « absent » checks of required fields and columns, as warnings in the summary', () => {
    expect(entry('client.definition', 'client.nir.absent')).toMatchObject({
      severity: 'warning',
      description: 'N° de sécurité sociale : absent de la page',
      shown: { at: 'summary' },
      derived: 'absent',
    });
    expect(entry('client.planning', 'prestation.intervenant.absent')?.description).toBe(
      'Colonne « Intervenant » absente de la liste',
    );
  });

  // docs/spec/rules.md, « Where a finding is shown », typed here by hand.
  it.each([
    ['client.definition', 'client.nir.key', 'le champ « N° de sécurité sociale »'],
    ['client.definition', 'client.rtu.origine', 'le champ « Origine »'],
    ['client.definition', 'client.unsaved', 'le résumé'],
    ['intervenant.definition', 'intervenant.age', 'le champ « Date de naissance »'],
    ['intervenant.contrat', 'contrat.tauxHoraire.minimum', 'le champ « Rémunération horaire »'],
    ['intervenant.contrat', 'contrat.essai.debut', "le champ « Début de la période d'essai »"],
    ['intervenant.contrat', 'contrat.tardif', 'le résumé'],
    ['client.contrats', 'mandat.signature', 'les lignes concernées, sinon le résumé'],
    ['client.contrats', 'mandat.parAvs', 'le résumé'],
    ['client.planning', 'planning.horizon', 'le résumé'],
    ['intervenant.planning', 'planningAvs.semaine50', 'les lignes concernées, sinon le résumé'],
  ])('on %s, %s is shown on %s', (page, id, where) => {
    expect(shownText(entry(page, id)!.shown)).toBe(where);
  });

  it('gives the panel a rule’s description by id', () => {
    expect(ruleDescription('client.nir.key')).toBe('NIR : clé de contrôle');
    expect(ruleDescription('client.nir.absent')).toBeUndefined();
    expect(ruleDescription('pas.une.regle')).toBeUndefined();
  });
});
