/** French wording of the options page, import/export and policy messages, in one place for review. */
import { SEVERITY_LABEL } from './common';

export const OPTIONS = {
  title: 'Réglages — Dossier conforme',
  intro:
    'Tout a une valeur par défaut : l’analyse fonctionne sans rien régler. Les modifications s’appliquent aux pages Ogust dès l’enregistrement.',
  save: 'Enregistrer',
  saved: 'Réglages enregistrés.',
  unsaved: 'Modifications non enregistrées.',
  saveFailed:
    'Les réglages n’ont pas pu être enregistrés : réessayez. Si cela se reproduit, exportez-les (« Exporter les réglages »), puis redémarrez le navigateur.',
  loadFailed: 'Les réglages n’ont pas pu être lus : rechargez cette page.',
  cannotSave: 'À corriger avant d’enregistrer :',
  cancel: 'Annuler les modifications',
  loading: 'Chargement des réglages…',
  firstRun:
    'Bienvenue ! Indiquez votre nom tel qu’il apparaît dans la liste « Géré par » d’Ogust. Vous pouvez aussi le faire plus tard : l’analyse fonctionne déjà.',
  future: (version: number) =>
    `Ces réglages ont été enregistrés par une version plus récente de l’extension (format ${version}). Ils sont conservés tels quels et affichés sans pouvoir être modifiés ici : mettez l’extension à jour.`,
  repaired:
    'Certains réglages enregistrés étaient invalides : ils sont remplacés par leur valeur par défaut.',
  locked: 'Fixé par votre organisation',
  lockedHint: 'Valeur imposée par la stratégie de votre organisation : elle ne peut pas être modifiée ici.',
  policyActive:
    'Certains réglages sont imposés par votre organisation (stratégie d’entreprise) : ils sont verrouillés.',
  sections: {
    user: 'Vous',
    agency: 'L’agence',
    hosts: 'Adresses Ogust et Unaide Connect',
    reading: 'Lecture des pages',
    delays: 'Délais, conservation et tolérances',
    contrat: 'Contrats',
    rules: 'Contrôles',
    legal: 'Valeurs légales datées',
    tasks: 'Modèles de tâches',
    advanced: 'Réglages avancés',
    other: 'Autres réglages',
    io: 'Exporter, importer',
  },
  userName: 'Votre nom',
  userNameHint:
    'Tel qu’il apparaît dans la liste « Géré par » d’Ogust (ex. Camille Martin). Utilisé par les contrôles « Géré par », le script d’appel et les tâches.',
  // Generic editors
  addItem: 'Ajouter',
  removeItem: 'Supprimer',
  onePerLine: 'Une valeur par ligne.',
  newKey: 'Nouvelle clé',
  keyExists: 'Cette clé existe déjà.',
  keyEmpty: 'Indiquez une clé.',
  notANumber: 'Indiquez un nombre (ex. 12,02).',
  badDate: 'Date au format AAAA-MM-JJ.',
  badRegex: 'Expression régulière invalide.',
  none: '(aucune)',
  item: (n: number) => `Élément ${n}`,
  // Dated legal values
  datedFrom: 'En vigueur à partir du',
  datedValue: 'Valeur',
  newestValue: (date: string) => `Valeur la plus récente : depuis le ${date}.`,
  newestLegal: (date: string) =>
    `Valeur légale la plus récente : ${date}. Vérifiez sur Légifrance / service-public.fr qu’aucune valeur plus récente n’est parue.`,
  noDatedValue: 'Aucune valeur : ajoutez-en une avec sa date d’effet.',
  // Rules
  rulesIntro:
    'Chaque contrôle peut être désactivé ou recevoir une autre gravité. La liste vient du catalogue des règles de l’extension.',
  ruleEnabled: 'Actif',
  ruleSeverity: 'Gravité',
  ruleDefault: (s: string) => `Par défaut (${s})`,
  ruleFilter: 'Filtrer les contrôles',
  severities: { ...SEVERITY_LABEL } as Record<string, string>,
  // Hosts
  extraHostsLabel: 'Autres adresses Ogust de l’agence',
  extraHostsHint:
    'Si l’Ogust de l’agence est sur un autre domaine que ogust.com. Le navigateur demande l’autorisation pour chaque adresse ajoutée ; elle est retirée quand l’adresse est supprimée.',
  extraHostInput: 'Adresse à ajouter (ex. ogust.mon-agence.fr)',
  hostGranted: 'Autorisé',
  hostNotGranted: 'Non autorisé',
  grant: 'Autoriser',
  hostRefused:
    'Autorisation refusée par le navigateur : l’adresse n’a pas été ajoutée. Cliquez à nouveau sur « Ajouter » et acceptez la demande du navigateur.',
  hostDuplicate: 'Cette adresse est déjà dans la liste.',
  hostKept: (pattern: string) =>
    `Le navigateur a gardé l’autorisation de ${pattern} : retirez-la dans la page de l’extension du navigateur (Autorisations, Accès aux sites).`,
  hostProblems: {
    empty: 'Indiquez une adresse.',
    invalid: 'Adresse invalide : indiquez un nom de domaine (ex. ogust.mon-agence.fr ou *.mon-agence.fr).',
    http: 'Seules les adresses https sont acceptées.',
  } as Record<string, string>,
  connectHostLabel: 'Adresse d’Unaide Connect',
  connectHostHint: 'Demandée comme autorisation facultative, seulement quand vous cliquez sur « Autoriser ».',
  // Import / export
  export: 'Exporter les réglages (fichier JSON)',
  import: 'Importer un fichier de réglages',
  importOk: 'Réglages importés et enregistrés.',
  importRefused: 'Fichier refusé, aucun réglage n’a été modifié :',
  ioHint:
    'L’export contient vos réglages (sans les données des dossiers). Un fichier importé partiel ne change que les réglages qu’il contient.',
} as const;

