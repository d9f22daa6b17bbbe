/** The task templates view (Tâches). Placeholder until the templates land. */
export function TasksView() {
  return <p>Modèles de tâches : à venir.</p>;
}
