/**
 * The one definition table of what the extension reads: every field's key, French labels (canonical
 * first, then default aliases), type and section scope. Admins extend it through settings
 * (extra aliases, section, bound element); nothing else in the code names a label.
 * Source: docs/spec/fields.md.
 */
import type { ListKey, PageKey } from './types';

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

const CLIENT_DEFINITION_FIELDS: FieldDef[] = [
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

const INTERVENANT_DEFINITION_FIELDS: FieldDef[] = table('intervenant.definition', [
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

/** A contrat de mandat opened as a form on the client's Contrats tab (one `mandat` record). */
const MANDAT_FORM_FIELDS: FieldDef[] = table('client.contrats', [
  ['mandat.intervenant', 'Intervenant; Intervenante; Salarié; AVS'],
  ['mandat.dateDebut', 'Date de début; Début; Date de début du contrat', 'date'],
  ['mandat.fraisGestion', 'Frais de gestion mensuels; Frais de gestion; Frais de gestion mensuel', 'amount'],
  ['mandat.coutSalarie', 'Coût du salarié mensuel; Coût salarié; Coût salarié mensuel', 'amount'],
  ['mandat.statut', 'Statut; État', 'select'],
]);

/** The contrat de travail window (tabs Général, Rémunération / horaires, Complément). */
export const CONTRAT_FIELDS: FieldDef[] = [
  ...table('intervenant.contrat', [
    ['contrat.employeur', 'Employeur; Particulier employeur'],
    ['contrat.type', 'Type de contrat de travail; Type de contrat', 'select'],
    ['contrat.motif', 'Motif du CDD; Motif de recours; Motif'],
    ['contrat.salarieRemplace', 'Salarié remplacé; Nom du salarié remplacé'],
    ['contrat.dateDebut', 'Date de début de contrat; Date de début', 'date'],
    ['contrat.dateFin', 'Date de fin de contrat; Date de fin', 'date'],
    ['contrat.convention', 'Convention collective applicable; Convention collective', 'select'],
    ['contrat.typeEmploi', "Type d'emploi; Emploi", 'select'],
  ]),
  // One label, two controls: the nature, then the exonération.
  {
    key: 'contrat.nature',
    page: 'intervenant.contrat',
    labels: ['Nature du contrat'],
    type: 'select',
    controlIndex: 0,
  },
  {
    key: 'contrat.exoneration',
    page: 'intervenant.contrat',
    labels: ['Nature du contrat', 'Exonération'],
    type: 'select',
    controlIndex: 1,
  },
  ...table('intervenant.contrat', [
    ['contrat.essaiDebut', "Début de la période d'essai; Période d'essai du; Début période d'essai", 'date'],
    ['contrat.essaiFin', "Fin de la période d'essai; Fin période d'essai; au", 'date'],
    ['contrat.essaiRenouvellement', "Renouvellement de la période d'essai; Renouvelable"],
    ['contrat.modeleEdition', "Modèle d'édition", 'select'],
    [
      'contrat.tauxHoraire',
      'Rémunération horaire; Taux horaire; Taux horaire brut; Salaire horaire brut; Taux',
      'amount',
    ],
    ['contrat.transport', 'Indemnités de transport; Indemnité de transport; Frais de transport'],
    [
      'contrat.volumeMensuel',
      "Volume horaire mensuel; Volume horaire mensuel sur 4,34 semaines; Nombre d'heures mensuelles; Heures mensuelles",
      'hours',
    ],
    ['contrat.repartition', 'Répartition des heures'],
    ['contrat.statut', 'Statut; État'],
  ]),
];

export const FIELD_DEFS: readonly FieldDef[] = [
  ...CLIENT_DEFINITION_FIELDS,
  ...INTERVENANT_DEFINITION_FIELDS,
  ...MANDAT_FORM_FIELDS,
  ...CONTRAT_FIELDS,
];

/** A column of a list page, found by its header text (canonical first, then default aliases). */
export interface ColumnDef {
  key: string;
  list: ListKey;
  labels: readonly string[];
  type: FieldType;
}

function columns(list: ListKey, rows: [key: string, labels: string, type?: FieldType][]): ColumnDef[] {
  return rows.map(([key, labels, type = 'text']) => ({
    key,
    list,
    labels: labels.split(';').map((l) => l.trim()),
    type,
  }));
}

export const LIST_COLUMNS: Record<ListKey, ColumnDef[]> = {
  prestation: columns('prestation', [
    ['prestation.date', 'Date', 'date'],
    ['prestation.debut', 'Heure de début; Début; De', 'hours'],
    ['prestation.fin', 'Heure de fin; Fin; À', 'hours'],
    ['prestation.duree', 'Durée', 'hours'],
    ['prestation.prestation', 'Prestation; Type; Service'],
    ['prestation.intervenant', 'Intervenant; Intervenante; Salarié'],
    ['prestation.client', 'Client; Bénéficiaire'],
    ['prestation.statut', 'Statut; État'],
  ]),
  mandat: columns('mandat', [
    ['mandat.intervenant', 'Intervenant; Intervenante; Salarié; AVS'],
    ['mandat.dateDebut', 'Date de début; Début; Date de début du contrat', 'date'],
    [
      'mandat.fraisGestion',
      'Frais de gestion mensuels; Frais de gestion; Frais de gestion mensuel',
      'amount',
    ],
    ['mandat.coutSalarie', 'Coût du salarié mensuel; Coût salarié; Coût salarié mensuel', 'amount'],
    ['mandat.statut', 'Statut; État'],
  ]),
  document: columns('document', [
    ['document.nom', 'Nom; Libellé; Document; Fichier'],
    ['document.type', 'Type; Catégorie; Répertoire'],
    ['document.date', 'Date; Ajouté le', 'date'],
  ]),
  contratTravail: columns('contratTravail', [
    ['contratTravail.employeur', 'Employeur'],
    ['contratTravail.type', 'Type; Type de contrat'],
    ['contratTravail.dateDebut', 'Date de début', 'date'],
    ['contratTravail.dateFin', 'Date de fin', 'date'],
    ['contratTravail.statut', 'Statut; État'],
  ]),
};

/** The list a page shows, if any. */
export const PAGE_LIST: Partial<Record<PageKey, ListKey>> = {
  'client.contrats': 'mandat',
  'client.planning': 'prestation',
  'intervenant.planning': 'prestation',
  'client.documents': 'document',
  'intervenant.documents': 'document',
  'intervenant.contrats': 'contratTravail',
};

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

/** The label of a list column (its first label), else its key. */
export function columnLabel(key: string): string {
  for (const cols of Object.values(LIST_COLUMNS)) {
    const c = cols.find((col) => col.key === key);
    if (c) return c.labels[0]!;
  }
  return key;
}

/** Whose page it is: a client's, an intervenant's (the contract window included), or neither. */
export function entityOf(page: PageKey): 'client' | 'intervenant' | null {
  if (page.startsWith('client.')) return 'client';
  if (page.startsWith('intervenant.') && page !== 'intervenant.documents') return 'intervenant';
  return null;
}