/** Problems of an imported file (French, path + problem). */
/** « Effacer toutes les données » (SECURITY.md: what is kept, where, for how long). */
export const CLEAR_DATA = {
  title: 'Données enregistrées sur cet ordinateur',
  retention: (days: number) =>
    `Les dossiers lus (projection : NIR et IBAN masqués) et ce que vous avez saisi pour chaque dossier (script d’appel, cases cochées, tâches, rendez-vous) restent uniquement dans ce navigateur, ${days} jours après la dernière activité du dossier. Les réglages ne sont pas concernés.`,
  button: 'Effacer toutes les données',
  confirm: 'Effacer définitivement les dossiers et les saisies ?',
  confirmButton: 'Oui, tout effacer',
  cancel: 'Annuler',
  done: 'Toutes les données des dossiers ont été effacées.',
  failed:
    'L’effacement n’a pas abouti : réessayez. Si cela se reproduit, redémarrez le navigateur puis recommencez.',
};

/** Descriptions of the derived « absent » rules in the rule list. */
export const OPTIONS_RULES = {
  absentField: (label: string) => `${label} : absent de la page`,
  absentColumn: (label: string) => `Colonne « ${label} » absente de la liste`,
};

/** Where a rule's finding is shown (rules/catalogue.ts; docs/spec/rules.md, « Where a finding is shown »). */
export const RULE_SHOWN = {
  field: (label: string) => `le champ « ${label} »`,
  fields: (labels: readonly string[]) =>
    `les champs vides parmi ${labels.map((l) => `« ${l} »`).join(', ')}, sinon le résumé`,
  rows: 'les lignes concernées, sinon le résumé',
  summary: 'le résumé',
};

/** Why the one settings writer (lib/platform/storage.ts `writeSettings`) wrote nothing. */
export const SETTINGS_WRITE = {
  /** The browser refused to read or write the settings. */
  failed: OPTIONS.saveFailed,
  newer:
    'Réglages non modifiés : ils ont été enregistrés par une version plus récente de l’extension. Mettez l’extension à jour.',
  refused: (problems: readonly string[]) =>
    `Réglage refusé, rien n’a été enregistré : ${problems.join(' ')} Corrigez la valeur et recommencez.`,
  notKept:
    'Réglage refusé, rien n’a été enregistré : cette valeur n’est pas permise. Vérifiez-la et recommencez.',
};

