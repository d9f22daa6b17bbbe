import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: {} }));

const { exportSettings, importSettings, toStored, exportFileName } = await import('./io');
const { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION } = await import('./settings');

const current = parseSettings({ userName: 'Camille Martin', rtuSectors: ['Nord'] });

describe('export', () => {
  it('exports the complete settings, which import back to the same', () => {
    const text = exportSettings({ userName: 'Camille Martin', delays: { retentionJours: 60 } });
    const file = JSON.parse(text);
    expect(file.version).toBe(SETTINGS_VERSION);
    expect(file.delays).toEqual({ ...DEFAULT_SETTINGS.delays, retentionJours: 60 });
    const r = importSettings(text, DEFAULT_SETTINGS);
    expect(r.ok && r.settings).toEqual(parseSettings(file));
    expect(exportFileName('2026-11-28')).toBe('dossier-conforme-reglages-2026-11-28.json');
  });

  it('exports settings of a newer version as stored', () => {
    const stored = { version: SETTINGS_VERSION + 1, nouveau: true, userName: 'X' };
    expect(JSON.parse(exportSettings(stored))).toEqual(stored);
  });
});

describe('import', () => {
  it('a partial file changes only what it contains', () => {
    const r = importSettings(
      '{ "agencyPhone": "01 23 45 67 89", "delays": { "retentionJours": 15 } }',
      current,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.agencyPhone).toBe('01 23 45 67 89');
    expect(r.settings.delays.retentionJours).toBe(15);
    expect(r.settings.delays.rappelRdvMinutes).toBe(DEFAULT_SETTINGS.delays.rappelRdvMinutes);
    expect(r.settings.userName).toBe('Camille Martin');
    expect(r.settings.rtuSectors).toEqual(['Nord']);
    expect(r.changed.sort(), r.changed.join()).toEqual(['agencyPhone', 'delays']);
  });

  it('an old (unversioned) file is migrated', () => {
    const r = importSettings('{ "userName": "Sophie Lambert" }', current);
    expect(r.ok && r.settings.userName).toBe('Sophie Lambert');
  });

  // The browser's own parse error is English (« Unexpected end of JSON input »): never shown.
  it.each([
    [
      'a cut-off file',
      '{ "userName": "A"',
      'Ce fichier n’est pas un fichier de réglages lisible : il s’arrête avant la fin (fichier incomplet). Exportez à nouveau les réglages et importez ce nouveau fichier.',
    ],
    [
      'a stray character',
      '{ "userName": "A" }x',
      'Ce fichier n’est pas un fichier de réglages lisible : caractère inattendu ligne 1, colonne 20. Corrigez le fichier à cet endroit, ou exportez à nouveau les réglages.',
    ],
    [
      'a missing quote on line 3',
      '{\n  "userName": "A",\n  agencyPhone: "01"\n}',
      'Ce fichier n’est pas un fichier de réglages lisible : caractère inattendu ligne 3, colonne 3. Corrigez le fichier à cet endroit, ou exportez à nouveau les réglages.',
    ],
    [
      'an empty file',
      '  ',
      'Ce fichier est vide : choisissez un fichier de réglages exporté depuis cette page.',
    ],
  ])('refuses %s in French, saying where and what to do', (_, text, message) => {
    expect(importSettings(text, current)).toEqual({ ok: false, errors: [message] });
  });

  it('reads Firefox’s parse error (a line and a column) the same way', () => {
    const firefox = (message: string) =>
      vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
        throw new SyntaxError(message);
      });
    firefox('JSON.parse: expected double-quoted property name at line 3 column 3 of the JSON data');
    expect(importSettings('{\n  "userName": "A",\n  agencyPhone: "01"\n}', current)).toEqual({
      ok: false,
      errors: [expect.stringContaining('caractère inattendu ligne 3, colonne 3.')],
    });
    firefox('JSON.parse: end of data while reading object contents at line 1 column 18 of the JSON data');
    expect(importSettings('{ "userName": "A"', current)).toEqual({
      ok: false,
      errors: [expect.stringContaining('il s’arrête avant la fin (fichier incomplet)')],
    });
  });

  it.each([
    ['not JSON', '{ userName: ', /^Ce fichier n’est pas un fichier de réglages lisible/],
    ['not an object', '[1, 2]', /doit contenir un objet/],
    [
      'a wrong type',
      '{ "delays": { "retentionJours": "trente" } }',
      /^delays\.retentionJours : attendu un nombre\.$/,
    ],
    [
      'a wrong enum',
      '{ "rules": { "client.nir.format": { "severity": "grave" } } }',
      /^rules\["client\.nir\.format"\]\.severity : valeur non permise \(valeurs possibles : "error", "warning", "info"\)\.$/,
    ],
    ['an unknown key', '{ "agencyPhon": "01" }', /^agencyPhon : réglage inconnu/],
    ['a newer version', `{ "version": ${SETTINGS_VERSION + 1} }`, /version plus récente/],
    ['a bad host', '{ "extraHosts": ["http://x.fr"] }', /^extraHosts\[0\] : « http:\/\/x\.fr »/],
    ['a bad URL pattern', '{ "idUrlPattern": "(" }', /^idUrlPattern : expression régulière invalide/],
    [
      'a dated value without an ISO date',
      '{ "legal": { "smicHoraire": [{ "from": "01/01/2027", "value": 12.5 }] } }',
      /^legal\.smicHoraire\[0\]\.from : « 01\/01\/2027 » n’est pas une date AAAA-MM-JJ\.$/,
    ],
    [
      'a bad dated value',
      '{ "legal": { "smicHoraire": [{ "from": "2027-01-01" }] } }',
      /^legal\.smicHoraire\[0\]\.value : attendu un nombre\.$/,
    ],
  ])('refuses %s with a French message', (_, text, message) => {
    const r = importSettings(text, current);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(
      r.errors.some((e) => message.test(e)),
      r.errors.join('\n'),
    ).toBe(true);
  });

  it('lists every problem of a bad file, bounded', () => {
    const many = JSON.stringify({ rtuSectors: Array.from({ length: 30 }, (_, i) => i) });
    const r = importSettings(many, current);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(21);
      expect(r.errors[20]).toMatch(/et 10 autre/);
    }
  });
});

describe('toStored', () => {
  it('keeps only what differs from the defaults', () => {
    const s = parseSettings({
      userName: 'Camille Martin',
      delays: { retentionJours: 60 },
      synonyms: {},
    });
    expect(toStored(s)).toEqual({
      version: SETTINGS_VERSION,
      userName: 'Camille Martin',
      delays: { retentionJours: 60 },
      synonyms: {},
    });
    expect(parseSettings(toStored(s))).toEqual(s);
    expect(toStored(DEFAULT_SETTINGS)).toEqual({ version: SETTINGS_VERSION });
  });
});

describe('toStored after a storage round trip', () => {
  it('stores nothing more when read settings are saved unchanged', () => {
    const s = parseSettings({ userName: 'A' });
    const again = parseSettings(JSON.parse(JSON.stringify(s)));
    expect(toStored(again)).toEqual({ version: SETTINGS_VERSION, userName: 'A' });
  });
});
