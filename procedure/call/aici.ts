/**
 * The AICI readiness of the client record (docs/spec/panel.md § 2): what the URSSAF registration
 * needs and is missing or invalid, and whether APA/PCH financing stands in the way.
 */
import { nameMatches } from '../../lib/text/identity';
import { birthIso } from '../../lib/validators/birth-date';
import { isEmailSyntax } from '../../lib/validators/email';
import { bicError } from '../../lib/validators/iban';
import { isFrance } from '../../lib/validators/nir';
import { isMobile } from '../../lib/validators/phone';
import type { DossierView } from '../../lib/model/dossier';
import { CALL } from '../../lib/i18n/call';
import { cleanText, normValue } from '../../lib/text/normalize';
import { valueAt, type Settings } from '../../lib/settings/settings';
import { CALL_KEYS, clientDisplayName, yesNo, type CallAnswers } from './answers';

export type AiciField = keyof typeof CALL.aici.fields;

export interface AiciProblem {
  field: AiciField;
  label: string;
  /** « à vérifier dans Ogust », « manquant », or what is wrong. */
  problem: string;
}

export type AiciReadiness =
  | { state: 'notRead'; apaPchWarning: boolean; apaPch: boolean }
  | { state: 'read'; problems: AiciProblem[]; apaPchWarning: boolean; apaPch: boolean };

/**
 * What the URSSAF registration needs and is missing or invalid in the client record. A field absent
 * from the page (not in the record) is « à vérifier dans Ogust »; the IBAN's validity comes from the
 * stored finding `client.iban.invalid` (the store keeps only the masked IBAN).
 */
export function aiciReadiness(
  dossier: DossierView,
  findingRules: readonly string[],
  settings: Settings,
  today: string,
  answers: CallAnswers,
): AiciReadiness {
  // The dated setting says whether URSSAF excludes APA/PCH clients at this date: warn whenever it does,
  // and say so more strongly when the client appears financed by APA or PCH.
  const excl = valueAt(settings.legal.aiciExclutApaPch, today) === true;
  const v = dossier.client?.definition?.value;
  const exo = normValue(v?.['client.exoneration'] ?? '');
  const cat = settings.exonerationCategories;
  const apaPch =
    yesNo(answers, CALL_KEYS.dossierApa) === 'oui' ||
    (!!exo && [...cat.apa, ...cat.pch].some((w) => normValue(w) === exo));
  const apaPchWarning = excl;
  if (!v) return { state: 'notRead', apaPchWarning, apaPch };

  const problems: AiciProblem[] = [];
  const L = CALL.aici.fields;
  const push = (field: AiciField, problem: string) => problems.push({ field, label: L[field], problem });
  /** Value when present and filled; records absent / empty problems. */
  const need = (field: AiciField, key = `client.${field}`): string | undefined => {
    if (!(key in v)) {
      push(field, CALL.aici.aVerifier);
      return undefined;
    }
    const value = cleanText(v[key] ?? '');
    if (!value) {
      push(field, CALL.aici.manquant);
      return undefined;
    }
    return value;
  };

  const civilite = need('civilite');
  // Nom de naissance: for M., empty means « = nom ».
  const isMonsieur = !!civilite && /^(m|mr|monsieur)\.?$/i.test(civilite);
  if (!('client.nomNaissance' in v)) push('nomNaissance', CALL.aici.aVerifier);
  else if (!cleanText(v['client.nomNaissance'] ?? '') && !isMonsieur)
    push('nomNaissance', CALL.aici.manquant);
  need('prenom');
  const naissance = need('dateNaissance');
  if (naissance && !birthIso(naissance, today)) push('dateNaissance', CALL.aici.invalid.dateNaissance);
  const pays = need('paysNaissance');
  // Born in France, or country unknown yet (the common case): département and commune are needed.
  if (!pays || isFrance(pays) !== false) {
    need('departementNaissance');
    need('lieuNaissance');
  }
  need('adresse');
  const email = need('email');
  if (email && !isEmailSyntax(email)) push('email', CALL.aici.invalid.email);
  const mobile = need('telPortable');
  if (mobile && !isMobile(mobile)) push('telPortable', CALL.aici.invalid.telPortable);
  if (
    need('iban') &&
    findingRules.some((r) => r === 'client.iban.invalid' || r.startsWith('client.iban.invalid.'))
  )
    push('iban', CALL.aici.invalid.iban);
  const bic = need('bic');
  if (bic && bicError(bic)) push('bic', CALL.aici.invalid.bic);
  const titulaire = need('titulaireCompte');
  const client = clientDisplayName(dossier);
  if (titulaire && client && !nameMatches(titulaire, client))
    push('titulaireCompte', CALL.aici.invalid.titulaireCompte(client));
  return { state: 'read', problems, apaPchWarning, apaPch };
}
