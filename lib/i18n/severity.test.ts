/**
 * One set of severity words everywhere a person reads them (overlay, panel, options, report):
 * Erreur, À vérifier, Conseil.
 */
import { describe, expect, it } from 'vitest';
import { SEVERITY_LABEL } from './common';
import { ENUM_LABELS, OPTIONS } from './options';
import { PANEL } from './panel';

const WORDS = { error: 'Erreur', warning: 'À vérifier', info: 'Conseil' };

describe('severity words', () => {
  it('are Erreur, À vérifier, Conseil in the overlay, the panel and the options', () => {
    expect(SEVERITY_LABEL).toEqual(WORDS);
    const pick = (o: Record<string, string>) => ({ error: o.error, warning: o.warning, info: o.info });
    expect(pick(PANEL.status)).toEqual(WORDS);
    expect(pick(OPTIONS.severities)).toEqual(WORDS);
    expect(pick(ENUM_LABELS)).toEqual(WORDS);
  });
});
