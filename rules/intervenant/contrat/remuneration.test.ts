import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { finding, ids } from '../../../tests/support/contracts';
import { NO_PLANNING, SETTINGS, fired, run } from '../../../tests/support/contrat-travail';

describe('contrat.tauxHoraire.minimum — dated SMIC and grid', () => {
  const taux = (
    start: string,
    rate: string,
    settings: Settings = DEFAULT_SETTINGS,
    typeEmploi = 'Assistante de vie B',
  ) =>
    finding(
      run(
        { dateDebut: start, essaiDebut: start, essaiFin: '', tauxHoraire: rate, typeEmploi },
        { dossier: NO_PLANNING, settings },
      ),
      'contrat.tauxHoraire.minimum',
    );

  it('uses the SMIC in force at the contract start (11,90 € on 31/12/2025 vs 01/01/2026)', () => {
    // Ended before today: only the start is judged.
    const ended = (start: string) =>
      finding(
        run(
          { dateDebut: start, essaiDebut: start, essaiFin: '', dateFin: '31/01/2026', tauxHoraire: '11,90' },
          { dossier: NO_PLANNING, settings: DEFAULT_SETTINGS },
        ),
        'contrat.tauxHoraire.minimum',
      );
    expect(ended('31/12/2025')).toBeUndefined();
    const f = taux('01/01/2026', '11,90');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('SMIC');
    expect(f?.message).toContain('12,02 €');
  });
  it('checks the grid value of the Type d’emploi when configured (normalised label)', () => {
    const f = taux('02/03/2026', '12,10', SETTINGS, 'ASSISTANTE DE VIE B');
    expect(f?.message).toContain('minimum conventionnel');
    expect(f?.message).toContain('12,30 €');
    expect(taux('02/03/2026', '12,10', SETTINGS, 'Assistante de vie C')).toBeUndefined();
    // Conforme at its start (no grid value before 2026), running today: to raise to the grid's 12,30 €.
    const g = taux('31/12/2025', '12,10', SETTINGS);
    expect(g?.severity).toBe('warning');
    expect(g?.message).toBe(
      'Taux horaire 12,10 € inférieur au minimum conventionnel « Assistante de vie B » en vigueur (12,30 €) : à revaloriser',
    );
  });
  it('a running contract is also checked against the SMIC in force today: 11,88 € from 02/03/2025, seen in March 2026', () => {
    const f = taux('02/03/2025', '11,88 €/h');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe('Taux horaire 11,88 € inférieur au SMIC en vigueur (12,02 €) : à revaloriser');
    // A CDD still running (ends after today) too; one ended before today is not.
    const cdd = (dateFin: string) =>
      finding(
        run(
          {
            type: 'CDD',
            motif: 'Surcroît',
            dateDebut: '02/03/2025',
            essaiDebut: '02/03/2025',
            essaiFin: '',
            dateFin,
            tauxHoraire: '11,88',
          },
          { dossier: NO_PLANNING, settings: DEFAULT_SETTINGS },
        ),
        'contrat.tauxHoraire.minimum',
      );
    expect(cdd('30/06/2026')?.severity).toBe('warning');
    expect(cdd('15/03/2026')?.severity).toBe('warning');
    expect(cdd('14/03/2026')).toBeUndefined();
    // At the SMIC in force today: nothing.
    expect(taux('02/03/2025', '12,02')).toBeUndefined();
  });
  it('an unreadable rate or volume is reported as unreadable, not as a SMIC or 48 h failure', () => {
    const r = run({ tauxHoraire: 'à voir', volumeMensuel: 'beaucoup' });
    expect(ids(r)).not.toContain('contrat.tauxHoraire.minimum');
    expect(ids(r)).not.toContain('contrat.volumeMensuel.max');
    expect(finding(r, 'contrat.tauxHoraire.invalid')?.message).toBe(
      'Taux horaire illisible : saisir le montant brut (ex. 12,02)',
    );
    expect(finding(r, 'contrat.volumeMensuel.invalid')?.message).toBe(
      "Volume horaire mensuel illisible : saisir un nombre d'heures (ex. 86,80)",
    );
  });
  it('is silent without a start date', () => {
    expect(taux('', '10,00')).toBeUndefined();
  });
});

describe('reglages.grille.*', () => {
  it('says when the Type d’emploi has no value in the grid', () => {
    const f = finding(run({ typeEmploi: 'Assistante de vie C' }), 'reglages.grille.absente');
    expect(f?.message).toContain('Assistante de vie C');
  });
});

describe('contrat.volumeMensuel.max', () => {
  it('uses the weekly factor and the 12-week average from settings', () => {
    const settings: Settings = {
      ...SETTINGS,
      legal: { ...SETTINGS.legal, moyenne12Semaines: [{ from: '2022-01-01', value: 40 }] },
    };
    expect(fired({ volumeMensuel: '180' }, { settings })).toContain('contrat.volumeMensuel.max');
    expect(fired({ volumeMensuel: '180' })).not.toContain('contrat.volumeMensuel.max');
  });
  it('allows 48 h × 4,34 = 208,32 h a month, not a minute more', () => {
    // 208,32 h = 208 h 19,2 min: 208 h 19 is 47,999… h a week, 208 h 20 is 48,003 h.
    expect(fired({ volumeMensuel: '208h19' })).not.toContain('contrat.volumeMensuel.max');
    expect(fired({ volumeMensuel: '208h20' })).toContain('contrat.volumeMensuel.max');
  });
});
