/**
 * The engine's own duties (rules/engine.ts), on the AVS planning page: the absent-column finding
 * names the column as Ogust labels it, and the settings' per-rule overrides switch a rule off or
 * change its severity (docs/settings.md, `rules`).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/settings';
import { avsPlanningRules } from './intervenant/planning';
import { of, planningRecord, presta, run } from '../tests/support/planning';

const MARCH = { from: '2026-03-02', to: '2026-03-29' };
const rows = [presta('2026-03-02', '9h00', '12h00', { client: 'DUPONT Jeanne' })];
const page = planningRecord('intervenant.planning', rows, { period: MARCH });
const withRules = (rules: Settings['rules']): Settings => ({ ...DEFAULT_SETTINGS, rules });

describe('engine', () => {
  it('names an absent column by its Ogust label', () => {
    const noClient = planningRecord('intervenant.planning', rows, {
      period: MARCH,
      columns: ['date', 'debut', 'fin', 'prestation', 'statut'],
    });
    expect(of(run(avsPlanningRules, noClient), 'prestation.client.absent').map((f) => f.message)).toEqual([
      "Colonne « Client » absente de la liste : l'afficher dans Ogust, ou l'associer",
    ]);
    const off = withRules({ 'prestation.client.absent': { enabled: false } });
    expect(of(run(avsPlanningRules, noClient, { settings: off }), 'prestation.client.absent')).toEqual([]);
  });

  it('switches a rule off, or gives it another severity, per the settings', () => {
    expect(of(run(avsPlanningRules, page), 'planningAvs.totalMois').map((f) => f.severity)).toEqual(['info']);
    const off = withRules({ 'planningAvs.totalMois': { enabled: false } });
    expect(of(run(avsPlanningRules, page, { settings: off }), 'planningAvs.totalMois')).toEqual([]);
    const louder = withRules({ 'planningAvs.totalMois': { enabled: true, severity: 'warning' } });
    expect(
      of(run(avsPlanningRules, page, { settings: louder }), 'planningAvs.totalMois').map((f) => f.severity),
    ).toEqual(['warning']);
  });
});
