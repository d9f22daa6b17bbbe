/**
 * Rules of one contrat de travail, opened in its window (docs/rules.md, `intervenant.contrat`). The
 * window's tabs (Général, Rémunération / horaires, Complément) are merged by the caller into one
 * record. Dated legal values (SMIC, grid, caps) come from settings only.
 */
import { canonicalLabel } from '../../../lib/model/fields';
import { normValue, parseAmount, parseHours } from '../../../lib/text/normalize';
import { valueAt } from '../../../lib/settings/settings';
import { missingRule } from '../../missing';
import { addDays, frDate } from '../../../lib/time/paris';
import type { PageRules, Rule, RuleContext, RuleHit } from '../../types';
import {
  addMonthsMinusOneDay,
  clientLabel,
  clientStamp,
  contractDate,
  daysBetween,
  exonerationCategory,
  firstPrestationOfAvs,
  frAmount,
  frNumber,
  grilleOf,
  grilleStatus,
  isDossierClient,
  saysSansEssai,
  sourceOf,
  tabName,
} from '../../shared/contracts';

const REQUIRED = [
  'employeur',
  'type',
  'dateDebut',
  'convention',
  'typeEmploi',
  'nature',
  'exoneration',
  'essaiDebut',
  'essaiFin',
  'tauxHoraire',
  'volumeMensuel',
  'repartition',
  'statut',
].map((f) => `contrat.${f}`);

const ESSAI_TARGETS = ['contrat.essaiFin'];

// ---------------------------------------------------------------------------------------------
// Reading the contract

const typeText = (ctx: RuleContext) => normValue(ctx.value('contrat.type') ?? '');
export const isCdi = (ctx: RuleContext) => /\bcdi\b/.test(typeText(ctx));
export const isCdd = (ctx: RuleContext) => /\bcdd\b/.test(typeText(ctx));
/** A CDD de remplacement: said in the type, or in the motif of a CDD. */
export const isRemplacement = (ctx: RuleContext) =>
  ctx.contains('contrat.type', 'remplacement') ||
  (isCdd(ctx) && ctx.contains('contrat.motif', 'remplacement'));

const dateOf = (ctx: RuleContext, key: string) => contractDate(ctx.value(key), ctx.today);
const isBrouillon = (v: string) => normValue(v).startsWith('brouillon');
const isValide = (v: string) => normValue(v).startsWith('valid');

/** The contract's employer is someone else than the dossier's client (known on both sides). */
function employerIsOther(ctx: RuleContext): boolean {
  const employeur = ctx.value('contrat.employeur');
  return !!employeur && isDossierClient(employeur, ctx.dossier.client) === false;
}

const isPrestataire = (ctx: RuleContext) => {
  const v = ctx.value('contrat.employeur');
  const agency = ctx.settings.contrat.employeurPrestataire;
  return !!v && !!agency && normValue(v).includes(normValue(agency));
};

const NO = new Set(['', 'non', 'no', 'false', 'faux', '0', '-', 'aucun', 'aucune', 'sans', 'n']);
/** A renewal of the trial period is recorded (a value other than empty / non / false). */
const renewalRecorded = (ctx: RuleContext) =>
  !NO.has(normValue(ctx.value('contrat.essaiRenouvellement') ?? ''));

/** `<field>.missing` with another severity and message (fields the procedure asks for). */
function missing(key: string, severity: Rule['severity'], message: string): Rule {
  return {
    ...missingRule(key, undefined, message),
    severity,
    description: `${canonicalLabel(key)} : renseigné`,
  };
}