export const IMPORT_ERRORS = {
  notJson: (line: number, column: number) =>
    `Ce fichier n’est pas un fichier de réglages lisible : caractère inattendu ligne ${line}, colonne ${column}. Corrigez le fichier à cet endroit, ou exportez à nouveau les réglages.`,
  truncated:
    'Ce fichier n’est pas un fichier de réglages lisible : il s’arrête avant la fin (fichier incomplet). Exportez à nouveau les réglages et importez ce nouveau fichier.',
  empty: 'Ce fichier est vide : choisissez un fichier de réglages exporté depuis cette page.',
  unreadable: 'Le fichier n’a pas pu être lu : choisissez-le à nouveau.',
  notObject: 'Le fichier doit contenir un objet de réglages ({ … }).',
  tooBig: 'Fichier trop volumineux pour des réglages (plus de 2 Mo).',
  future: (version: number) =>
    `Ce fichier vient d’une version plus récente de l’extension (format ${version}) : mettez l’extension à jour avant de l’importer.`,
  unknownKey: (path: string) => `${path} : réglage inconnu (faute de frappe ?).`,
  at: (path: string, problem: string) => `${path} : ${problem}.`,
  badHost: (path: string, value: string) => `${path} : « ${value} » n’est pas une adresse https valide.`,
  badRegex: (path: string) => `${path} : expression régulière invalide.`,
  badDate: (path: string, value: string) => `${path} : « ${value} » n’est pas une date AAAA-MM-JJ.`,
  more: (n: number) => `… et ${n} autre(s) problème(s).`,
};

const TYPES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'vrai ou faux (true / false)',
  array: 'une liste [ … ]',
  object: 'un objet { … }',
  record: 'un objet { … }',
};

/** One zod issue → French (the problem only; the path is added by the caller). */
export function issueProblem(issue: {
  code: string;
  expected?: string;
  values?: readonly unknown[];
}): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'undefined'
        ? 'valeur en trop'
        : `attendu ${TYPES[issue.expected ?? ''] ?? issue.expected ?? 'une autre valeur'}`;
    case 'invalid_value':
      return `valeur non permise (valeurs possibles : ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')})`;
    case 'too_small':
      return 'valeur trop petite ou liste trop courte';
    case 'too_big':
      return 'valeur trop grande ou liste trop longue';
    case 'invalid_format':
      return 'format invalide';
    case 'unrecognized_keys':
      return 'clé inconnue';
    case 'invalid_key':
      return 'clé invalide';
    case 'invalid_union':
      return 'valeur d’un type non prévu';
    default:
      return 'valeur invalide';
  }
}

/** A settings path for people: `delays.retentionJours`, `legal.smicHoraire[1].value`, `rules["client.nir.format"]`. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(p))) out += out ? `.${String(p)}` : String(p);
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out || '(racine)';
}

/**
 * Labels of the settings, by path (`.` between keys, `[]` for a list item, `*` for a record entry).
 * A setting without a label here shows its key (so a new setting is visible before it is named).
 */
