import { describe, expect, it } from 'vitest';
import { TASKS } from '../../../lib/i18n/tasks';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { dateRuleKinds, taskConditions } from '../../../lib/settings/task-templates';
import { prest } from '../../../tests/support/durand';
import { placeholderValues } from './model';
import { durand, TODAY } from '../../../tests/support/tasks-harness';

describe('template wording for the editor', () => {
  it('describes every placeholder the cards fill, every date rule and every condition', () => {
    const values = placeholderValues({
      dossier: durand(),
      settings: DEFAULT_SETTINGS,
      today: TODAY,
      answers: {},
    });
    expect(Object.keys(TASKS.placeholders).sort()).toEqual(Object.keys(values).sort());
    expect(Object.keys(TASKS.dateRules).sort()).toEqual([...dateRuleKinds].sort());
    expect(Object.keys(TASKS.conditions).sort()).toEqual([...taskConditions].sort());
  });
});

describe('Intervenantes in the task text', () => {
  it('names the AVS, not the placeholder of a visit with nobody', () => {
    const dossier = durand();
    dossier.client!.planning!.value.rows.push(prest('08/12/2026', '9h00', '2h00', 'Non affecté'));
    const values = placeholderValues({ dossier, settings: DEFAULT_SETTINGS, today: TODAY, answers: {} });
    expect(values.intervenantes).toBe('DUBOIS Laura, PETIT Sarah');
  });
});
