/**
 * French wording of why a page is not recognised (shown by the inspector). Kept apart from the
 * inspector's wording because the recogniser runs in the always-injected content script.
 */
export const RECOGNITION = {
  fewLabels: (of: 'client' | 'intervenant', found: number) =>
    `au moins 5 libellés de la fiche ${of} (${found} trouvés)`,
  noClientKey: "« Type de client » ou « Type d'exonération »",
  noIntervenantKey: '« Matricule » ou « Nature »',
  clientKeyPresent: "pas de « Type de client » ni « Type d'exonération »",
};
