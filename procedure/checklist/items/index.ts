/**
 * The procedure's checklist as data (docs/spec/panel.md, « Dossier »): groups in the procedure's order, each
 * procedure line with its item id, its words, the page it is read on, the fields it concerns and the
 * rule ids judged under it; and the manual items the person ticks. Pure data plus small pure
 * helpers: the Dossier view, the Rendez-vous view and docs/checklist.md are built from it.
 *
 * Item ids: `<group>.<line>` (client groups), `<group>.<avs>.<line>` (per-AVS groups, `<avs>` being
 * the AVS's matricule), manual items `manuel.<group>.<name>` / `manuel.<group>.<avs>.<name>`.
 * Every rule id of the specification belongs to exactly one line (tested); `<field>.absent` and
 * `<rule>.crash` findings attach to the line of their field or rule (`lineOfRule`).
 */
import type { PageKey } from '../../../lib/model/types';
import { TASK_IDS, type TaskId } from '../../../lib/settings/task-templates';

export type GroupId =
  | 'ficheClient'
  | 'contratMandat'
  | 'planningClient'
  | 'documents'
  | 'ficheIntervenant'
  | 'contratTravail'
  | 'planningIntervenant'
  | 'unaideConnect'
  | 'tachesBackOffice';

/** The agency's help articles (addresses in settings: `helpArticles`). */
export type HelpArticle = 'contratPriseEnCharge' | 'creationContratTravail';

export interface LineDef {
  kind: 'line';
  /** Last part of the item id (`nir` in `ficheClient.nir`). */
  name: string;
  /** The procedure's words. */
  label: string;
  /** The tab the line is read on. */
  page: PageKey;
  /** Fields of that page the line concerns (clicking the line reveals the first one shown). */
  fields: string[];
  /** Rule ids judged under the line, in order. */
  rules: string[];
  /** Counts for the verdict (every line does, except advice). */
  required: boolean;
  help?: HelpArticle;
}

/** When a manual item applies (undefined: not known yet, the item is shown). */
export type ManualCondition = 'noCoordinates' | 'outsideEea' | 'perAvs';

export interface ManualDef {
  kind: 'manual';
  name: string;
  label: string;
  /** Only under this condition (else always). */
  when?: ManualCondition;
  /** Ticked from the Tâches view's marks (notes.tasks) as well as by hand. */
  tasks?: 'nouveauClient' | 'suivantes' | 'cloturerProposition';
}

export type ItemDef = LineDef | ManualDef;

export interface GroupDef {
  id: GroupId;
  /** Title shown (for per-AVS groups, followed by the AVS's name). */
  title: string;
  /** One group per AVS of the dossier. */
  perAvs: boolean;
  items: ItemDef[];
  help?: HelpArticle;
}

const line = (
  page: PageKey,
  name: string,
  label: string,
  fields: string[],
  rules: string[],
  extra: Partial<Pick<LineDef, 'required' | 'help'>> = {},
): LineDef => ({
  kind: 'line',
  name,
  label,
  page,
  fields,
  rules,
  required: extra.required ?? true,
  ...extra,
});

const manual = (name: string, label: string, extra: Partial<ManualDef> = {}): ManualDef => ({
  kind: 'manual',
  name,
  label,
  ...extra,
});

const nir = (p: 'client' | 'intervenant') =>
  ['missing', 'format', 'key', 'civilite', 'naissance', 'provisoire'].map((s) => `${p}.nir.${s}`);

const CD: PageKey = 'client.definition';
const ID: PageKey = 'intervenant.definition';
const CT: PageKey = 'intervenant.contrat';

