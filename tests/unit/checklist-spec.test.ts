/**
 * The checklist's manual items pinned to the procedure's list (docs/checklist.md, the items
 * « à cocher »), written out by hand here, one id per item of the panel specification: an item dropped,
 * renamed or added in procedure/checklist/items/ fails this test.
 */
import { describe, expect, it } from 'vitest';
import { CHECKLIST, manualItemId, UNAIDE_CONNECT_AVS } from '../../procedure/checklist/items';

const AVS = 'SA00017';

/** The spec's manual items, for a dossier with one AVS whose matricule is SA00017. */
const EXPECTED = [
  // Fiche client: le sigle € est bleu; adresse géolocalisée; fiche enregistrée.
  'manuel.ficheClient.sigleBleu',
  'manuel.ficheClient.adresseGeolocalisee',
  'manuel.ficheClient.ficheEnregistree',
  // Contrat de mandat: le [i] a été modifié; document envoyé pour signature (one per AVS).
  'manuel.contratMandat.iModifie',
  `manuel.contratMandat.${AVS}.envoiSignature`,
  // Planning client: forfaits et profil de paie vérifiés.
  'manuel.planningClient.forfaitsProfilPaie',
  // Fiche intervenant: autorisation de travail vérifiée.
  `manuel.ficheIntervenant.${AVS}.autorisationTravail`,
  // Contrat de travail: absences programmables reportées; contrat envoyé pour signature.
  `manuel.contratTravail.${AVS}.absencesClient`,
  `manuel.contratTravail.${AVS}.envoiSignature`,
  // Unaide Connect client: connexion; @ et #; ressources de l'espace client.
  'manuel.unaideConnect.connexion',
  'manuel.unaideConnect.arobaseDiese',
  'manuel.unaideConnect.ressources',
  // Unaide Connect AVS: connexion; @ et #; télépointage; agenda; proposition de mission; ressources.
  `manuel.unaideConnect.${AVS}.connexion`,
  `manuel.unaideConnect.${AVS}.arobaseDiese`,
  `manuel.unaideConnect.${AVS}.telepointage`,
  `manuel.unaideConnect.${AVS}.agenda`,
  `manuel.unaideConnect.${AVS}.propositionMission`,
  `manuel.unaideConnect.${AVS}.ressources`,
  // Tâches back office: « Nouveau client » créée; tâches suivantes présentes; proposition clôturée.
  'manuel.tachesBackOffice.nouveauClient',
  'manuel.tachesBackOffice.suivantes',
  'manuel.tachesBackOffice.propositionCloturee',
];

describe('checklist manual items', () => {
  it('are exactly the procedure’s, with stable ids', () => {
    const ids: string[] = [];
    for (const g of CHECKLIST)
      for (const item of g.items)
        if (item.kind !== 'line')
          ids.push(manualItemId(g.id, item.name, g.perAvs || item.when === 'perAvs' ? AVS : undefined));
    for (const m of UNAIDE_CONNECT_AVS) ids.push(manualItemId('unaideConnect', m.name, AVS));
    expect(ids.sort()).toEqual([...EXPECTED].sort());
  });
});