export const SETTING_LABELS: Record<string, string> = {
  agencyPhone: 'Numéro de téléphone de l’agence (donné aux clients)',
  agencyEmailDomain:
    'Domaine email de l’agence (une adresse de ce domaine sur une fiche client est un bouche-trou)',
  rtuSectors: 'Secteurs du responsable territorial (contrôle RTU)',
  helpArticles: 'Articles d’aide de l’agence',
  'helpArticles.contratPriseEnCharge': 'Adresse de l’article « contrat de prise en charge »',
  'helpArticles.creationContratTravail': 'Adresse de l’article « création d’un contrat de travail »',
  synonyms: 'Synonymes de valeurs, par champ',
  'synonyms.*': 'Valeur canonique → autres écritures',
  'synonyms.*.*': 'Autres écritures',
  exonerationCategories: 'Catégories d’exonération du client (valeurs Ogust reconnues)',
  'exonerationCategories.aucune': 'Aucune exonération',
  'exonerationCategories.plus70': '+70 ans',
  'exonerationCategories.apa': 'APA',
  'exonerationCategories.pch': 'PCH',
  prestationKinds: 'Types de prestation (mots-clés dans le libellé « Prestation »)',
  'prestationKinds.presentation': 'Présentation',
  'prestationKinds.presenceNuit': 'Présence de nuit',
  'prestationKinds.gardeNuit': 'Garde de nuit',
  'prestationKinds.presenceNuitWeight': 'Poids d’une présence de nuit dans le temps de travail (0 à 1)',
  documentKeywords: 'Mots-clés des documents',
  'documentKeywords.devis': 'Devis',
  'documentKeywords.mandatPrelevement': 'Mandat de prélèvement',
  emptyPlaceholders:
    'Valeurs qui tiennent lieu de vide (« — », « Non renseigné », « N.C. »…) : un champ qui les affiche est lu vide',
  unassignedWords:
    'Intervenant « personne » (« Non affecté », « À pourvoir »…) : une prestation qui l’affiche est sans intervenante',
  fields: 'Champs : libellés supplémentaires, section, élément associé',
  'fields.*.aliases': 'Libellés supplémentaires',
  'fields.*.sectionIn': 'Lire seulement dans ces sections (titres)',
  'fields.*.binding': 'Élément associé (fait avec l’inspecteur)',
  pages: 'Pages reconnues par leur adresse (motif d’URL → page)',
  'pages[].pattern': 'Motif d’adresse (expression régulière)',
  'pages[].page': 'Page',
  delays: 'Délais et conservation',
  'delays.essaiSuiviJours': 'Suivi de période d’essai : jours avant la fin de l’essai',
  'delays.rappelRdvMinutes': 'Rappel de rendez-vous : minutes avant',
  'delays.suiviClientJours': 'Tâche « Suivi client » : jours après la première prestation',
  'delays.retentionJours': 'Conservation des dossiers : jours après la dernière activité',
  'delays.maxDossiers':
    'Dossiers gardés au plus (clients, et autant d’intervenants) : les moins récemment consultés sont effacés en premier',
  'delays.creditImpotJour': 'Tâche « Crédit d’impôt » : jour',
  'delays.creditImpotMois': 'Tâche « Crédit d’impôt » : mois',
  tolerances: 'Tolérances',
  'tolerances.horizonJours': 'Horizon du planning (jours)',
  'tolerances.heuresPourcent': 'Écart d’heures toléré (%)',
  contrat: 'Choix de l’agence pour les contrats',
  'contrat.convention': 'Convention collective (libellés acceptés)',
  'contrat.typeEmploiDefaut': 'Type d’emploi par défaut',
  'contrat.nature': 'Nature du contrat',
  'contrat.employeurPrestataire': 'Employeur prestataire',
  'contrat.exoneration': 'Exonération à mettre au contrat selon la catégorie du client',
  'contrat.exoneration.aucune': 'Aucune exonération',
  'contrat.exoneration.plus70': '+70 ans',
  'contrat.exoneration.apa': 'APA',
  'contrat.exoneration.pch': 'PCH',
  legal: 'Valeurs légales',
  'legal.smicHoraire': 'SMIC horaire brut (€)',
  'legal.grille': 'Taux horaire conventionnel minimum par type d’emploi (€, IDCC 3239)',
  'legal.maxHeuresSemaine': 'Durée maximale sur une semaine (h)',
  'legal.moyenne12Semaines': 'Moyenne maximale sur 12 semaines (h)',
  'legal.reposHebdoHeures': 'Repos hebdomadaire (heures consécutives)',
  'legal.semainesParMois': 'Semaines par mois',
  'legal.aiciExclutApaPch': 'Avance immédiate : clients APA/PCH exclus',
  taskTemplates: 'Modèles de tâches (Unaide Connect)',
  'taskTemplates[].id': 'Identifiant',
  'taskTemplates[].titre': 'Titre',
  'taskTemplates[].categorie': 'Catégorie',
  'taskTemplates[].priorite': 'Priorité',
  'taskTemplates[].destinataire': 'À destination de',
  'taskTemplates[].gerePar': 'Géré par',
  'taskTemplates[].description': 'Description (avec {repères})',
  'taskTemplates[].date': 'Date d’exécution',
  'taskTemplates[].date.kind': 'Règle de date',
  'taskTemplates[].date.jours': 'Jours',
  'taskTemplates[].date.jour': 'Jour',
  'taskTemplates[].date.mois': 'Mois',
  'taskTemplates[].condition': 'Condition',
  'taskTemplates[].recurrence': 'Récurrence',
  idUrlPattern: 'Motif d’adresse donnant l’identifiant d’une fiche (expression régulière)',
  intervenantUrlPattern: 'Motif d’adresse des pages intervenant (expression régulière)',
};

/** French names of enum values shown in selects (the stored value stays the code). */
export const ENUM_LABELS: Record<string, string> = {
  today: 'Le jour même',
  vendrediApresPremierePrestation: 'Le vendredi après la 1re prestation',
  suiviEssai: 'Fin de la période d’essai moins N jours',
  finPremierMois: 'Fin du mois de la 1re prestation',
  jourMoisSuivant: 'Jour J du mois suivant la 1re prestation',
  joursApresPremierePrestation: 'N jours après la 1re prestation',
  jourAnneeSuivante: 'Jour J du mois M de l’année suivante',
  toujours: 'Toujours',
  demandeAici: 'Si une AICI est demandée',
  aideFinanciere: 'Si une aide financière est demandée',
  ...SEVERITY_LABEL,
};
