// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://demo-agence.ogust.com/client.php?id=42#haut"}
/**
 * The links « Lire les onglets non lus » may follow: the tab strip's (the list holding the active
 * tab), script-driven tabs kept without an address, other same-origin links by their text; never
 * another origin, never a fragment of the same page.
 */
import { describe, expect, it } from 'vitest';
import { harvestLinks } from './unseen-frame';

const O = 'https://demo-agence.ogust.com';

function doc(body: string): Document {
  document.body.innerHTML = body;
  return document;
}

describe('harvestLinks', () => {
  it('reads the tab strip: real addresses, script-driven tabs, a tab without a link', () => {
    const d = doc(`
      <ul class="menu"><li class="ici"><a href="/accueil.php">Accueil</a></li><li><a href="/planning.php">Planning</a></li></ul>
      <ul class="onglets">
        <li class="actif"><a href="client.php?id=42">Définition</a></li>
        <li><a href="client.php?id=42&amp;onglet=contrats#liste">Contrats</a></li>
        <li><a href="javascript:ouvrir('planning')">Planning</a></li>
        <li><a href="#" onclick="ouvrir('devis')">Devis</a></li>
        <li><span onclick="ouvrir('documents')">Documents</span></li>
        <li><a href="https://autre-site.example/notes">Notes</a></li>
      </ul>`);
    expect(harvestLinks(d).filter((l) => l.tab)).toEqual([
      { text: 'Définition', url: `${O}/client.php?id=42`, tab: true },
      { text: 'Contrats', url: `${O}/client.php?id=42&onglet=contrats`, tab: true },
      { text: 'Planning', tab: true, scripted: true },
      { text: 'Devis', tab: true, scripted: true },
      { text: 'Documents', tab: true, scripted: true },
    ]);
  });

  it('keeps the other same-origin links (not in the tab strip) by their text, and nothing else', () => {
    const d = doc(`
      <ul class="menu"><li class="ici"><a href="/accueil.php">Accueil</a></li></ul>
      <table><tr><td><a href="/intervenant.php?id=17">DUBOIS Laura</a></td>
      <td><a href="https://autre-site.example/x">Ailleurs</a></td><td><a href="#bas">Bas de page</a></td>
      <td><a href="javascript:void(0)">Script</a></td></tr></table>
      <a href="planning.php?page=2">Page suivante ›</a>`);
    expect(harvestLinks(d)).toEqual([
      // « ici » is not an active-tab class: the top menu is no tab strip.
      { text: 'Accueil', url: `${O}/accueil.php`, tab: false },
      { text: 'DUBOIS Laura', url: `${O}/intervenant.php?id=17`, tab: false },
      { text: 'Page suivante ›', url: `${O}/planning.php?page=2`, tab: false },
    ]);
  });
});
