/**
 * Where a finding is shown (docs/spec/rules.md, « Where a finding is shown »): a rule id `<field key>.<suffix>`
 * marks the longest matching field key; concept rules attach as listed here.
 */
const CONCEPT_TARGETS: Record<string, string[]> = {
  'client.rtu.origine': ['client.origine'],
  'client.rtu.parrain': ['client.parrain'],
  'client.adresse.geolocalisation': ['client.latitude', 'client.geolocalisation'],
  'intervenant.age': ['intervenant.dateNaissance'],
  'client.unsaved': [],
};

/** Field key a rule id marks by default, among the page's field keys; undefined = summary. */
export function targetOf(ruleId: string, fieldKeys: readonly string[]): string[] {
  const id = ruleId.endsWith('.crash') ? ruleId.slice(0, -'.crash'.length) : ruleId;
  const concept = CONCEPT_TARGETS[id];
  if (concept) return concept.filter((k) => fieldKeys.includes(k)).slice(0, 1);
  let best: string | undefined;
  for (const k of fieldKeys) {
    if ((id === k || id.startsWith(k + '.')) && (!best || k.length > best.length)) best = k;
  }
  return best ? [best] : [];
}
