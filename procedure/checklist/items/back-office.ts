/** The back-office groups of the checklist: Unaide Connect (the client's, and each AVS's part) and the tasks. */
import { manual, type GroupDef, type ManualDef } from './define';

export const UNAIDE_CONNECT: GroupDef = {
  id: 'unaideConnect',
  title: 'Unaide Connect',
  perAvs: false,
  items: [
    manual('connexion', 'Client : connexion'),
    manual('arobaseDiese', 'Client : utilisation des @ et #'),
    manual('ressources', 'Client : ressources de l’espace client'),
  ],
};

export const TACHES_BACK_OFFICE: GroupDef = {
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
};

/** The Unaide Connect part of each AVS (items `manuel.unaideConnect.<avs>.<name>`). */
export const UNAIDE_CONNECT_AVS: readonly ManualDef[] = [
  manual('connexion', 'Connexion'),
  manual('arobaseDiese', 'Utilisation des @ et #'),
  manual('telepointage', 'Télépointage'),
  manual('agenda', 'Agenda'),
  manual('propositionMission', 'Proposition de mission'),
  manual('ressources', 'Onglet ressources de l’espace intervenant'),
];