export const CHECKLIST: readonly GroupDef[] = [
  {
    id: 'ficheClient',
    title: 'Fiche client',
    perAvs: false,
    items: [
      line(
        CD,
        'typeClient',
        'Mettre le Prospect BtoC en Client BtoC puis enregistrer',
        ['client.typeClient'],
        ['client.typeClient.prospect'],
      ),
      line(CD, 'nir', 'Numéro de sécurité sociale', ['client.nir'], nir('client')),
      line(CD, 'civilite', 'Civilité', ['client.civilite'], ['client.civilite.missing']),
      line(
        CD,
        'nomPrenom',
        'Nom et prénom',
        ['client.nom', 'client.prenom', 'client.codeClient'],
        ['client.nom.missing', 'client.prenom.missing'],
      ),
      line(
        CD,
        'nomNaissance',
        'Nom de naissance si besoin',
        ['client.nomNaissance'],
        ['client.nomNaissance.suggested'],
      ),
      line(
        CD,
        'dateNaissance',
        'Date de naissance',
        [
          'client.dateNaissance',
          'client.lieuNaissance',
          'client.departementNaissance',
          'client.paysNaissance',
        ],
        ['client.dateNaissance.missing', 'client.dateNaissance.invalid'],
      ),
      line(
        CD,
        'exoneration',
        'Exonération (aucune, +70 ans, APA, PCH…)',
        ['client.exoneration'],
        [
          'client.exoneration.missing',
          'client.exoneration.age70',
          'client.exoneration.eligible70',
          'client.exoneration.apaAge',
        ],
      ),
      line(CD, 'origine', 'Origine', ['client.origine'], ['client.origine.missing']),
      line(
        CD,
        'modePaiement',
        'Mode de paiement = Prélèvement avec le RIB et la date de signature du mandat (le sigle € devient bleu)',
        [
          'client.modePaiement',
          'client.iban',
          'client.bic',
          'client.dateSignatureMandat',
          'client.titulaireCompte',
          'client.rum',
        ],
        [
          'client.modePaiement.missing',
          'client.modePaiement.prelevement',
          'client.iban.missing',
          'client.iban.invalid',
          'client.bic.invalid',
          'client.dateSignatureMandat.missing',
          'client.dateSignatureMandat.invalid',
          'client.dateSignatureMandat.future',
        ],
      ),
      manual('sigleBleu', 'Le sigle € est bleu (prélèvement actif)'),
      line(CD, 'secteur', 'Secteur', ['client.secteur'], ['client.secteur.missing']),
      line(
        CD,
        'adresse',
        "Adresse = vérifier si l'adresse est bien géolocalisée",
        [
          'client.adresse',
          'client.latitude',
          'client.geolocalisation',
          'client.longitude',
          'client.codePostal',
          'client.ville',
        ],
        ['client.adresse.missing', 'client.adresse.geolocalisation'],
      ),
      manual('adresseGeolocalisee', 'Adresse géolocalisée (aucune coordonnée affichée sur la fiche)', {
        when: 'noCoordinates',
      }),
      line(
        CD,
        'contact',
        'Contact = portable et mail',
        ['client.telPortable', 'client.email', 'client.telFixe'],
        [
          'client.telPortable.missing',
          'client.telPortable.invalid',
          'client.telPortable.notMobile',
          'client.telFixe.invalid',
          'client.email.missing',
          'client.email.invalid',
          'client.email.suspect',
        ],
      ),
      line(
        CD,
        'interlocuteur',
        'Interlocuteur principal = Nom prénom, rôle, numéro de téléphone et mail',
        [
          'client.interlocuteur.nom',
          'client.interlocuteur.prenom',
          'client.interlocuteur.role',
          'client.interlocuteur.telephone',
          'client.interlocuteur.email',
        ],
        [
          'client.interlocuteur.missing',
          'client.interlocuteur.telephone.invalid',
          'client.interlocuteur.email.invalid',
        ],
      ),
      line(
        CD,
        'gerePar',
        'Géré par = mettre à son nom',
        ['client.gerePar'],
        ['client.gerePar.missing', 'client.gerePar.notMe'],
      ),
      line(CD, 'enregistrer', 'Enregistrer les modifications', [], ['client.unsaved']),
      manual('ficheEnregistree', 'Fiche enregistrée'),
      line(
        CD,
        'rtu',
        'Sur le secteur d’un responsable territorial : origine « Cooptation » et parrain « RTU »',
        ['client.origine', 'client.parrain'],
        ['client.rtu.origine', 'client.rtu.parrain'],
      ),
    ],
  },
  {
    id: 'contratMandat',
    title: 'Contrat de mandat',
    perAvs: false,
    help: 'contratPriseEnCharge',
    items: [
      line(
        'client.contrats',
        'creer',
        'Créer un contrat de mandat à l’aide de l’article (un contrat par AVS)',
        ['mandat.intervenant', 'mandat.dateDebut'],
        ['mandat.missing', 'mandat.parAvs'],
        { help: 'contratPriseEnCharge' },
      ),
      line(
        'client.contrats',
        'fraisGestion',
        'Frais de gestion mensuels',
        ['mandat.fraisGestion'],
        ['mandat.fraisGestion.missing'],
      ),
      line(
        'client.contrats',
        'coutSalarie',
        'Coût du salarié mensuel',
        ['mandat.coutSalarie'],
        ['mandat.coutSalarie.missing'],
      ),
      line(
        'client.contrats',
        'signature',
        'Enregistrer et envoyer le document pour signature',
        ['mandat.statut'],
        ['mandat.signature'],
      ),
      manual('iModifie', 'Le [i] a été modifié'),
      manual('envoiSignature', 'Document envoyé pour signature', { when: 'perAvs' }),
    ],
  },
  {
    id: 'planningClient',
    title: 'Planning client',
    perAvs: false,
    items: [
      line(
        'client.planning',
        'presentation',
        'Ajouter la 1re prestation de présentation et la valider',
        [],
        [
          'planning.presentation.missing',
          'planning.presentation.notValidated',
          'planning.presentation.notFirst',
        ],
      ),
      line(
        'client.planning',
        'unAn',
        'Réaliser le planning du client sur 1 an : attention aux forfaits et à leur profil de paie',
        [],
        [
          'planning.horizon',
          'planning.partiel',
          'planning.brouillon',
          'planning.volume',
          'prestation.duree.invalid',
        ],
      ),
      manual('forfaitsProfilPaie', 'Forfaits et profil de paie vérifiés (nuits en forfait, etc.)'),
      line(
        'client.planning',
        'intervenant',
        'Attacher l’intervenant au planning',
        [],
        ['planning.intervenant.missing'],
      ),
    ],
  },
  {
    id: 'documents',
    title: 'Documents',
    perAvs: false,
    items: [
      line(
        'client.documents',
        'devisMandat',
        'Le devis et le mandat de prélèvement sont à enregistrer',
        [],
        ['documents.devis.missing', 'documents.mandatPrelevement.missing'],
      ),
    ],
  },
  {
    id: 'ficheIntervenant',
    title: 'Fiche intervenant',
    perAvs: true,
    items: [
      line(
        ID,
        'nomPrenom',
        'Nom et prénom',
        [
          'intervenant.nom',
          'intervenant.prenom',
          'intervenant.matricule',
          'intervenant.civilite',
          'intervenant.nature',
        ],
        ['intervenant.nom.missing', 'intervenant.prenom.missing'],
      ),
      line(
        ID,
        'dateNaissance',
        'Date de naissance',
        ['intervenant.dateNaissance'],
        ['intervenant.dateNaissance.missing', 'intervenant.dateNaissance.invalid', 'intervenant.age'],
      ),
      line(ID, 'nir', 'Numéro de sécurité sociale', ['intervenant.nir'], nir('intervenant')),
      line(
        ID,
        'lieuNaissance',
        'Lieu de naissance',
        ['intervenant.lieuNaissance'],
        ['intervenant.lieuNaissance.missing'],
      ),
      line(
        ID,
        'departementPaysNaissance',
        'Département et pays de naissance',
        ['intervenant.departementNaissance', 'intervenant.paysNaissance'],
        [
          'intervenant.departementNaissance.missing',
          'intervenant.paysNaissance.missing',
          'intervenant.nir.lieu',
        ],
      ),
      line(ID, 'origine', 'Origine', ['intervenant.origine'], ['intervenant.origine.missing']),
      line(
        ID,
        'nationalite',
        'Nationalité',
        ['intervenant.nationalite'],
        ['intervenant.nationalite.missing'],
      ),
      manual('autorisationTravail', 'Autorisation de travail vérifiée (nationalité hors UE/EEE)', {
        when: 'outsideEea',
      }),
      line(
        ID,
        'paiement',
        'Paiement = vérifier la présence du RIB',
        ['intervenant.iban', 'intervenant.bic'],
        ['intervenant.iban.missing', 'intervenant.iban.invalid', 'intervenant.bic.invalid'],
      ),
      line(ID, 'secteur', 'Secteur', ['intervenant.secteur'], ['intervenant.secteur.missing']),
      line(
        ID,
        'coordonnees',
        'Coordonnées = mail + numéro de téléphone',
        ['intervenant.email', 'intervenant.telPortable'],
        [
          'intervenant.email.missing',
          'intervenant.email.invalid',
          'intervenant.email.suspect',
          'intervenant.telPortable.missing',
          'intervenant.telPortable.invalid',
          'intervenant.telPortable.notMobile',
        ],
      ),
      line(
        ID,
        'gerePar',
        'Géré par = mettre à son nom',
        ['intervenant.gerePar'],
        ['intervenant.gerePar.missing', 'intervenant.gerePar.notMe'],
      ),
    ],
  },
  {
    id: 'contratTravail',
    title: 'Contrat de travail',
    perAvs: true,
    help: 'creationContratTravail',
    items: [
      line(
        'intervenant.contrats',
        'creer',
        'Créer le contrat de travail à l’aide de l’article',
        [],
        ['contrat.missing', 'contrat.doublon'],
        { help: 'creationContratTravail' },
      ),
      line(
        CT,
        'employeur',
        'Employeur',
        ['contrat.employeur'],
        ['contrat.employeur.missing', 'contrat.employeur.prestataire', 'contrat.employeur.client'],
      ),
      line(
        CT,
        'typeContrat',
        'Type de contrat',
        ['contrat.type', 'contrat.dateFin', 'contrat.salarieRemplace', 'contrat.motif'],
        ['contrat.type.missing', 'contrat.cdd.dateFin', 'contrat.cdd.remplace'],
      ),
      line(
        CT,
        'convention',
        'Convention collective, type d’emploi et nature du contrat',
        ['contrat.convention', 'contrat.typeEmploi', 'contrat.nature'],
        ['contrat.convention', 'contrat.typeEmploi', 'contrat.nature'],
      ),
      line(
        CT,
        'dateDebut',
        'Date de début du contrat',
        ['contrat.dateDebut'],
        ['contrat.dateDebut.missing', 'contrat.dateDebut.premierePrestation', 'contrat.tardif'],
      ),
      line(
        CT,
        'periodeEssai',
        'Date de début et de fin de période d’essai',
        ['contrat.essaiDebut', 'contrat.essaiFin', 'contrat.essaiRenouvellement'],
        ['contrat.essai.missing', 'contrat.essai.debut', 'contrat.essai.duree'],
      ),
      line(
        CT,
        'exoneration',
        'Exonération',
        ['contrat.exoneration'],
        ['contrat.exoneration.missing', 'contrat.exoneration.client'],
      ),
      line(
        CT,
        'remuneration',
        'Rémunération',
        ['contrat.tauxHoraire'],
        [
          'contrat.tauxHoraire.missing',
          'contrat.tauxHoraire.invalid',
          'contrat.tauxHoraire.minimum',
          'reglages.grille.absente',
          'reglages.grille.obsolete',
        ],
      ),
      line(CT, 'transport', 'Indemnités de transport', ['contrat.transport'], ['contrat.transport.missing']),
      line(
        CT,
        'heures',
        'Détails du nombre d’heures',
        ['contrat.volumeMensuel', 'contrat.repartition'],
        [
          'contrat.volumeMensuel.missing',
          'contrat.volumeMensuel.invalid',
          'contrat.volumeMensuel.max',
          'contrat.repartition.missing',
        ],
      ),
      line(
        CT,
        'statut',
        'Enregistrer et valider le contrat',
        ['contrat.statut', 'contrat.modeleEdition'],
        ['contrat.statut', 'contrat.modeleEdition.missing'],
      ),
      manual('absencesClient', 'Absences programmables du client reportées au contrat'),
      manual('envoiSignature', 'Contrat envoyé pour signature'),
    ],
  },
  {
    id: 'planningIntervenant',
    title: 'Planning intervenant',
    perAvs: true,
    items: [
      line(
        'intervenant.planning',
        'planningVisible',
        'Le planning fait précédemment doit apparaître sur la fiche intervenant',
        [],
        ['planningAvs.client', 'planningAvs.partiel'],
      ),
      line(
        'intervenant.planning',
        'chevauchement',
        'Vérifier qu’il n’y a pas de chevauchement avec d’autres prestations',
        [],
        ['planningAvs.chevauchement'],
      ),
      line(
        'intervenant.planning',
        'volume',
        'Le volume horaire total sur le mois',
        [],
        // An unreadable or zero duration skews the AVS's hours, as on the client's planning.
        [
          'planningAvs.totalMois',
          'planningAvs.volumeMois',
          'planningAvs.semaine50',
          'planningAvs.moyenne12',
          'prestation.duree.invalid',
        ],
      ),
      line(
        'intervenant.planning',
        'repos',
        'Le jour de repos',
        [],
        ['planningAvs.jourRepos', 'planningAvs.repos35'],
      ),
    ],
  },
  {
    id: 'unaideConnect',
    title: 'Unaide Connect',
    perAvs: false,
    items: [
      manual('connexion', 'Client : connexion'),
      manual('arobaseDiese', 'Client : utilisation des @ et #'),
      manual('ressources', 'Client : ressources de l’espace client'),
    ],
  },
  {
    id: 'tachesBackOffice',
    title: 'Tâches back office',
    perAvs: false,
    items: [
      manual('nouveauClient', 'Tâche « Nouveau client » créée', { tasks: 'nouveauClient' }),
      manual(
        'suivantes',
        'Tâches suivantes présentes (créées automatiquement ou non : vérifier qu’elles existent, créer les manquantes)',
        { tasks: 'suivantes' },
      ),
      manual('propositionCloturee', 'Proposition de mission autonome clôturée', {
        tasks: 'cloturerProposition',
      }),
    ],
  },
];

