/**
 * A conforme contrat de travail and its dossier, and `run` / `fired` to judge it with a few fields
 * changed: shared by the tests of rules/intervenant/contrat/.
 */
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { judge } from '../../rules/engine';
import { contratTravailRules } from '../../rules/intervenant/contrat';
import { dossier, ids, prestation, record, type DossierOptions } from './contracts';

export const TODAY = '2026-03-15';

export const GRILLE_B = { 'Assistante de vie B': [{ from: '2026-01-01', value: 12.3 }] };
export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  legal: { ...DEFAULT_SETTINGS.legal, grille: GRILLE_B },
};

/** A conforme CDI: every field of the window read and right. */
export const CONFORME: Record<string, string> = {
  'contrat.employeur': 'DUPONT Jeanne',
  'contrat.type': 'CDI',
  'contrat.motif': '',
  'contrat.salarieRemplace': '',
  'contrat.dateDebut': '02/03/2026',
  'contrat.dateFin': '',
  'contrat.convention': 'CCN du PE',
  'contrat.typeEmploi': 'Assistante de vie B',
  'contrat.nature': 'Employé de maison particulier',
  'contrat.exoneration': 'exo + de 70 ans',
  'contrat.essaiDebut': '02/03/2026',
  'contrat.essaiFin': '01/04/2026',
  'contrat.essaiRenouvellement': 'Non',
  'contrat.modeleEdition': 'CDI mandataire',
  'contrat.tauxHoraire': '12,30 €',
  'contrat.transport': '0',
  'contrat.volumeMensuel': '86,80',
  'contrat.repartition': 'Lundi au vendredi 8h-10h, aide au lever',
  'contrat.statut': 'Validé',
};

/** The dossier: client DUPONT Jeanne (+70 ans); the AVS MARTIN Sophie starts on 02/03/2026. */
export const PLANNING = [
  prestation('28/02/2026', 'LEROY Anne'),
  prestation('01/03/2026', 'MARTIN Sophie', { statut: 'Annulé' }),
  prestation('02/03/2026', 'Sophie Martin'),
  prestation('03/03/2026', 'MARTIN Sophie'),
];
export const DOSSIER: DossierOptions = {
  definition: { nom: 'DUPONT', prenom: 'Jeanne', exoneration: '+70 ans' },
  planning: PLANNING,
};
/** No planning: dates can move freely without the first-prestation rules. */
export const NO_PLANNING: DossierOptions = { definition: DOSSIER.definition! };

export const c = (patch: Record<string, string | null>) =>
  Object.fromEntries(Object.entries(patch).map(([k, v]) => [`contrat.${k}`, v]));

export interface RunOptions {
  dossier?: DossierOptions;
  settings?: Settings;
  today?: string;
}
export const run = (patch: Record<string, string | null> = {}, o: RunOptions = {}) => {
  return judge(
    contratTravailRules,
    record('intervenant.contrat', { ...CONFORME, ...c(patch) }),
    o.settings ?? SETTINGS,
    o.today ?? TODAY,
    {
      dossier: dossier(o.dossier ?? DOSSIER),
    },
  );
};
export const fired = (patch: Record<string, string | null>, o: RunOptions = {}) => ids(run(patch, o));
