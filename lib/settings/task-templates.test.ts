import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings';
import { DEFAULT_TASK_TEMPLATES, fillPlaceholders, TASK_IDS, taskTemplatesSchema } from './task-templates';

describe('task templates', () => {
  it('defaults: the procedure’s tasks (panel spec § 4, titles copied from it), in its order', () => {
    // Typographic apostrophes are the product's; the spec writes them straight.
    expect(DEFAULT_TASK_TEMPLATES.map((t) => t.titre.replace(/’/g, "'"))).toEqual([
      'Nouveau client',
      'URSSAF — chaque vendredi après la 1ère prestation',
      "Demande d'AICI",
      "Suivi période d'essai (renouvellement)",
      'Contrat de travail pour la réalisation',
      'Contrat de mandat pour la réalisation',
      'Signature document',
      'Mise en place aide financière (évaluer le besoin)',
      'Facturation / Paie',
      'Règlement client',
      'Suivi client',
      "Crédit d'impôt (attestation fiscale)",
      'Clôturer la proposition de mission autonome',
    ]);
  });

  it('defaults: one per task id, Nouveau client first, valid against the schema', () => {
    expect(DEFAULT_TASK_TEMPLATES.map((t) => t.id)).toEqual([...TASK_IDS]);
    expect(taskTemplatesSchema.parse(DEFAULT_TASK_TEMPLATES)).toEqual(DEFAULT_TASK_TEMPLATES);
    expect(DEFAULT_SETTINGS.taskTemplates).toEqual(DEFAULT_TASK_TEMPLATES);
    const nc = DEFAULT_TASK_TEMPLATES[0]!;
    expect(nc).toMatchObject({
      titre: 'Nouveau client',
      categorie: 'Suivi client',
      priorite: 'Ne peut pas être reportée',
      destinataire: '{client}',
      gerePar: '{utilisateur}',
      date: { kind: 'today' },
    });
  });

  it('the procedure’s date rules', () => {
    const rule = (id: string) => DEFAULT_TASK_TEMPLATES.find((t) => t.id === id)!.date;
    expect(rule('urssaf')).toEqual({ kind: 'vendrediApresPremierePrestation' });
    expect(rule('suiviEssai')).toEqual({ kind: 'suiviEssai' });
    expect(rule('reglementClient')).toEqual({ kind: 'jourMoisSuivant', jour: 8 });
    expect(rule('facturationPaie')).toEqual({ kind: 'finPremierMois' });
    expect(rule('cloturerProposition')).toEqual({ kind: 'today' });
    const cond = (id: string) => DEFAULT_TASK_TEMPLATES.find((t) => t.id === id)!.condition;
    expect(cond('aici')).toBe('demandeAici');
    expect(cond('aideFinanciere')).toBe('aideFinanciere');
    expect(cond('urssaf')).toBe('toujours');
  });

  it('an admin’s template is completed with defaults; an unknown date rule is refused', () => {
    const s = parseSettings({
      taskTemplates: [{ id: 'x', titre: 'T', categorie: 'C', priorite: 'P', date: { kind: 'today' } }],
    });
    expect(s.taskTemplates).toEqual([
      {
        id: 'x',
        titre: 'T',
        categorie: 'C',
        priorite: 'P',
        destinataire: '{client}',
        gerePar: '{utilisateur}',
        description: '',
        date: { kind: 'today' },
        condition: 'toujours',
      },
    ]);
    expect(
      taskTemplatesSchema.safeParse([
        { id: 'x', titre: 'T', categorie: 'C', priorite: 'P', date: { kind: 'demain' } },
      ]).success,
    ).toBe(false);
  });

  it('fills {placeholders}, keeps unknown ones as written', () => {
    expect(fillPlaceholders('{client} — {inconnu} — {client}', { client: 'DURAND Jeanne' })).toBe(
      'DURAND Jeanne — {inconnu} — DURAND Jeanne',
    );
    expect(fillPlaceholders('{toString}', {})).toBe('{toString}');
  });
});