/** The Unaide Connect part of each AVS (items `manuel.unaideConnect.<avs>.<name>`). */
export const UNAIDE_CONNECT_AVS: readonly ManualDef[] = [
  manual('connexion', 'Connexion'),
  manual('arobaseDiese', 'Utilisation des @ et #'),
  manual('telepointage', 'Télépointage'),
  manual('agenda', 'Agenda'),
  manual('propositionMission', 'Proposition de mission'),
  manual('ressources', 'Onglet ressources de l’espace intervenant'),
];

/** Task ids of the Tâches view (notes.tasks), in order: the templates' own ids. */
export { TASK_IDS, type TaskId };

/** Following tasks that apply only when the call says so (AICI requested, financial aid needed). */
export const CONDITIONAL_TASKS: readonly TaskId[] = ['aici', 'aideFinanciere'];

/** The following tasks (« tâches suivantes »): every task but the first and the last. */
export const FOLLOWING_TASKS: readonly TaskId[] = TASK_IDS.filter(
  (t) => t !== 'nouveauClient' && t !== 'cloturerProposition',
);

/** A per-AVS key usable in an item id: the matricule, else the store key without its prefix. */
export function avsId(avs: { key: string; matricule?: string }): string {
  if (avs.matricule) return avs.matricule;
  return avs.key.replace(/^(code|id|name):/, '').replace(/[^A-Za-z0-9]+/g, '_');
}

