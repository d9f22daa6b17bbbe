/**
 * Test data (pure: no React, no DOM): Mme DURAND's dossier as the dossier store projects it, shared by
 * the call-script tests and the panel's Appel/Tâches tests. Her fiche, her contrat de mandat with
 * DUBOIS Laura, and her two AVS: DUBOIS Laura (contrat 501, 86,80 h a month, trial until 01/02/2027)
 * and PETIT Sarah (no contract read). Each test brings the planning it needs.
 */
import type { DossierView, FieldValues } from '../../lib/model/dossier';
import type { ListRow } from '../../lib/model/types';

/** The day the tests run; her pages were read that morning. */
export const TODAY = '2026-11-28';
const READ_AT = Date.UTC(2026, 10, 28, 9);

const stamped = <T>(value: T, page: 'client.definition' | 'client.contrats' | 'client.planning') => ({
  value,
  readAt: READ_AT,
  page,
});

/** Her fiche client: complete and valid (IBAN masked, as the store keeps it). */
export const DURAND_DEFINITION = {
  'client.civilite': 'Mme',
  'client.nom': 'DURAND',
  'client.prenom': 'Jeanne',
  'client.nomNaissance': 'MARTIN',
  'client.dateNaissance': '12/03/1941',
  'client.paysNaissance': 'France',
  'client.departementNaissance': '59',
  'client.lieuNaissance': 'Lille',
  'client.adresse': '12 rue des Arts',
  'client.email': 'jeanne.durand@example.fr',
  'client.telPortable': '06 12 34 56 78',
  'client.iban': 'FR76 •••• 189',
  'client.bic': 'BNPAFRPP',
  'client.titulaireCompte': 'Mme DURAND Jeanne',
  'client.exoneration': '+70 ans',
} satisfies FieldValues;

/** Her contrat de mandat with DUBOIS Laura: 89,00 € + 1 712,40 € a month. */
export const DUBOIS_MANDAT: ListRow = {
  cells: {
    'mandat.intervenant': 'DUBOIS Laura',
    'mandat.fraisGestion': '89,00 €',
    'mandat.coutSalarie': '1 712,40 €',
  },
};

/** A row of the client's planning. */
export function prest(
  date: string,
  debut: string,
  duree: string,
  avs: string,
  statut = 'A réaliser',
  label = 'Aide',
): ListRow {
  return {
    cells: {
      'prestation.date': date,
      'prestation.debut': debut,
      'prestation.duree': duree,
      'prestation.prestation': label,
      'prestation.intervenant': avs,
      'prestation.statut': statut,
    },
  };
}

export interface DurandOptions {
  /** The fiche client as read; omitted: the fiche was not read. */
  definition?: FieldValues;
  /** The contrats de mandat; default: DUBOIS Laura's only. */
  mandats?: ListRow[];
  /** The planning's rows; omitted: the planning was not read. */
  planning?: ListRow[];
}

/** Mme DURAND's dossier, a fresh object each call (tests may add to it). */
export function durandDossier(options: DurandOptions = {}): DossierView {
  return {
    client: {
      key: 'name:DURAND JEANNE',
      name: 'DURAND Jeanne',
      ...(options.definition ? { definition: stamped(options.definition, 'client.definition') } : {}),
      mandats: stamped(options.mandats ?? [DUBOIS_MANDAT], 'client.contrats'),
      ...(options.planning
        ? { planning: stamped({ rows: options.planning, periods: [], complete: false }, 'client.planning') }
        : {}),
    },
    intervenants: [
      {
        key: 'code:SA00017',
        name: 'DUBOIS Laura',
        contrats: [
          {
            key: '501',
            fields: {
              value: {
                'contrat.employeur': 'Mme DURAND Jeanne',
                'contrat.volumeMensuel': '86,80',
                'contrat.essaiFin': '01/02/2027',
              },
              readAt: 1,
              page: 'intervenant.contrat',
            },
          },
        ],
      },
      { key: 'name:PETIT SARAH', name: 'PETIT Sarah', contrats: [] },
    ],
  };
}
