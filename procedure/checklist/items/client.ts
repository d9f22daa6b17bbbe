/** The client's groups of the checklist: fiche client, contrat de mandat, planning client, documents. */
import { CD, line, manual, nir, type GroupDef } from './define';

export const FICHE_CLIENT: GroupDef = {
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
      ['client.dateNaissance', 'client.lieuNaissance', 'client.departementNaissance', 'client.paysNaissance'],
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
};

export const CONTRAT_MANDAT: GroupDef = {
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
};

export const PLANNING_CLIENT: GroupDef = {
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
};

export const DOCUMENTS: GroupDef = {
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
};