/** A rule on an option value (judged when the field is read): fires when it is not the expected one. */
function expectedValue(
  id: string,
  severity: Rule['severity'],
  description: string,
  key: string,
  ok: (value: string, ctx: RuleContext) => boolean,
  message: (value: string, ctx: RuleContext) => string,
): Rule {
  return {
    id,
    severity,
    description,
    check: (ctx) => {
      const v = ctx.value(key);
      return v === undefined || (v !== '' && ok(v, ctx)) ? null : message(v, ctx);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Employer and type

const employeurPrestataire: Rule = {
  id: 'contrat.employeur.prestataire',
  severity: 'warning',
  description: 'Employeur : le client (mode mandataire), pas l’agence',
  check: (ctx) =>
    isPrestataire(ctx)
      ? `Employeur ${ctx.settings.contrat.employeurPrestataire} (mode prestataire) : en mandataire, l'employeur est le client`
      : null,
};

const employeurClient: Rule = {
  id: 'contrat.employeur.client',
  severity: 'warning',
  description: 'Employeur : le client du dossier',
  check: (ctx): RuleHit | null => {
    const client = ctx.dossier.client;
    if (!client || isPrestataire(ctx) || !employerIsOther(ctx)) return null;
    const stamp = clientStamp(client);
    return {
      message:
        `Employeur « ${ctx.value('contrat.employeur')} » différent du client du dossier ` +
        `« ${clientLabel(client)} »${stamp ? ` (${tabName(stamp.page)})` : ''} : vérifier l'employeur`,
      ...(stamp ? { source: sourceOf(stamp) } : {}),
    };
  },
};

const cddDateFin: Rule = {
  id: 'contrat.cdd.dateFin',
  severity: 'error',
  description: 'CDD : date de fin renseignée',
  check: (ctx) =>
    isCdd(ctx) && ctx.present('contrat.dateFin') && !ctx.filled('contrat.dateFin')
      ? {
          message: 'CDD sans date de fin : renseigner la date de fin de contrat',
          targets: ['contrat.dateFin'],
        }
      : null,
};

const cddRemplace: Rule = {
  id: 'contrat.cdd.remplace',
  severity: 'warning',
  description: 'CDD de remplacement : nom du salarié remplacé',
  check: (ctx) =>
    isRemplacement(ctx) && ctx.present('contrat.salarieRemplace') && !ctx.filled('contrat.salarieRemplace')
      ? {
          message: 'CDD de remplacement : indiquer le nom du salarié remplacé',
          targets: ['contrat.salarieRemplace'],
        }
      : null,
};

// ---------------------------------------------------------------------------------------------
// Dates against the planning

const premierePrestation: Rule = {
  id: 'contrat.dateDebut.premierePrestation',
  severity: 'error',
  description: 'Date de début du contrat = date de la première prestation de l’AVS chez le client',
  check: (ctx): RuleHit | null => {
    const start = dateOf(ctx, 'contrat.dateDebut');
    if (!start || employerIsOther(ctx)) return null;
    const first = firstPrestationOfAvs(ctx.dossier, ctx.settings);
    if (!first || first.prestation.date === start) return null;
    const where = tabName(first.source.page);
    const premiere = `première prestation le ${frDate(first.prestation.date)} (${where})`;
    return start > first.prestation.date
      ? {
          message: `Contrat commençant le ${frDate(start)}, après la ${premiere} : travail sans contrat écrit, avancer la date de début`,
          source: first.source,
        }
      : {
          message: `Contrat commençant le ${frDate(start)}, avant la ${premiere} : mettre la date de la première prestation`,
          severity: 'warning',
          source: first.source,
        };
  },
};

const tardif: Rule = {
  id: 'contrat.tardif',
  severity: 'error',
  description: 'Contrat validé au plus tard la veille de la première prestation',
  check: (ctx): RuleHit | null => {
    const statut = ctx.value('contrat.statut');
    if (statut === undefined || isValide(statut) || employerIsOther(ctx)) return null;
    const first = firstPrestationOfAvs(ctx.dossier, ctx.settings);
    if (!first || first.prestation.date > addDays(ctx.today, 1)) return null;
    return {
      message:
        `Première prestation le ${frDate(first.prestation.date)} (${tabName(first.source.page)}) ` +
        'et contrat non validé : le finaliser et le valider (au plus tard la veille)',
      targets: [],
      source: first.source,
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Général tab: convention, emploi, nature, exonération

const convention = expectedValue(
  'contrat.convention',
  'warning',
  'Convention collective : CCN du PE (IDCC 3239)',
  'contrat.convention',
  (v, ctx) =>
    !normValue(v).includes('2111') &&
    ctx.settings.contrat.convention.some(
      (c) => ctx.is('contrat.convention', c) || normValue(v).includes(normValue(c)),
    ),
  (v, ctx) => {
    const expected = `mettre « ${ctx.settings.contrat.convention[0] ?? ''} »`;
    if (!v) return `Convention collective vide : ${expected}`;
    if (normValue(v).includes('2111')) return `IDCC 2111 obsolète depuis 2022 : ${expected}`;
    return `Convention « ${v} » : ${expected} (particuliers employeurs)`;
  },
);

const typeEmploi = expectedValue(
  'contrat.typeEmploi',
  'info',
  'Type d’emploi : Assistante de vie B par défaut',
  'contrat.typeEmploi',
  (_v, ctx) => ctx.is('contrat.typeEmploi', ctx.settings.contrat.typeEmploiDefaut),
  (v, ctx) => {
    const defaut = ctx.settings.contrat.typeEmploiDefaut;
    return v
      ? `Type d'emploi « ${v} » : à justifier (« ${defaut} » par défaut)`
      : `Type d'emploi vide : mettre « ${defaut} » (par défaut)`;
  },
);

const nature = expectedValue(
  'contrat.nature',
  'warning',
  'Nature du contrat : employé de maison particulier',
  'contrat.nature',
  (_v, ctx) => ctx.is('contrat.nature', ctx.settings.contrat.nature),
  (v, ctx) => `Nature du contrat${v ? ` « ${v} »` : ' vide'} : mettre « ${ctx.settings.contrat.nature} »`,
);

const exonerationClient: Rule = {
  id: 'contrat.exoneration.client',
  severity: 'warning',
  description: 'Exonération du contrat conforme à celle du client',
  check: (ctx): RuleHit | null => {
    const v = ctx.value('contrat.exoneration');
    const def = ctx.dossier.client?.definition;
    if (!v || !def) return null;
    const clientExo = def.value['client.exoneration'];
    const cat = exonerationCategory(clientExo, ctx.settings);
    if (!cat || cat === 'autre') return null;
    const expected = ctx.settings.contrat.exoneration[cat];
    if (ctx.is('contrat.exoneration', expected)) return null;
    return {
      message: `Exonération « ${v} » ≠ celle du client « ${clientExo} » (${tabName(def.page)}) : mettre « ${expected} »`,
      source: sourceOf(def),
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Période d'essai

const essaiMissing: Rule = {
  id: 'contrat.essai.missing',
  severity: 'error',
  description: 'Période d’essai : début et fin (procédure de l’agence)',
  check: (ctx) => {
    const empty = ['contrat.essaiDebut', 'contrat.essaiFin'].filter((k) => ctx.value(k) === '');
    if (!empty.length) return null;
    const texts = [
      'contrat.essaiDebut',
      'contrat.essaiFin',
      'contrat.essaiRenouvellement',
      'contrat.repartition',
      'contrat.motif',
    ].map((k) => ctx.value(k));
    if (texts.some(saysSansEssai)) return null;
    const what =
      empty.length === 2 ? 'le début et la fin' : empty[0] === 'contrat.essaiDebut' ? 'le début' : 'la fin';
    return {
      message: `Période d'essai : renseigner ${what} (exigé par la procédure de l'agence)`,
      targets: ESSAI_TARGETS,
    };
  },
};

const essaiDebut: Rule = {
  id: 'contrat.essai.debut',
  severity: 'warning',
  description: 'Période d’essai commençant au début du contrat',
  check: (ctx) => {
    const debut = dateOf(ctx, 'contrat.essaiDebut');
    const start = dateOf(ctx, 'contrat.dateDebut');
    if (!debut || !start || debut === start) return null;
    return {
      message: `Début de la période d'essai (${frDate(debut)}) ≠ début du contrat (${frDate(start)}) : mettre la même date`,
      targets: ['contrat.essaiDebut'],
    };
  },
};

/** The latest allowed end of a CDD's trial starting `start`, for a contract from `from` to `to`. */
export function cddEssaiMax(start: string, from: string, to: string): { max: string; cap: string } {
  const weeks = Math.floor((daysBetween(from, to) + 1) / 7);
  const short = to <= addMonthsMinusOneDay(from, 6);
  const capEnd = short ? addDays(start, 13) : addMonthsMinusOneDay(start, 1);
  const byWeeks = addDays(start, weeks - 1);
  return { max: byWeeks < capEnd ? byWeeks : capEnd, cap: short ? '2 semaines' : '1 mois' };
}

const essaiDuree: Rule = {
  id: 'contrat.essai.duree',
  severity: 'error',
  description: 'Durée de la période d’essai (CDI : 1 mois renouvelable une fois ; CDD : 1 jour par semaine)',
  check: (ctx): RuleHit | null => {
    const start = dateOf(ctx, 'contrat.essaiDebut') ?? dateOf(ctx, 'contrat.dateDebut');
    const end = dateOf(ctx, 'contrat.essaiFin');
    if (!start || !end) return null;
    const hit = (message: string, severity: Rule['severity']): RuleHit => ({
      message,
      severity,
      targets: ESSAI_TARGETS,
    });
    if (end < start) return hit("Fin de la période d'essai avant son début : corriger", 'error');
    if (isCdi(ctx)) {
      const max2 = addMonthsMinusOneDay(start, 2);
      if (end > max2) {
        return hit(
          `Période d'essai trop longue : fin au plus tard le ${frDate(max2)} (1 mois, renouvelable une fois)`,
          'error',
        );
      }
      const max1 = addMonthsMinusOneDay(start, 1);
      if (end > max1 && !renewalRecorded(ctx)) {
        return hit(
          `Période d'essai de plus d'un mois : fin le ${frDate(max1)}, ou noter le renouvellement`,
          'warning',
        );
      }
      return null;
    }
    if (isCdd(ctx)) {
      const from = dateOf(ctx, 'contrat.dateDebut') ?? start;
      const to = dateOf(ctx, 'contrat.dateFin');
      if (!to || to < from) return null;
      const { max, cap } = cddEssaiMax(start, from, to);
      if (end <= max) return null;
      return hit(
        max < start
          ? "CDD de moins d'une semaine : pas de période d'essai possible (1 jour par semaine)"
          : `Période d'essai du CDD trop longue : fin au plus tard le ${frDate(max)} (1 jour par semaine, ${cap} au plus)`,
        'warning',
      );
    }
    return null;
  },
};

// ---------------------------------------------------------------------------------------------
// Rémunération / horaires

/** A rate or a volume written but not readable: said as such, never judged as too low or too high. */
const unreadable = (key: string, message: string): Rule => ({
  id: `${key}.invalid`,
  severity: 'error',
  description: `${canonicalLabel(key)} lisible`,
  check: (ctx) => {
    const v = ctx.value(key);
    if (!v) return null;
    const ok = key === 'contrat.tauxHoraire' ? parseAmount(v) !== null : parseHours(v) !== null;
    return ok ? null : message;
  },
});

const cents = (n: number) => Math.round(n * 100);

/**
 * The minimum a rate is below on a date: the conventional minimum of the Type d'emploi when it is
 * configured and above the SMIC, else the SMIC; undefined when the rate reaches it.
 */
function minimumMissed(ctx: RuleContext, rate: number, date: string) {
  const smic = valueAt(ctx.settings.legal.smicHoraire, date);
  const type = ctx.value('contrat.typeEmploi');
  const grille = type ? grilleOf(type, ctx.settings) : undefined;
  const conv = grille ? valueAt(grille.values, date) : undefined;
  if (conv !== undefined && (smic === undefined || conv > smic) && cents(rate) < cents(conv)) {
    return { conventional: grille!.label, value: conv };
  }
  if (smic !== undefined && cents(rate) < cents(smic)) return { value: smic };
  return undefined;
}

/** Not ended at today: started, and no end date or one today or later. */
const runningAt = (ctx: RuleContext, start: string) => {
  const end = dateOf(ctx, 'contrat.dateFin');
  return start <= ctx.today && (!end || end >= ctx.today);
};

const tauxMinimum: Rule = {
  id: 'contrat.tauxHoraire.minimum',
  severity: 'error',
  description: 'Taux horaire au moins égal au SMIC et au minimum conventionnel du type d’emploi',
  check: (ctx) => {
    const v = ctx.value('contrat.tauxHoraire');
    const rate = v ? parseAmount(v) : null;
    const start = dateOf(ctx, 'contrat.dateDebut');
    // An unreadable rate is `contrat.tauxHoraire.invalid`.
    if (rate === null || !start) return null;
    const taux = `Taux horaire ${frAmount(rate)}`;
    const atStart = minimumMissed(ctx, rate, start);
    if (atStart?.conventional) {
      return `${taux} inférieur au minimum conventionnel « ${atStart.conventional} » au ${frDate(start)} (${frAmount(atStart.value)}) : mettre la rémunération horaire conventionnelle`;
    }
    if (atStart) {
      return `${taux} inférieur au SMIC horaire au ${frDate(start)} (${frAmount(atStart.value)}) : corriger`;
    }
    // A running contract follows the minimum's raises (docs/spec/settings.md: dated legal values; « à revaloriser »).
    const now = runningAt(ctx, start) ? minimumMissed(ctx, rate, ctx.today) : undefined;
    if (!now) return null;
    const what = now.conventional ? `au minimum conventionnel « ${now.conventional} »` : 'au SMIC';
    return {
      message: `${taux} inférieur ${what} en vigueur (${frAmount(now.value)}) : à revaloriser`,
      severity: 'warning',
    };
  },
};

const grilleAbsente: Rule = {
  id: 'reglages.grille.absente',
  severity: 'info',
  description: 'Grille conventionnelle configurée dans les réglages',
  check: (ctx) => {
    if (grilleStatus(ctx.settings) === 'absente') {
      return {
        message: 'Grille conventionnelle non configurée (réglages) : seul le SMIC est contrôlé',
        targets: [],
      };
    }
    const type = ctx.value('contrat.typeEmploi');
    if (type && !grilleOf(type, ctx.settings)) {
      return {
        message: `Pas de minimum conventionnel pour « ${type} » dans la grille (réglages) : seul le SMIC est contrôlé`,
        targets: [],
      };
    }
    return null;
  },
};

const grilleObsolete: Rule = {
  id: 'reglages.grille.obsolete',
  severity: 'info',
  description: 'Grille conventionnelle à jour du dernier SMIC',
  check: (ctx) =>
    grilleStatus(ctx.settings) === 'obsolete'
      ? {
          message:
            'Grille conventionnelle plus ancienne que le dernier SMIC : la mettre à jour dans les réglages',
          targets: [],
        }
      : null,
};

const volumeMax: Rule = {
  id: 'contrat.volumeMensuel.max',
  severity: 'error',
  description: 'Volume horaire mensuel : au plus 48 h par semaine en moyenne',
  check: (ctx) => {
    const v = ctx.value('contrat.volumeMensuel');
    if (!v) return null;
    const minutes = parseHours(v);
    // An unreadable volume is `contrat.volumeMensuel.invalid`.
    if (minutes === null) return null;
    const date = dateOf(ctx, 'contrat.dateDebut') ?? ctx.today;
    const weeks = valueAt(ctx.settings.legal.semainesParMois, date);
    const max = valueAt(ctx.settings.legal.moyenne12Semaines, date);
    if (!weeks || max === undefined) return null;
    const perWeek = minutes / 60 / weeks;
    return perWeek > max
      ? `${frNumber(minutes / 60)} h par mois = ${frNumber(perWeek)} h par semaine (÷ ${String(weeks).replace('.', ',')}) : au-delà de ${frNumber(max)} h, réduire le volume`
      : null;
  },
};

const statut: Rule = {
  id: 'contrat.statut',
  severity: 'warning',
  description: 'Contrat validé (pas en Brouillon)',
  check: (ctx) => {
    const v = ctx.value('contrat.statut');
    if (v === undefined) return null;
    if (v === '') return 'Contrat sans statut : Enregistrer et valider';
    return isBrouillon(v) ? 'Contrat en Brouillon : Enregistrer et valider' : null;
  },
};

const rules: Rule[] = [
  missingRule('contrat.employeur'),
  employeurPrestataire,
  employeurClient,
  missingRule('contrat.type'),
  cddDateFin,
  cddRemplace,
  missingRule('contrat.dateDebut'),
  premierePrestation,
  tardif,
  convention,
  typeEmploi,
  nature,
  missingRule('contrat.exoneration'),
  exonerationClient,
  essaiMissing,
  essaiDebut,
  essaiDuree,
  missingRule('contrat.tauxHoraire'),
  unreadable('contrat.tauxHoraire', 'Taux horaire illisible : saisir le montant brut (ex. 12,02)'),
  tauxMinimum,
  grilleAbsente,
  grilleObsolete,
  missing('contrat.transport', 'warning', 'indiquer le montant (0 ou « néant » si aucune)'),
  missingRule('contrat.volumeMensuel'),
  unreadable(
    'contrat.volumeMensuel',
    "Volume horaire mensuel illisible : saisir un nombre d'heures (ex. 86,80)",
  ),
  volumeMax,
  missing('contrat.repartition', 'warning', 'préciser jours, rythme, durée et type de prestation'),
  statut,
  missing('contrat.modeleEdition', 'info', 'choisir le modèle correspondant au contrat'),
];

export const contratTravailRules: PageRules = {
  page: 'intervenant.contrat',
  rules,
  required: REQUIRED,
  requiredWhen: {
    'contrat.dateFin': isCdd,
    'contrat.salarieRemplace': isRemplacement,
  },
};
