import { describe, expect, it } from 'vitest';
import { EMAIL_TYPO_DOMAINS, emailSuspicion, isEmailSyntax, isPlaceholderText } from './email';

const AGENCY = 'unaide.fr';

describe('email syntax', () => {
  it.each([
    'jeanne.dupont@orange.fr',
    'j.dupont+ogust@gmail.com',
    ' paul_durand@free.fr ',
    "o'neil@laposte.net",
  ])('%s is valid', (e) => {
    expect(isEmailSyntax(e)).toBe(true);
  });
  it.each([
    'jeanne.dupont@',
    'jeanne dupont@orange.fr',
    'jeanne..dupont@orange.fr',
    'jeanne@orange',
    '@orange.fr',
    'jeanne@@orange.fr',
    'aucun',
  ])('%s is invalid', (e) => {
    expect(isEmailSyntax(e)).toBe(false);
  });
});

describe('suspect emails', () => {
  it.each([
    'aucun',
    'Aucune',
    'pas de mail',
    'PASDEMAIL',
    'noemail',
    'no-email',
    'Néant',
    'aucun@gmail.com',
    'pas.de.mail@orange.fr',
    'x@x.fr',
    'xx@xx.com',
    'a@orange.fr',
  ])('%s is a placeholder', (e) => {
    expect(emailSuspicion(e, AGENCY)).toContain('Email fictif');
  });

  it('flags the agency domain', () => {
    expect(emailSuspicion('contact@unaide.fr', AGENCY)).toContain('@unaide.fr');
    expect(emailSuspicion('contact@lyon.unaide.fr', '@Unaide.fr')).toContain("Adresse de l'agence");
    expect(emailSuspicion('contact@unaide.fr', '')).toBeNull();
  });

  it.each([
    ['jeanne@gmail.con', 'gmail.com'],
    ['jeanne@gmial.com', 'gmail.com'],
    ['jeanne@gamil.com', 'gmail.com'],
    ['jeanne@hotmial.fr', 'hotmail.fr'],
    ['jeanne@orange.con', 'orange.fr'],
    ['jeanne@wanadoo.con', 'wanadoo.fr'],
    ['Jeanne@OUTLOK.FR', 'outlook.fr'],
  ])('%s is a typo of %s', (e, meant) => {
    expect(emailSuspicion(e, AGENCY)).toContain(meant);
  });

  it.each(['jeanne.dupont@gmail.com', 'jeanne@gmail.fr', 'jeanne@free.fr', 'jeanne@orange.fr', 'jd@sfr.fr'])(
    '%s is fine',
    (e) => {
      expect(emailSuspicion(e, AGENCY)).toBeNull();
    },
  );

  it('keeps the typo list free of real domains', () => {
    for (const good of ['gmail.com', 'gmail.fr', 'free.fr', 'orange.fr', 'hotmail.fr', 'yahoo.fr']) {
      expect(EMAIL_TYPO_DOMAINS[good]).toBeUndefined();
    }
  });

  it('flags a part of one repeated character up to 3 characters, not longer, nor mixed', () => {
    for (const e of ['xxx@gmail.com', 'jeanne@xxx.fr', 'jeanne@x.fr']) {
      expect(emailSuspicion(e, AGENCY)).toBe(`Email fictif (« ${e} ») : demander une adresse réelle`);
    }
    for (const e of ['xxxx@gmail.com', 'jeanne@xxxx.fr', 'ab@gmail.com', 'jeanne@ab.fr', 'xxx']) {
      expect(emailSuspicion(e, AGENCY)).toBeNull();
    }
  });

  it('takes the agency domain in any case, with or without @, and only whole subdomains', () => {
    expect(emailSuspicion('contact@unaide.fr', ' @UNAIDE.FR ')).toBe(
      "Adresse de l'agence (@unaide.fr) : mettre l'email personnel",
    );
    expect(emailSuspicion('contact@notunaide.fr', AGENCY)).toBeNull();
  });

  it('recognises placeholder text without @', () => {
    expect(isPlaceholderText('pas de mail')).toBe(true);
    expect(isPlaceholderText('aucun@gmail.com')).toBe(false);
  });
});
