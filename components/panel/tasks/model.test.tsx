import { describe, expect, it } from 'vitest';
import { TASKS } from '../../../lib/i18n/tasks';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { dateRuleKinds, taskConditions } from '../../../lib/task-templates';
import { placeholderValues } from './model';
import { durand, TODAY } from './test-fixture';

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
