import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings';
import { effectiveSettings, isLocked, policyOf } from './policy';

const local = parseSettings({
  userName: 'Camille Martin',
  agencyPhone: '01 00 00 00 00',
  rtuSectors: ['Nord'],
  delays: { retentionJours: 60, rappelRdvMinutes: 15 },
  rules: { 'client.nir.format': { enabled: false } },
});

describe('effectiveSettings', () => {
  it('without a policy, the user settings are used as they are', () => {
    expect(effectiveSettings(local, undefined)).toBe(local);
    expect(effectiveSettings(local, {})).toBe(local);
    expect(effectiveSettings(local, 'nonsense')).toBe(local);
  });

  it('policy values win, key by key inside groups; lists are replaced', () => {
    const s = effectiveSettings(local, {
      agencyPhone: '03 75 00 10 20',
      rtuSectors: ['Sud', 'Est'],
      delays: { retentionJours: 14 },
      rules: { 'client.iban.format': { severity: 'warning' } },
    });
    expect(s.agencyPhone).toBe('03 75 00 10 20');
    expect(s.rtuSectors).toEqual(['Sud', 'Est']);
    expect(s.delays.retentionJours).toBe(14);
    expect(s.delays.rappelRdvMinutes).toBe(15);
    expect(s.rules['client.nir.format']).toEqual({ enabled: false });
    expect(s.rules['client.iban.format']).toEqual({ enabled: true, severity: 'warning' });
  });

  it('never takes the user name or the version from a policy', () => {
    const s = effectiveSettings(local, { userName: 'Quelqu’un', version: 99, agencyEmailDomain: 'x.fr' });
    expect(s.userName).toBe('Camille Martin');
    expect(s.version).toBe(DEFAULT_SETTINGS.version);
    expect(s.agencyEmailDomain).toBe('x.fr');
  });

  it('an invalid policy value is ignored and the user value stays', () => {
    const s = effectiveSettings(local, { delays: { retentionJours: 'jamais', rappelRdvMinutes: 5 } });
    expect(s.delays.retentionJours).toBe(60);
    expect(s.delays.rappelRdvMinutes).toBe(5);
  });
});

describe('isLocked', () => {
  const managed = {
    agencyPhone: 'x',
    delays: { retentionJours: 14 },
    legal: { smicHoraire: [] },
    fields: {},
  };
  it('locks what the policy sets, below and above it', () => {
    expect(isLocked(managed, ['agencyPhone'])).toBe(true);
    expect(isLocked(managed, ['delays', 'retentionJours'])).toBe(true);
    expect(isLocked(managed, ['delays'])).toBe(true);
    expect(isLocked(managed, ['delays', 'rappelRdvMinutes'])).toBe(false);
    expect(isLocked(managed, ['legal', 'smicHoraire', '0'])).toBe(true);
    expect(isLocked(managed, ['fields'])).toBe(false);
    expect(isLocked(managed, ['userName'])).toBe(false);
    expect(isLocked(undefined, ['agencyPhone'])).toBe(false);
    expect(isLocked({ userName: 'x' }, ['userName'])).toBe(false);
  });
  it('policyOf drops personal keys', () => {
    expect(policyOf({ userName: 'x', version: 2, agencyPhone: 'y' })).toEqual({ agencyPhone: 'y' });
  });
});