export function lineItemId(group: GroupId, lineName: string, avs?: string): string {
  return avs ? `${group}.${avs}.${lineName}` : `${group}.${lineName}`;
}

export function manualItemId(group: GroupId, name: string, avs?: string): string {
  return avs ? `manuel.${group}.${avs}.${name}` : `manuel.${group}.${name}`;
}

export interface LineRef {
  group: GroupDef;
  line: LineDef;
}

const LINES: LineRef[] = CHECKLIST.flatMap((group) =>
  group.items.filter((i): i is LineDef => i.kind === 'line').map((l) => ({ group, line: l })),
);
const LIST_PREFIXES = ['prestation.', 'mandat.', 'document.', 'contratTravail.'];
/** The lines of each rule id (a rule both plannings run has one line per page). */
const BY_RULE = new Map<string, LineRef[]>();
for (const ref of LINES) for (const r of ref.line.rules) BY_RULE.set(r, [...(BY_RULE.get(r) ?? []), ref]);

export function allLines(): readonly LineRef[] {
  return LINES;
}

/**
 * The line a finding belongs to: its rule's line (the one on `page` when the rule has several); a `.crash` goes where its rule goes; a
 * `<field>.absent` (a field or a list column absent from the page) to the line of that field, else
 * to the first line of the same page whose rules concern that field.
 */
export function lineOfRule(rule: string, page?: PageKey): LineRef | undefined {
  const direct = BY_RULE.get(rule);
  if (direct) return direct.find((ref) => ref.line.page === page) ?? direct[0];
  if (rule.endsWith('.crash')) return lineOfRule(rule.slice(0, -'.crash'.length), page);
  if (rule.endsWith('.absent')) {
    const field = rule.slice(0, -'.absent'.length);
    const onPage = (ref: LineRef) => !page || ref.line.page === page;
    return (
      LINES.find((ref) => onPage(ref) && ref.line.fields.includes(field)) ??
      LINES.find((ref) => onPage(ref) && ref.line.rules.some((r) => r.startsWith(`${field}.`))) ??
      // A list column (`prestation.date`, `document.nom`…) absent from its list: the page's first line.
      (LIST_PREFIXES.some((l) => field.startsWith(l)) ? LINES.find((ref) => onPage(ref)) : undefined)
    );
  }
  return undefined;
}
