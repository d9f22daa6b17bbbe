/**
 * Generates the planning pages of the demo dossier « Mme DURAND Jeanne » (demo/ogust/README.md):
 * - client-planning.html: the client's one-year planning (~1,500 prestations) with deliberate errors;
 * - client-planning-mois.html: the same planning, December only, first of three pages (partial read);
 * - client-planning-mois-janvier.html, client-planning-mois-fevrier.html: the same planning shown month by
 *   month, January and February 2027, each month whole;
 * - client-planning-conforme.html: another client's conformant one-year planning;
 * - intervenant-planning.html: DUBOIS Laura's planning across her clients, 01/03–30/04/2027 (DST change).
 * Deterministic: no randomness, no clock. It also prints what the time model of docs/spec/rules.md says of each
 * page (weekly hours, days off, 35 h rest gaps, overlaps, monthly totals): the numbers quoted in the
 * pages' `oc-why`.
 *
 * Run: npx tsx scripts/gen-demo-planning.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '../demo/ogust');

// ---------------------------------------------------------------------------------------------
// Civil dates (ISO strings) and Europe/Paris wall-clock

const DAY = 86_400_000;
const HOUR = 3_600_000;

function utcOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => isoOf(utcOf(iso) + n * DAY);
/** 0 = Monday … 6 = Sunday. */
const weekday = (iso: string) => (new Date(utcOf(iso)).getUTCDay() + 6) % 7;
const mondayOf = (iso: string) => addDays(iso, -weekday(iso));
const fr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function* daysFrom(from: string, to: string): Generator<string> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}

/** EU rule: UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. */
function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}
function parisOffset(utc: number): number {
  const y = new Date(utc).getUTCFullYear();
  return utc >= lastSundayUtc(y, 2) && utc < lastSundayUtc(y, 9) ? 120 : 60;
}
/** Absolute instant of a Paris wall-clock time (minutes since midnight, may pass 24 h). */
function parisToUtc(iso: string, minutes: number): number {
  const wall = utcOf(iso) + minutes * 60_000;
  const guess = wall - parisOffset(wall - HOUR) * 60_000;
  return wall - parisOffset(guess) * 60_000;
}

// ---------------------------------------------------------------------------------------------
// Prestations

interface Presta {
  date: string;
  /** Wall-clock start, minutes since midnight. */
  start: number;
  /** Planned duration in wall-clock minutes (0 = the deliberate invalid row). */
  dur: number;
  label: string;
  avs: string;
  client: string;
  statut: string;
}

const A_REALISER = 'A réaliser';
const DURAND = 'Mme DURAND Jeanne';
const DUBOIS = 'DUBOIS Laura';
const PETIT = 'PETIT Sarah';
const NUIT = 'Présence de nuit';

const isCancelled = (p: Presta) => p.statut.startsWith('Annul');
const isNight = (p: Presta) => p.label.toLowerCase().includes('présence de nuit');
/** Absolute start and end: the wall-clock end (start + duration) read as Paris time, as a Fin would be. */
function span(p: Presta): { s: number; e: number } {
  return { s: parisToUtc(p.date, p.start), e: parisToUtc(p.date, p.start + p.dur) };
}

