/**
 * The one definition table of what the extension reads: every field's key, French labels (canonical
 * first, then default aliases), type and section scope. Admins extend it through settings
 * (extra aliases, section, bound element); nothing else in the code names a label.
 * Source: ../shared/spec/fields.md.
 */
import type { PageKey } from './types';

export type FieldType = 'text' | 'select' | 'date' | 'amount' | 'hours';

export interface SectionScope {
  /** Read only inside a section whose heading is one of these. */
  in?: string[];
  /** Never read inside a section whose heading is one of these. */
  notIn?: string[];
}

export interface FieldDef {
  key: string;
  page: PageKey;
  /** Canonical label first (messages, page recognition), then default aliases. */
  labels: readonly string[];
  type: FieldType;
  section?: SectionScope;
  /** Which control under the label when one label holds several (0 = first). */
  controlIndex?: number;
}

const INTERLOCUTEUR_SECTIONS = ['Interlocuteur principal', 'Interlocuteurs', 'Contact principal'];
const OUTSIDE_INTERLOCUTEUR: SectionScope = { notIn: INTERLOCUTEUR_SECTIONS };
const IN_INTERLOCUTEUR: SectionScope = { in: INTERLOCUTEUR_SECTIONS };

type Row = [key: string, labels: string, type?: FieldType, section?: SectionScope];

function table(page: PageKey, rows: Row[], scope?: SectionScope): FieldDef[] {
  return rows.map(([key, labels, type = 'text', section]) => ({
    key,
    page,
    labels: labels.split(';').map((l) => l.trim()),
    type,
    ...((section ?? scope) ? { section: section ?? scope } : {}),
  }));
}

export const CLIENT_DEFINITION_FIELDS: FieldDef[] = [
  ...table(
    'client.definition',
    [
      ['client.typeClient', 'Type de client; Type; Statut', 'select'],
      ['client.codeClient', 'Code client'],
      ['client.civilite', 'Civilité', 'select'],
      ['client.nom', 'Nom'],
      ['client.prenom', 'Prénom'],
      ['client.nomNaissance', 'Nom de naissance; Nom de jeune fille'],
      ['client.dateNaissance', 'Date de naissance; Né(e) le', 'date'],
      ['client.lieuNaissance', 'Lieu de naissance; Commune de naissance; Ville de naissance'],
      ['client.departementNaissance', 'Département de naissance'],
      ['client.paysNaissance', 'Pays de naissance', 'select'],
      [
        'client.nir',
        'N° de sécurité sociale; Numéro de sécurité sociale; Numéro de sécurité social; N° SS; NIR; N° Sécu',
      ],
      ['client.exoneration', "Type d'exonération; Exonération", 'select'],
      ['client.origine', 'Origine', 'select'],
      ['client.parrain', 'Parrain; Parrainage; Apporteur', 'select'],
      ['client.modePaiement', 'Mode de paiement; Mode de règlement', 'select'],
      ['client.iban', 'IBAN; RIB; Coordonnées bancaires'],
      ['client.bic', 'BIC'],
      ['client.titulaireCompte', 'Titulaire du compte; Titulaire'],
      [
        'client.dateSignatureMandat',
        'Date de signature du mandat; Date signature mandat; Signature du mandat; Date du mandat',
        'date',
      ],
      ['client.rum', 'RUM; Référence unique de mandat; Référence du mandat'],
      ['client.secteur', 'Secteur', 'select'],
      ['client.adresse', 'Adresse principale; Adresse'],
      ['client.codePostal', 'Code postal; CP'],
      ['client.ville', 'Ville; Commune'],
      ['client.latitude', 'Latitude'],
      ['client.longitude', 'Longitude'],
      ['client.geolocalisation', 'Géolocalisation; Coordonnées GPS; Géolocalisé'],
      ['client.telPortable', 'Téléphone portable; Portable; Tél. portable; Mobile'],
      ['client.telFixe', 'Téléphone fixe; Téléphone; Tél. fixe; Fixe'],
      ['client.email', 'Email; E-mail; Courriel; Adresse e-mail'],
      ['client.gerePar', 'Géré par', 'select'],
    ],
    OUTSIDE_INTERLOCUTEUR,
  ),
  ...table(
    'client.definition',
    [
      ['client.interlocuteur.nom', 'Nom; Nom et prénom; Nom prénom'],
      ['client.interlocuteur.prenom', 'Prénom'],
      ['client.interlocuteur.role', 'Rôle; Lien; Qualité; Lien de parenté'],
      ['client.interlocuteur.telephone', 'Téléphone; Portable; Tél.'],
      ['client.interlocuteur.email', 'Email; E-mail; Courriel'],
    ],
    IN_INTERLOCUTEUR,
  ),
];

export const INTERVENANT_DEFINITION_FIELDS: FieldDef[] = table('intervenant.definition', [
  ['intervenant.matricule', 'Matricule'],
  ['intervenant.nature', 'Nature', 'select'],
  ['intervenant.civilite', 'Civilité', 'select'],
  ['intervenant.nom', 'Nom'],
  ['intervenant.prenom', 'Prénom'],
  ['intervenant.dateNaissance', 'Date de naissance', 'date'],
  ['intervenant.nir', 'N° de sécurité sociale; Numéro de sécurité sociale; N° SS; NIR'],
  ['intervenant.lieuNaissance', 'Lieu de naissance; Commune de naissance; Ville de naissance'],
  ['intervenant.departementNaissance', 'Département de naissance; Dépt de naissance'],
  ['intervenant.paysNaissance', 'Pays de naissance', 'select'],
  ['intervenant.nationalite', 'Nationalité', 'select'],
  ['intervenant.origine', 'Origine', 'select'],
  ['intervenant.iban', 'IBAN; RIB'],
  ['intervenant.bic', 'BIC'],
  ['intervenant.secteur', 'Secteur', 'select'],
  ['intervenant.email', 'Email; E-mail; Courriel'],
  ['intervenant.telPortable', 'Téléphone portable; Portable; Mobile; Téléphone'],
  ['intervenant.gerePar', 'Géré par', 'select'],
]);

export const FIELD_DEFS: readonly FieldDef[] = [
  ...CLIENT_DEFINITION_FIELDS,
  ...INTERVENANT_DEFINITION_FIELDS,
];

export function fieldsOfPage(page: PageKey): FieldDef[] {
  return FIELD_DEFS.filter((f) => f.page === page);
}

const BY_KEY = new Map(FIELD_DEFS.map((f) => [f.key, f]));
export function fieldDef(key: string): FieldDef | undefined {
  return BY_KEY.get(key);
}

/** The canonical (first) label of a field, used in French messages. */
export function canonicalLabel(key: string): string {
  return BY_KEY.get(key)?.labels[0] ?? key;
}
