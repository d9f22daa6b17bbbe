import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  migrateSettings,
  parseSettings,
  parseSettingsReport,
} from './settings';

describe('parseSettings keeps valid values around an invalid one', () => {
  it('an invalid field falls back to its default, the others are kept', () => {
    const r = parseSettingsReport({
      version: SETTINGS_VERSION,
      userName: 'Camille Martin',
      agencyPhone: 42,
      delays: { retentionJours: 'trente', rappelRdvMinutes: 15 },
    });
    expect(r.settings.userName).toBe('Camille Martin');
    expect(r.settings.agencyPhone).toBe(DEFAULT_SETTINGS.agencyPhone);
    expect(r.settings.delays.retentionJours).toBe(30);
    expect(r.settings.delays.rappelRdvMinutes).toBe(15);
    expect(r.issues.map((i) => i.path.join('.')).sort()).toEqual(['agencyPhone', 'delays.retentionJours']);
  });

  it('drops only the bad entry of a list and of a record', () => {
    const s = parseSettings({
      rtuSectors: ['Nord', 3, 'Sud'],
      rules: { 'client.nir.format': { enabled: false }, 'client.iban.format': { severity: 'fatale' } },
      legal: { smicHoraire: [{ from: '2026-01-01', value: 12.02 }, { value: 13 }] },
    });
    expect(s.rtuSectors).toEqual(['Nord', 'Sud']);
    expect(s.rules['client.nir.format']).toEqual({ enabled: false });
    expect(s.rules['client.iban.format']).toEqual({ enabled: true });
    expect(s.legal.smicHoraire).toEqual([{ from: '2026-01-01', value: 12.02 }]);
  });

  it('a fallback replaces an invalid value instead of the default', () => {
    const r = parseSettingsReport({ agencyPhone: false }, { agencyPhone: '01 02 03 04 05' });
    expect(r.settings.agencyPhone).toBe('01 02 03 04 05');
  });

  it('non-objects give the defaults; the input is not modified', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('x')).toEqual(DEFAULT_SETTINGS);
    const input = { agencyPhone: 1, delays: { retentionJours: 'x' } };
    parseSettings(input);
    expect(input).toEqual({ agencyPhone: 1, delays: { retentionJours: 'x' } });
  });
});

describe('migrations', () => {
  it('unversioned settings (written before versions) are read as the current version', () => {
    const r = parseSettingsReport({ userName: 'Camille Martin' });
    expect(r.settings.version).toBe(SETTINGS_VERSION);
    expect(r.settings.userName).toBe('Camille Martin');
    expect(r.future).toBeUndefined();
  });

  it('runs each step from the stored version to the target, in order', () => {
    const migrations = {
      1: (raw: Record<string, unknown>) => ({ ...raw, phone: raw.tel, tel: undefined }),
      2: (raw: Record<string, unknown>) => ({ ...raw, agencyPhone: `+33 ${String(raw.phone)}` }),
    };
    const m = migrateSettings({ version: 1, tel: '3 75 00 10 20' }, migrations, 3);
    expect(m.from).toBe(1);
    expect(m.data).toMatchObject({ version: 3, agencyPhone: '+33 3 75 00 10 20' });
    expect(migrateSettings({ version: 2, phone: 'x' }, migrations, 3).data.agencyPhone).toBe('+33 x');
  });

  it('a future version is flagged and its known values still read', () => {
    const stored = { version: SETTINGS_VERSION + 5, userName: 'Camille Martin', nouveau: { a: 1 } };
    const r = parseSettingsReport(stored);
    expect(r.future).toBe(SETTINGS_VERSION + 5);
    expect(r.settings.userName).toBe('Camille Martin');
    expect(stored.version).toBe(SETTINGS_VERSION + 5);
  });
});

describe('help articles', () => {
  it('link the procedure’s two articles by default, and an empty address is kept (no link)', () => {
    expect(DEFAULT_SETTINGS.helpArticles).toEqual({
      contratPriseEnCharge:
        'https://unaide-a-domicile.xenoapp.help/hc/gestionnaire/contrat-de-prise-en-charge',
      creationContratTravail:
        'https://unaide-a-domicile.xenoapp.help/hc/gestionnaire/creation-d-un-contrat-de-travail',
    });
    expect(parseSettings({ helpArticles: { contratPriseEnCharge: '' } }).helpArticles).toEqual({
      contratPriseEnCharge: '',
      creationContratTravail:
        'https://unaide-a-domicile.xenoapp.help/hc/gestionnaire/creation-d-un-contrat-de-travail',
    });
  });
});
