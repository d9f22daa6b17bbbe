/** The call script view (Appel). Placeholder until the call script lands. */
export function CallView() {
  return <p>Script d’appel : à venir.</p>;
}
