/** French wording of the Tâches view (task cards, copy, autofill of the Unaide Connect form). */

export const TASKS = {
  title: 'Tâches back office (Unaide Connect)',
  following: 'Tâches suivantes (selon le parcours client)',
  noDossier: 'Ouvrez la fiche d’un client dans Ogust : les tâches se remplissent avec son dossier.',
  fields: {
    titre: 'Titre',
    categorie: 'Catégorie',
    date: 'Date d’exécution',
    priorite: 'Priorité',
    destinataire: 'À destination de',
    gerePar: 'Géré par',
    description: 'Description',
  },
  /** Labels as written in the text copied by « Tout copier » (and read from the Connect form). */
  pending: {
    planning: 'à définir (planning non lu)',
    planningPartiel: 'à définir (planning lu partiellement)',
    contrat: 'à définir (contrat de travail non lu)',
  },
  recurrence: (r: string) => `Récurrence : ${r}`,
  /** For the template editor: what each `{placeholder}` stands for. */
  placeholders: {
    client: 'le client, NOM Prénom',
    utilisateur: 'votre nom (réglages)',
    aujourdhui: 'la date du jour',
    dateDebut: 'date de démarrage du contrat (1ère prestation)',
    heures: 'nombre d’heures par mois, par intervenant',
    intervenantes: 'les intervenant(e)s du dossier',
    dossierApa: 'dossier APA : oui/non (appel)',
    demandeAici: 'demande d’AICI : oui/non (appel)',
    coutValide: 'coût mensuel validé : oui/non (montant)',
    coutMensuel: 'coût mensuel (frais de gestion + coût du salarié)',
    resumeAppel: 'le résumé d’appel',
  },
  /** For the template editor: the date rules (lib/settings/task-templates.ts `dateRuleKinds`). */
  dateRules: {
    today: 'le jour même',
    vendrediApresPremierePrestation: 'le 1er vendredi après la 1ère prestation',
    suiviEssai:
      'date choisie pendant l’appel, sinon fin de période d’essai moins « jours » (réglage par défaut)',
    finPremierMois: 'la fin du mois de la 1ère prestation',
    jourMoisSuivant: 'le « jour » du mois suivant la 1ère prestation (8 par défaut)',
    joursApresPremierePrestation: '« jours » après la 1ère prestation (réglage par défaut)',
    jourAnneeSuivante:
      'le « jour » du « mois » de l’année suivant la 1ère prestation (15 janvier par défaut)',
  },
  /** For the template editor: when a card applies. */
  conditions: {
    toujours: 'toujours',
    demandeAici: 'seulement si demande d’AICI',
    aideFinanciere: 'seulement si aide financière à mettre en place',
  },
  conditional: {
    demandeAici: 'Seulement si une demande d’AICI est faite (réponse « Oui » dans l’appel).',
    aideFinanciere: 'Seulement si une aide financière est à mettre en place (réponse « Oui » dans l’appel).',
  },
  notApplicable: 'Non nécessaire pour ce dossier d’après l’appel.',
  noUserName: '(votre nom : à renseigner dans les réglages)',
  noClient: '(client : nom non lu)',
  copy: 'Copier',
  copyField: (field: string) => `Copier « ${field} »`,
  copyAll: 'Tout copier',
  copied: 'Copié',
  copyFailed: 'Copie impossible : sélectionnez le texte et copiez-le (Ctrl+C).',
  state: {
    label: 'État dans le back office',
    none: 'À créer',
    created: 'Créée',
    present: 'Déjà présente',
  },
  fill: {
    button: 'Remplir le formulaire',
    hint: 'Ouvrez le formulaire « Nouvelle tâche » d’Unaide Connect dans un onglet, puis cliquez : les champs sont remplis, rien n’est enregistré.',
    denied:
      'Accès à Unaide Connect refusé : le formulaire n’a pas été rempli. Cliquez à nouveau et acceptez la demande du navigateur, ou utilisez « Copier ».',
    badHost: (host: string) =>
      `Adresse d’Unaide Connect invalide dans les réglages (${host}) : corrigez-la dans les réglages.`,
    noTab:
      'Aucun onglet Unaide Connect ouvert : ouvrez le formulaire « Nouvelle tâche » d’Unaide Connect dans un onglet, puis recommencez.',
    noForm:
      'Aucun formulaire « Nouvelle tâche » ouvert dans Unaide Connect : cliquez sur « Nouvelle tâche » dans Unaide Connect, puis recommencez (une tâche existante n’est jamais modifiée).',
    skipped: (labels: string[]) =>
      `Non rempli${labels.length > 1 ? 's' : ''}, à saisir dans Unaide Connect : ${labels.join(', ')}.`,
    failed:
      'Le formulaire n’a pas pu être rempli (onglet fermé ou rechargé) : rouvrez « Nouvelle tâche » dans Unaide Connect puis recommencez, ou utilisez « Copier ».',
    filled: (n: number) =>
      `${n} champ${n > 1 ? 's' : ''} rempli${n > 1 ? 's' : ''} : vérifiez puis enregistrez dans Unaide Connect.`,
    missing: (labels: string[]) =>
      `Introuvable${labels.length > 1 ? 's' : ''} dans le formulaire : ${labels.join(', ')}.`,
    noOption: (label: string, value: string) =>
      `« ${value} » absent de la liste « ${label} » : choisissez à la main.`,
  },
} as const;