const h = (min: number) => `${Math.floor(min / 60)}h${String(min % 60).padStart(2, '0')}`;
const hh = (min: number) =>
  `${String(Math.floor(min / 60) % 24).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
const duree = (min: number) => (min === 0 ? '0h' : min % 60 === 0 && min >= 600 ? `${min / 60}h` : h(min));
const num = (n: number) => (Math.round(n * 100) / 100).toString().replace('.', ',');

function sortPrestas(rows: Presta[]): Presta[] {
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.start - b.start || a.avs.localeCompare(b.avs));
}

// ---------------------------------------------------------------------------------------------
// The DURAND dossier: one year from the présentation on Tuesday 01/12/2026

const YEAR_FROM = '2026-12-01';
const YEAR_TO = '2027-11-30';
/** PETIT's présence de nuit: one Friday in two from this one. */
const FIRST_NIGHT = '2026-12-11';

const DUBOIS_DAY: [number, number, string][] = [
  [8 * 60, 60, 'Aide au lever et à la toilette'],
  [9 * 60, 120, 'Entretien du logement et courses'],
  [17 * 60, 60, 'Aide à la préparation du repas'],
  [18 * 60, 60, 'Aide au coucher'],
];
const PETIT_DAY: [number, number, string][] = [
  [9 * 60, 60, 'Aide au lever et à la toilette'],
  [10 * 60, 120, 'Aide au repas et compagnie'],
  [18 * 60, 60, 'Aide à la préparation du repas'],
  [19 * 60, 60, 'Aide au coucher'],
];

/** Deliberate errors of client-planning.html (documented in its header). */
const ERR_SANS_INTERVENANT = { date: '2027-01-17', starts: [9 * 60, 10 * 60] };
const ERR_BROUILLON = { dates: ['2027-11-22', '2027-11-23', '2027-11-24'], start: 17 * 60 };
const ERR_ZERO = { date: '2027-02-15', start: 17 * 60 };
const ANNULE: Presta = {
  date: '2027-03-10',
  start: 8 * 60 + 30,
  dur: 60,
  label: 'Aide au lever et à la toilette',
  avs: DUBOIS,
  client: DURAND,
  statut: 'Annulé',
};

function durandPlanning(): Presta[] {
  const rows: Presta[] = [];
  const add = (date: string, start: number, dur: number, label: string, avs: string) =>
    rows.push({ date, start, dur, label, avs, client: DURAND, statut: A_REALISER });
  for (const d of daysFrom(YEAR_FROM, YEAR_TO)) {
    const wd = weekday(d);
    if (d === YEAR_FROM) {
      add(d, 9 * 60, 60, 'Présentation', DUBOIS);
      add(d, 17 * 60, 60, 'Aide à la préparation du repas', DUBOIS);
      add(d, 18 * 60, 60, 'Aide au coucher', DUBOIS);
    } else if (wd < 5) for (const [s, dur, label] of DUBOIS_DAY) add(d, s, dur, label, DUBOIS);
    if (wd === 4 && d >= FIRST_NIGHT && ((utcOf(d) - utcOf(FIRST_NIGHT)) / DAY) % 14 === 0)
      add(d, 20 * 60, 12 * 60, NUIT, PETIT);
    if (wd >= 5) for (const [s, dur, label] of PETIT_DAY) add(d, s, dur, label, PETIT);
  }
  for (const r of rows) {
    if (r.date === ERR_SANS_INTERVENANT.date && ERR_SANS_INTERVENANT.starts.includes(r.start)) r.avs = '';
    if (ERR_BROUILLON.dates.includes(r.date) && r.start === ERR_BROUILLON.start) r.statut = 'Brouillon';
    if (r.date === ERR_ZERO.date && r.start === ERR_ZERO.start) r.dur = 0;
  }
  rows.push({ ...ANNULE });
  return sortPrestas(rows);
}

// DUBOIS Laura's other clients, for her own planning (01/03–30/04/2027).
const AVS_FROM = '2027-03-01';
const AVS_TO = '2027-04-30';
const GARNIER = 'M. GARNIER Louis';
const ROUSSEL = 'Mme ROUSSEL Odette';
/** Overlap: GARNIER moved to 14:30–17:30 on this day, over DURAND's 17:00 prestation. */
const CHEVAUCHEMENT = '2027-04-07';
/** Week above 50 h: ROUSSEL evening replacement Monday to Friday of this week. */
const SEMAINE50 = '2027-04-12';
/** Week with no day off: ROUSSEL présence de nuit Saturday 27/03 20:00 → Sunday 28/03 08:00 (DST night). */
const NUIT_DST = '2027-03-27';

function duboisPlanning(durand: readonly Presta[]): Presta[] {
  const rows: Presta[] = durand
    .filter((p) => p.avs === DUBOIS && p.date >= AVS_FROM && p.date <= AVS_TO)
    .map((p) => ({ ...p }));
  for (const d of daysFrom(AVS_FROM, AVS_TO)) {
    const wd = weekday(d);
    if (wd < 5) {
      const moved = d === CHEVAUCHEMENT;
      rows.push({
        date: d,
        start: moved ? 14 * 60 + 30 : 13 * 60,
        dur: 180,
        label: moved ? 'Aide à domicile (horaire décalé)' : 'Aide à domicile',
        avs: DUBOIS,
        client: GARNIER,
        statut: A_REALISER,
      });
    }
    if (wd < 5 && mondayOf(d) === SEMAINE50)
      rows.push({
        date: d,
        start: 19 * 60 + 30,
        dur: 150,
        label: 'Aide au coucher (remplacement)',
        avs: DUBOIS,
        client: ROUSSEL,
        statut: A_REALISER,
      });
    if (d === NUIT_DST)
      rows.push({
        date: d,
        start: 20 * 60,
        dur: 12 * 60,
        label: NUIT,
        avs: DUBOIS,
        client: ROUSSEL,
        statut: A_REALISER,
      });
  }
  return sortPrestas(rows);
}

// Second client, conformant: M. BERNARD Henri (CLI00057), from the présentation on Monday 04/01/2027.
const BERNARD = 'M. BERNARD Henri';
const CONF_FROM = '2027-01-04';
const CONF_TO = '2028-01-31';

function bernardPlanning(): Presta[] {
  const rows: Presta[] = [];
  const add = (date: string, start: number, dur: number, label: string, avs: string) =>
    rows.push({ date, start, dur, label, avs, client: BERNARD, statut: A_REALISER });
  for (const d of daysFrom(CONF_FROM, CONF_TO)) {
    const wd = weekday(d);
    if (d === CONF_FROM) add(d, 10 * 60, 60, 'Présentation', 'MOREAU Claire');
    else if (wd === 0 || wd === 2 || wd === 4) add(d, 9 * 60, 180, 'Aide à domicile', 'MOREAU Claire');
    if (wd === 1 || wd === 3) add(d, 14 * 60, 120, 'Courses et accompagnement', 'LEGRAND Amina');
  }
  return sortPrestas(rows);
}

// ---------------------------------------------------------------------------------------------
// The time model of docs/spec/rules.md, to check and document what each page must produce

interface Timed {
  p: Presta;
  s: number;
  e: number;
}
const timed = (rows: readonly Presta[]): Timed[] =>
  rows
    .filter((p) => !isCancelled(p) && p.dur > 0)
    .map((p) => ({ p, ...span(p) }))
    .sort((a, b) => a.s - b.s);
const weight = (p: Presta) => (isNight(p) ? 0 : 1);

/** ISO weeks (Mondays) entirely inside [from, to]. */
function fullWeeks(from: string, to: string): string[] {
  const out: string[] = [];
  for (
    let m = weekday(from) === 0 ? from : addDays(mondayOf(from), 7);
    addDays(m, 6) <= to;
    m = addDays(m, 7)
  )
    out.push(m);
  return out;
}

function weekHours(t: readonly Timed[], monday: string, filter: (p: Presta) => boolean = () => true): number {
  const a = parisToUtc(monday, 0);
  const b = parisToUtc(addDays(monday, 7), 0);
  let ms = 0;
  for (const x of t) {
    if (!filter(x.p)) continue;
    const s = Math.max(x.s, a);
    const e = Math.min(x.e, b);
    if (e > s) ms += (e - s) * weight(x.p);
  }
  return ms / HOUR;
}

function overlaps(t: readonly Timed[]): [Timed, Timed][] {
  const out: [Timed, Timed][] = [];
  let last: Timed | undefined;
  for (const x of t) {
    if (last && x.s < last.e) out.push([last, x]);
    if (!last || x.e > last.e) last = x;
  }
  return out;
}

function freeDays(t: readonly Timed[], monday: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < 7; i++) {
    const d = addDays(monday, i);
    const a = parisToUtc(d, 0);
    const b = parisToUtc(addDays(d, 1), 0);
    if (!t.some((x) => x.s < b && x.e > a)) out.push(d);
  }
  return out;
}

/** Longest rest gap (hours) intersecting the week, on the whole timeline and up to the covered ends. */
function longestRest(t: readonly Timed[], monday: string, from: string, to: string): number {
  const bounds: [number, number][] = [];
  let cursor = parisToUtc(from, 0);
  for (const x of t) {
    if (x.s > cursor) bounds.push([cursor, x.s]);
    cursor = Math.max(cursor, x.e);
  }
  const end = parisToUtc(addDays(to, 1), 0);
  if (end > cursor) bounds.push([cursor, end]);
  const a = parisToUtc(monday, 0);
  const b = parisToUtc(addDays(monday, 7), 0);
  let best = 0;
  for (const [s, e] of bounds) if (s < b && e > a) best = Math.max(best, (e - s) / HOUR);
  return best;
}

function monthHours(t: readonly Timed[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of t)
    m.set(x.p.date.slice(0, 7), (m.get(x.p.date.slice(0, 7)) ?? 0) + ((x.e - x.s) / HOUR) * weight(x.p));
  return m;
}

// ---------------------------------------------------------------------------------------------
// HTML

const CSS = `  body { margin: 0; font: 11px Verdana, Arial, Helvetica, sans-serif; color: #222; background: #e6ebf1; }
  a { color: #1d4f86; text-decoration: none; }
  a:hover { text-decoration: underline; }
  #bandeau { background: linear-gradient(#3a6d9e, #204a73); color: #fff; padding: 6px 12px; overflow: hidden; }
  #bandeau .logo { font: bold 14px Arial, sans-serif; letter-spacing: .2px; }
  #bandeau .logo small { font-weight: normal; color: #cfe0f1; }
  #bandeau .utilisateur { float: right; margin-top: 2px; color: #dbe7f3; }
  #bandeau .utilisateur a { color: #fff; }
  ul.menu { list-style: none; margin: 0; padding: 0 8px; background: #f3f3f3; border-bottom: 1px solid #a9b7c6; overflow: hidden; }
  ul.menu li { float: left; }
  ul.menu li a { display: block; padding: 6px 14px; color: #204a73; font-weight: bold; border-right: 1px solid #d5dde6; }
  ul.menu li.ici a { background: #fff; color: #b0401a; }
  .fil { padding: 5px 12px; color: #666; }
  .entete-fiche { margin: 0 8px 6px; padding: 6px 10px; background: #fffdf2; border: 1px solid #d8cf9c; }
  .entete-fiche .code { font: bold 12px "Courier New", monospace; color: #8a5a00; margin-right: 8px; }
  .entete-fiche strong { font-size: 13px; }
  .entete-fiche .etat { margin-left: 12px; color: #5b6b7b; }
  .entete-fiche .plus { float: right; color: #2e9a2e; font: bold 16px Arial, sans-serif; }
  ul.onglets { list-style: none; margin: 0 8px; padding: 0 0 0 4px; border-bottom: 1px solid #7f9db9; overflow: hidden; }
  ul.onglets li { float: left; margin-right: 2px; }
  ul.onglets li a { display: block; padding: 4px 12px; background: #d4dfeb; border: 1px solid #9fb3c8; border-bottom: none; color: #204a73; }
  ul.onglets li.actif a { background: #fff; font-weight: bold; color: #000; position: relative; top: 1px; }
  .contenu { background: #fff; margin: 0 8px 8px; padding: 8px; border: 1px solid #7f9db9; border-top: none; }
  .barre { margin: 0 0 6px; padding: 4px 6px; background: #f4f7fa; border: 1px solid #dde4ec; overflow: hidden; }
  .barre .periode { font-weight: bold; color: #1d3f63; margin-right: 14px; }
  .barre .compte, .barre .pagination { color: #5b6b7b; margin-right: 14px; }
  .barre .pagination b { color: #b0401a; }
  .legende { margin: 6px 0 0; color: #777; font-style: italic; }
  table.liste { border-collapse: collapse; width: 100%; }
  table.liste th { background: #dfe8f1; color: #1d3f63; text-align: left; padding: 3px 6px; border: 1px solid #c5d3e0; }
  table.liste td { padding: 1px 6px; border: 1px solid #e3e9ef; white-space: nowrap; }
  table.liste tr.s1 td { background: #f5f8fb; }
  table.liste tr.brouillon td { color: #9a6a00; font-style: italic; }
  table.liste tr.annule td { color: #999; text-decoration: line-through; }
  #pied { margin: 0 8px 10px; color: #8a96a3; font-size: 10px; }`;

const CLIENT_TABS = ['Définition', 'Contrats', 'Planning', 'Devis', 'Documents', 'Rendez-vous', 'Notes'];
const INTERVENANT_TABS = [
  'Définition',
  'Contrats de travail',
  'Planning',
  'Documents',
  'Rendez-vous',
  'Notes',
];
const MENU = ['Accueil', 'Clients', 'Intervenants', 'Planning', 'Facturation', 'Paie'];

/** The header of Mme DURAND's Planning tab, on each of her planning pages. */
const DURAND_PLANNING = {
  menu: 'Clients',
  fil: 'Clients › Liste des clients › DURAND Jeanne › Planning',
  code: 'CLI00042',
  name: 'Mme DURAND Jeanne',
  etat: 'client particulier, mode mandataire',
  tabs: CLIENT_TABS,
  active: 'Planning',
} as const;

interface Shell {
  comment: string;
  title: string;
  menu: 'Clients' | 'Intervenants';
  fil: string;
  code: string;
  name: string;
  etat: string;
  tabs: string[];
  active: string;
  body: string;
}

function shell(o: Shell): string {
  const menu = MENU.map((m) => `  <li${m === o.menu ? ' class="ici"' : ''}><a href="#">${m}</a></li>`).join(
    '\n',
  );
  const tabs = o.tabs
    .map((t) => `<li${t === o.active ? ' class="actif"' : ''}><a href="#">${t}</a></li>`)
    .join('');
  return `<!doctype html>
<!--
${o.comment.replace(/^\n+|\s+$/g, '')}
-->
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${o.title}</title>
<style>
${CSS}
</style>
</head>
<body>
<div id="bandeau">
  <span class="logo">Unaide à domicile <small>— agence de Lille-Démo</small></span>
  <span class="utilisateur">Connecté·e : Camille Martin · <a href="#">Mon compte</a> · <a href="#">Déconnexion</a></span>
</div>
<ul class="menu">
${menu}
</ul>
<div class="fil">${o.fil}</div>
<div class="entete-fiche">
  <span class="code">${o.code}</span> <strong>${o.name}</strong>
  <span class="etat">— ${o.etat}</span>
  <span class="plus" title="Nouvelle intervention">+</span>
</div>
<ul class="onglets">${tabs}</ul>
<div class="contenu">
${o.body}
</div>
<div id="pied">Ogust Manager — écran de démonstration (données fictives) · Dossier conforme · généré par scripts/gen-demo-planning.ts</div>
</body>
</html>
`;
}

type Column =
  'date' | 'debutH' | 'duree' | 'debut' | 'fin' | 'prestation' | 'intervenant' | 'client' | 'statut';
const HEADERS: Record<Column, string> = {
  date: 'Date',
  debutH: 'Heure de début',
  duree: 'Durée',
  debut: 'Début',
  fin: 'Fin',
  prestation: 'Prestation',
  intervenant: 'Intervenant',
  client: 'Client',
  statut: 'Statut',
};

function cell(p: Presta, c: Column): string {
  switch (c) {
    case 'date':
      return fr(p.date);
    case 'debutH':
      return h(p.start);
    case 'duree':
      return duree(p.dur);
    case 'debut':
      return hh(p.start);
    case 'fin':
      return hh(p.start + p.dur);
    case 'prestation':
      return p.label;
    case 'intervenant':
      return p.avs;
    case 'client':
      return p.client;
    case 'statut':
      return p.statut;
  }
}

/** The one data table of a planning page; rows shaded by ISO week. */
function table(rows: readonly Presta[], columns: Column[]): string {
  const head = columns.map((c) => `<th>${HEADERS[c]}</th>`).join('');
  const body = rows
    .map((p) => {
      const week = Math.round((utcOf(mondayOf(p.date)) - utcOf('2026-01-05')) / (7 * DAY)) % 2;
      const cls = [`s${week}`, p.statut === 'Brouillon' ? 'brouillon' : '', isCancelled(p) ? 'annule' : '']
        .filter(Boolean)
        .join(' ');
      return `<tr class="${cls}">${columns.map((c) => `<td>${cell(p, c)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<table class="liste">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const count = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');

function write(file: string, html: string): void {
  writeFileSync(resolve(OUT, file), html);
  console.log(`${file}: ${count(Buffer.byteLength(html))} octets`);
}

// ---------------------------------------------------------------------------------------------
// Checks and pages

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`gen-demo-planning: ${what}`);
}

const SEMAINES_PAR_MOIS = 4.34;
const VOLUME_DUBOIS = 108.5;
const VOLUME_PETIT = 86.8;

function main(): void {
  const durand = durandPlanning();
  const tDurand = timed(durand);
  const weeks = fullWeeks(YEAR_FROM, YEAR_TO);
  const avg = (filter?: (p: Presta) => boolean) =>
    weeks.reduce((s, w) => s + weekHours(tDurand, w, filter), 0) / weeks.length;
  const avgAll = avg();
  const avgDubois = avg((p) => p.avs === DUBOIS);
  const avgPetit = avg((p) => p.avs === PETIT);
  const mensuel = avgAll * SEMAINES_PAR_MOIS;
  const contrats = VOLUME_DUBOIS + VOLUME_PETIT;
  const ecart = Math.abs(mensuel - contrats) / contrats;
  const sansIntervenant = durand.filter((p) => !p.avs);
  const brouillons = durand.filter((p) => p.statut === 'Brouillon');
  const zero = durand.filter((p) => p.dur === 0);
  const annules = durand.filter(isCancelled);
  const first = durand.find((p) => !isCancelled(p))!;
  const last = durand[durand.length - 1]!;
  const firstOf = (avs: string) => durand.find((p) => p.avs === avs && !isCancelled(p))!;
  const nuits = durand.filter(isNight);

  check(first.label === 'Présentation' && first.date === YEAR_FROM, 'présentation first');
  check(sansIntervenant.length === 2 && brouillons.length === 3 && zero.length === 1, 'deliberate errors');
  check(last.date === YEAR_TO, 'last prestation on the last day');
  check(ecart > 0.1, 'planning.volume must fire on the dossier');
  console.log(
    `DURAND: ${durand.length} lignes (${durand.length - annules.length} non annulées), ${weeks.length} semaines pleines ` +
      `(${fr(weeks[0]!)} → ${fr(addDays(weeks[weeks.length - 1]!, 6))}); moyenne ${num(avgAll)} h/sem ` +
      `(DUBOIS ${num(avgDubois)}, PETIT ${num(avgPetit)}) × 4,34 = ${num(mensuel)} h/mois ` +
      `vs contrats ${num(contrats)} (écart ${num(ecart * 100)} %)`,
  );
  console.log(
    `  première prestation DUBOIS ${fr(firstOf(DUBOIS).date)}, PETIT ${fr(firstOf(PETIT).date)}; ${nuits.length} nuits`,
  );

  // client-planning.html ---------------------------------------------------------------------
  const why = `  oc-demo: client Planning tab as a list (Date | Heure de début | Durée | Prestation | Intervenant | Statut, no Client column), one year « Période : du ${fr(YEAR_FROM)} au ${fr(YEAR_TO)} », not paginated, ${count(durand.length)} prestations; GENERATED by scripts/gen-demo-planning.ts.
  oc-page: client.planning
  oc-expect: planning.intervenant.missing planning.brouillon prestation.duree.invalid
  oc-expect-info:
  oc-expect-dossier: planning.volume
  oc-why: the dossier of Mme DURAND Jeanne (CLI00042). Rhythm: DUBOIS Laura Monday–Friday 8h00–11h00 (8h00 1h00 + 9h00 2h00) and 17h00–19h00
  (17h00 1h00 + 18h00 1h00) = 25 h a week; PETIT Sarah Saturday and Sunday 9h00–12h00 and 18h00–20h00 = 10 h a week, plus a
  « Présence de nuit » Friday 20h00, Durée 12h, one Friday in two from 11/12/2026 (${nuits.length} nights, weight 0 toward working time).
  First row: « Présentation » on 01/12/2026 9h00 with DUBOIS Laura, status A réaliser (validated, not Brouillon): no planning.presentation.*.
  planning.intervenant.missing: the two rows of Sunday ${fr(ERR_SANS_INTERVENANT.date)} at 9h00 and 10h00 have an empty Intervenant (replacement not yet found).
  planning.brouillon: the 17h00 rows of ${ERR_BROUILLON.dates.map(fr).join(', ')} are still Brouillon (3 rows).
  prestation.duree.invalid: ${fr(ERR_ZERO.date)} 17h00 « Aide à la préparation du repas » has Durée « 0h ».
  No finding from the row of ${fr(ANNULE.date)} 8h30 1h00 « Annulé »: it overlaps DUBOIS's active 8h00 and 9h00 rows, but cancelled rows are ignored
  by every rule (and client.planning has no overlap rule anyway).
  planning.horizon is silent: first prestation ${fr(first.date)}, last ${fr(last.date)} (less than 7 days short of one year). Completeness: the
  displayed period ${fr(YEAR_FROM)}–${fr(YEAR_TO)} is inclusive, so it covers up to 01/12/2027 00:00 = exactly one year after the first
  prestation: the planning is COMPLETE (an implementation comparing « period end ≥ first + 1 year » as dates must count the end day inclusively).
  mandat.parAvs (client.contrats rule) would stay silent: 2 distinct AVS here (rows without intervenant are not an AVS), 2 contrats de mandat.
  Whole dossier visited: planning.volume: over the ${weeks.length} ISO weeks fully inside the period (${fr(weeks[0]!)} → ${fr(addDays(weeks[weeks.length - 1]!, 6))}) the
  non-cancelled prestations average ${num(avgAll)} h a week (DUBOIS ${num(avgDubois)}, PETIT ${num(avgPetit)}; nights count 0; the 0h row counts 0),
  × 4,34 = ${num(mensuel)} h a month, while the contrats de travail of the dossier sum ${num(contrats)} h (DUBOIS 108,50 in contrat-travail-remuneration.html
  + PETIT 86,80 in contrat-travail-cdd.html): ${num(ecart * 100)} % apart (> 10 %). The PETIT contract's volume is the wrong one (her rhythm is 10 h a week = 43,40 h).`;
  write(
    'client-planning.html',
    shell({
      comment: why,
      title: 'Ogust — Fiche client DURAND Jeanne (CLI00042) — Planning',
      ...DURAND_PLANNING,
      body: `<div class="barre"><span class="periode">Période : du ${fr(YEAR_FROM)} au ${fr(YEAR_TO)}</span><span class="compte">${count(durand.length)} interventions, toutes affichées</span></div>
${table(durand, ['date', 'debutH', 'duree', 'prestation', 'intervenant', 'statut'])}
<p class="legende">Les interventions annulées restent affichées, barrées.</p>`,
    }),
  );

  // client-planning-mois.html ----------------------------------------------------------------
  const decembre = durand.filter((p) => p.date <= '2026-12-31');
  const parPage = Math.ceil(decembre.length / 3);
  const page1 = decembre.slice(0, parPage);
  check(
    page1.every((p) => p.avs && p.statut === A_REALISER && p.dur > 0),
    'page 1 of December has no row error',
  );
  const whyMois = `  oc-demo: client Planning tab filtered on one month (« Période : du 01/12/2026 au 31/12/2026 ») and paginated (« Page 1 / 3 », rows 1 to ${page1.length} of ${decembre.length}): a partial read; GENERATED by scripts/gen-demo-planning.ts.
  oc-page: client.planning
  oc-expect:
  oc-expect-info: planning.partiel
  oc-expect-dossier: planning.volume
  oc-why: the same planning as client-planning.html (Mme DURAND Jeanne, CLI00042), December 2026 only, first page of three
  (${fr(page1[0]!.date)} → ${fr(page1[page1.length - 1]!.date)}). Its rows are all valid (Présentation first, every row with an intervenant, A réaliser, non-zero Durée),
  so no row rule fires. The read is paginated, so the planning is incomplete: planning.partiel (info) « planning lu partiellement », and the
  whole-planning rules stay silent (planning.horizon would otherwise fire: last row ${fr(page1[page1.length - 1]!.date)}).
  Whole dossier visited: after the whole dossier was visited (client-planning.html read, complete), the whole-planning rules use the accumulated
  year: planning.volume fires as on client-planning.html (${num(mensuel)} h planned a month vs ${num(contrats)} h in the contracts) and
  planning.partiel is no longer shown. Row rules judge this page's rows only (no planning.brouillon etc. from other months). A paginated read
  must not replace the December rows accumulated from the complete read.`;
  write(
    'client-planning-mois.html',
    shell({
      comment: whyMois,
      title: 'Ogust — Fiche client DURAND Jeanne (CLI00042) — Planning — décembre 2026',
      ...DURAND_PLANNING,
      body: `<div class="barre"><span class="periode">Période : du 01/12/2026 au 31/12/2026</span><span class="pagination"><b>Page 1 / 3</b> · interventions 1 à ${page1.length} sur ${decembre.length}</span><a href="#">Page suivante ›</a></div>
${table(page1, ['date', 'debutH', 'duree', 'prestation', 'intervenant', 'statut'])}
<p class="legende">Afficher : 1 mois · <a href="#">Mois précédent</a> · <a href="#">Mois suivant</a></p>`,
    }),
  );

  // client-planning-mois-janvier.html, client-planning-mois-fevrier.html -------------------------
  const MOIS = [
    {
      month: '2027-01',
      name: 'janvier',
      file: 'client-planning-mois-janvier.html',
      prev: 'client-planning-mois.html',
    },
    {
      month: '2027-02',
      name: 'février',
      file: 'client-planning-mois-fevrier.html',
      prev: 'client-planning-mois-janvier.html',
    },
  ];
  MOIS.forEach((m, i) => {
    const rows = durand.filter((p) => p.date.startsWith(m.month));
    const from = `${m.month}-01`;
    const to = addDays(MOIS[i + 1] ? `${MOIS[i + 1]!.month}-01` : '2027-03-01', -1);
    const next = MOIS[i + 1]?.file ?? '#';
    const sans = rows.filter((p) => !p.avs);
    const zero = rows.filter((p) => p.dur === 0);
    check(
      rows.every((p) => p.statut === A_REALISER && p.label !== 'Présentation') &&
        (i === 0 ? sans.length === 2 && !zero.length : !sans.length && zero.length === 1),
      `${m.file}: its deliberate errors only`,
    );
    const rowsWhy =
      i === 0
        ? `planning.intervenant.missing: the two rows of Sunday ${fr(ERR_SANS_INTERVENANT.date)} at 9h00 and 10h00 have an empty Intervenant (as on client-planning.html).`
        : `prestation.duree.invalid: ${fr(ERR_ZERO.date)} 17h00 « Aide à la préparation du repas » has Durée « 0h » (as on client-planning.html).`;
    const whyMonth = `  oc-demo: client Planning tab shown month by month (« Période : du ${fr(from)} au ${fr(to)} », ${m.name} ${m.month.slice(0, 4)}, not paginated, ${rows.length} interventions, links to the previous and next month): one month of the year, read whole; GENERATED by scripts/gen-demo-planning.ts.
  oc-page: client.planning
  oc-expect: ${i === 0 ? 'planning.intervenant.missing' : 'prestation.duree.invalid'}
  oc-expect-info: planning.partiel
  oc-expect-dossier: planning.volume
  oc-why: the same planning as client-planning.html (Mme DURAND Jeanne, CLI00042), ${m.name} ${m.month.slice(0, 4)} only, every row of the month.
  ${rowsWhy} No other row rule fires (no Brouillon, no other empty Intervenant or Durée in the month).
  planning.partiel (info): the month is read whole (its period counts as covered) but it is not a year: « Planning lu partiellement (du ${fr(from)} au ${fr(to)}) »
  alone; read after the months before it, each shown whole (client-planning-mois.html, a first page of three, covers no period), the covered
  period grows (${i === 0 ? 'December then January: du 01/12/2026 au 31/01/2027' : 'December to February: du 01/12/2026 au 28/02/2027'}), and the info stays until the months up to November 2027
  are read (a year from the first prestation, 01/12/2026, less the 7-day tolerance). The whole-planning rules stay silent meanwhile. No
  planning.presentation.*: the Présentation (01/12/2026) is not in this month.
  Whole dossier visited: as client-planning-mois.html: the year read on client-planning.html is complete, planning.volume fires (${num(mensuel)} h planned a
  month vs ${num(contrats)} h in the contracts) and planning.partiel is no longer shown.`;
    write(
      m.file,
      shell({
        comment: whyMonth,
        title: `Ogust — Fiche client DURAND Jeanne (CLI00042) — Planning — ${m.name} ${m.month.slice(0, 4)}`,
        ...DURAND_PLANNING,
        body: `<div class="barre"><span class="periode">Période : du ${fr(from)} au ${fr(to)}</span><span class="compte">${rows.length} interventions, toutes affichées</span><a href="${m.prev}">‹ Mois précédent</a> · <a href="${next}">Mois suivant ›</a></div>
${table(rows, ['date', 'debutH', 'duree', 'prestation', 'intervenant', 'statut'])}
<p class="legende">Afficher : 1 mois · <a href="${m.prev}">Mois précédent</a> · <a href="${next}">Mois suivant</a></p>`,
      }),
    );
  });

  // client-planning-conforme.html ------------------------------------------------------------
  const bernard = bernardPlanning();
  const bLast = bernard[bernard.length - 1]!;
  check(bernard[0]!.label === 'Présentation' && bLast.date >= '2028-01-04', 'conforme horizon');
  const whyConf = `  oc-demo: client Planning tab of another client, conformant, as a list with Début / Fin columns (Date | Début | Fin | Prestation | Intervenant | Statut), one year and a month, not paginated; GENERATED by scripts/gen-demo-planning.ts.
  oc-page: client.planning
  oc-expect:
  oc-expect-info:
  oc-expect-dossier:
  oc-why: nothing to report. M. BERNARD Henri (CLI00057), a second client with his own AVS: « Présentation » Monday 04/01/2027 10:00–11:00 with
  MOREAU Claire (A réaliser), first row; then MOREAU Claire Monday, Wednesday, Friday 09:00–12:00 and LEGRAND Amina Tuesday and Thursday
  14:00–16:00, every row with an intervenant, A réaliser, Fin after Début. « Période : du ${fr(CONF_FROM)} au ${fr(CONF_TO)} », last prestation ${fr(bLast.date)}:
  more than one year after the first (planning.horizon silent, planning complete). ${bernard.length} prestations.
  Whole dossier visited: nothing more: no other page of this dossier exists (no contrat de travail, so planning.volume cannot be judged; the DURAND pages
  are another dossier).`;
  write(
    'client-planning-conforme.html',
    shell({
      comment: whyConf,
      title: 'Ogust — Fiche client BERNARD Henri (CLI00057) — Planning',
      menu: 'Clients',
      fil: 'Clients › Liste des clients › BERNARD Henri › Planning',
      code: 'CLI00057',
      name: 'M. BERNARD Henri',
      etat: 'client particulier, mode mandataire',
      tabs: CLIENT_TABS,
      active: 'Planning',
      body: `<div class="barre"><span class="periode">Période : du ${fr(CONF_FROM)} au ${fr(CONF_TO)}</span><span class="compte">${count(bernard.length)} interventions, toutes affichées</span></div>
${table(bernard, ['date', 'debut', 'fin', 'prestation', 'intervenant', 'statut'])}`,
    }),
  );

  // intervenant-planning.html ----------------------------------------------------------------
  const dubois = duboisPlanning(durand);
  const tDubois = timed(dubois);
  const avsWeeks = fullWeeks(AVS_FROM, AVS_TO);
  const lines: string[] = [];
  const over50: string[] = [];
  const noDayOff: string[] = [];
  const noRest: string[] = [];
  for (const w of avsWeeks) {
    const hours = weekHours(tDubois, w);
    const free = freeDays(tDubois, w);
    const rest = longestRest(tDubois, w, AVS_FROM, AVS_TO);
    const durandHours = weekHours(tDubois, w, (p) => p.client === DURAND);
    if (hours > 50) over50.push(w);
    if (!free.length) noDayOff.push(w);
    if (rest < 35) noRest.push(w);
    lines.push(
      `${fr(w)}–${fr(addDays(w, 6))}: ${num(hours)} h (DURAND ${num(durandHours)}), ${free.length} jour(s) libre(s), repos max ${num(rest)} h`,
    );
  }
  const pairs = overlaps(tDubois);
  const months = monthHours(tDubois);
  const night = tDubois.find((x) => isNight(x.p))!;
  const nightHours = (night.e - night.s) / HOUR;
  const durandAvg =
    avsWeeks.reduce((s, w) => s + weekHours(tDubois, w, (p) => p.client === DURAND), 0) / avsWeeks.length;
  console.log(`DUBOIS ${fr(AVS_FROM)}–${fr(AVS_TO)}: ${dubois.length} lignes`);
  for (const l of lines) console.log(`  ${l}`);
  console.log(
    `  chevauchements: ${pairs.map(([a, b]) => `${fr(a.p.date)} ${hh(a.p.start)} ${a.p.client} / ${hh(b.p.start)} ${b.p.client}`).join('; ')}`,
  );
  console.log(
    `  mois: ${[...months].map(([m, v]) => `${m} ${num(v)} h`).join(', ')}; nuit DST ${nightHours} h`,
  );
  check(
    pairs.length === 1 && over50.length === 1 && noDayOff.length === 1 && noRest.length === 0,
    'AVS weeks',
  );
  check(nightHours === 11, 'DST night lasts 11 h');
  check(
    [...months.values()].every((v) => v <= 48 * SEMAINES_PAR_MOIS),
    'monthly totals under 48 × 4,34',
  );
  check(Math.abs(durandAvg * SEMAINES_PAR_MOIS - VOLUME_DUBOIS) < 0.01, 'DURAND hours = contract');
  const [ov] = pairs;
  const whyAvs = `  oc-demo: intervenant planning of DUBOIS Laura across her clients (Date | Début | Fin | Prestation | Client | Statut, no Intervenant column), « Période : du ${fr(AVS_FROM)} au ${fr(AVS_TO)} », not paginated, across the DST change of Sunday 28/03/2027; GENERATED by scripts/gen-demo-planning.ts.
  oc-page: intervenant.planning
  oc-expect: planningAvs.chevauchement planningAvs.semaine50 planningAvs.jourRepos
  oc-expect-info: planningAvs.totalMois
  oc-expect-dossier:
  oc-why: DUBOIS Laura (SA00017) works Monday–Friday for Mme DURAND Jeanne 08:00–11:00 and 17:00–19:00 (the DUBOIS rows of client-planning.html,
  same dates, times and labels, including the cancelled 10/03/2027 08:30 row) and for M. GARNIER Louis 13:00–16:00: 40 h a normal week.
  The ${avsWeeks.length} ISO weeks fully inside the period are judged (${fr(avsWeeks[0]!)} → ${fr(addDays(avsWeeks[avsWeeks.length - 1]!, 6))}); the week of 26/04 is not.
  planningAvs.chevauchement: ${fr(ov![0].p.date)}, GARNIER moved to 14:30–17:30 (« horaire décalé ») overlaps DURAND 17:00–18:00 (both rows).
  planningAvs.semaine50: week ${fr(SEMAINE50)}–${fr(addDays(SEMAINE50, 6))} = ${num(weekHours(tDubois, SEMAINE50))} h (40 h + Mme ROUSSEL Odette 19:30–22:00 Monday to Friday, a replacement).
  planningAvs.jourRepos: week ${fr(noDayOff[0]!)}–${fr(addDays(noDayOff[0]!, 6))} has no free calendar day: Monday–Friday as usual, then a ROUSSEL « Présence de nuit »
  Saturday 27/03 20:00 → Sunday 28/03 08:00 (Fin before Début: crosses midnight; the DST night lasts ${nightHours} h elapsed; weight 0, so the week
  stays at ${num(weekHours(tDubois, noDayOff[0]!))} h).
  No planningAvs.repos35: every judged week is intersected by a rest gap of at least 35 h (for the week of 22/03: Friday 19/03 19:00 → Monday
  22/03 08:00, 61 h; longest gaps per week ${avsWeeks.map((w) => num(longestRest(tDubois, w, AVS_FROM, AVS_TO))).join(' / ')} h).
  No planningAvs.moyenne12 (only ${avsWeeks.length} full weeks, no 12-week window). The cancelled row 10/03/2027 08:30–09:30 overlaps the 08:00 and
  09:00 rows and must NOT give planningAvs.chevauchement (cancelled rows are ignored).
  planningAvs.totalMois (info): March 2027 ${num(months.get('2027-03') ?? 0)} h, April 2027 ${num(months.get('2027-04') ?? 0)} h, both under 48 × 4,34 = 208,32 h (no warning).
  Whole dossier visited: nothing more. planningAvs.volumeMois: the DURAND rows average ${num(durandAvg)} h a week × 4,34 = ${num(durandAvg * SEMAINES_PAR_MOIS)} h = the contract's
  108,50 (contrat-travail-remuneration.html); planningAvs.client: DURAND prestations are present.`;
  write(
    'intervenant-planning.html',
    shell({
      comment: whyAvs,
      title: 'Ogust — Fiche intervenant DUBOIS Laura (SA00017) — Planning',
      menu: 'Intervenants',
      fil: 'Intervenants › Liste des intervenants › DUBOIS Laura › Planning',
      code: 'SA00017',
      name: 'Mme DUBOIS Laura',
      etat: 'assistante de vie, salariée',
      tabs: INTERVENANT_TABS,
      active: 'Planning',
      body: `<div class="barre"><span class="periode">Période : du ${fr(AVS_FROM)} au ${fr(AVS_TO)}</span><span class="compte">${dubois.length} interventions, tous clients</span></div>
${table(dubois, ['date', 'debut', 'fin', 'prestation', 'client', 'statut'])}
<p class="legende">Heures en heure légale de Paris ; changement d'heure le dimanche 28/03/2027 à 2h00.</p>`,
    }),
  );
}

main();
