/**
 * How the parts of a Besluit read in the form: Dutch labels and values, bronnen, termijnen. Pure
 * functions from data to HTML text (every value escaped).
 */
import type { Feit } from '../rules/_lib/definitie.js';
import type { Bron } from '../types/bron.js';
import { datumTekst, momentTekst } from './tijd.js';

/** Text made safe for HTML (also inside attribute values). */
export const esc = (s: unknown): string =>
  String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Dutch labels of the detail fields of an actie and the extra fields of a Besluit that the form shows. */
export const VELDEN: Readonly<Record<string, string>> = {
  uiterlijk: 'Uiterlijk',
  wanneer: 'Wanneer',
  verplicht: 'Monitoren verplicht',
  momenten: 'Monitoringmomenten',
  bewaartermijnTot: 'Bewaren tot',
  reden: 'Reden',
  veiligheidsbeoordeling: 'Veiligheidsbeoordeling nodig',
  samenMetVeiligThuis: 'Vragen 3 tot en met 5 samen met Veilig Thuis',
  interpretatie: 'Interpretatie',
};
const WANNEER: Readonly<Record<string, string>> = {
  'zelfde-dag': 'dezelfde dag (binnen kantooruren)',
  sez: 'de SEZ wordt ingezet (buiten kantooruren)',
};

/** A field's value as Dutch text. */
export function waardeTekst(naam: string, w: unknown): string {
  if (typeof w === 'boolean') return w ? 'ja' : 'nee';
  if (naam === 'wanneer' && typeof w === 'string') return WANNEER[w] ?? w;
  if (Array.isArray(w)) return w.map((x) => datumTekst(x)).join('; ');
  return datumTekst(w);
}

export const bronnenHtml = (bronnen: readonly Bron[]): string =>
  bronnen.length === 0 ? '' : `<p class="bron">Bron: ${bronnen.map((b) => esc(b.document + (b.vindplaats ? `, ${b.vindplaats}` : ''))).join('; ')}</p>`;

/** A termijn (any object with `overgeslagen`) with the days it skipped. */
export function termijnHtml(t: Record<string, unknown>): string {
  const dagen = (t['overgeslagen'] as { datum: string; naam: string }[]).map((d) => `${esc(datumTekst(d.datum))} (${esc(d.naam)})`);
  return `<p>Termijn${t['uiterlijk'] ? `: uiterlijk ${esc(datumTekst(t['uiterlijk']))}` : ''}. ${
    dagen.length ? `Overgeslagen dagen: ${dagen.join('; ')}.` : 'Geen dagen overgeslagen.'
  }</p>`;
}

/** The shown fields of an actie or a Besluit: those with a Dutch label, and any termijn. */
export function veldenHtml(o: Record<string, unknown>): string {
  let dl = '';
  let termijnen = '';
  for (const [k, label] of Object.entries(VELDEN)) {
    const w = o[k];
    if (w !== undefined && w !== null && (!Array.isArray(w) || w.length > 0)) dl += `<div><dt>${label}:</dt> <dd>${esc(waardeTekst(k, w))}</dd></div>`;
  }
  for (const [k, w] of Object.entries(o)) {
    if (w !== null && typeof w === 'object' && Array.isArray((w as Record<string, unknown>)['overgeslagen'])) termijnen += termijnHtml(w as Record<string, unknown>);
    else if (k === 'overgeslagen' && Array.isArray(w)) termijnen += termijnHtml(o);
  }
  return (dl ? `<dl>${dl}</dl>` : '') + termijnen;
}

/** An answer as the user gave it, in Dutch. */
export function antwoordTekst(f: Feit, w: unknown): string {
  if (f.soort === 'ja-nee') return w === true ? 'Ja' : w === false ? 'Nee' : String(w);
  if (f.soort === 'keuze') return f.opties?.find((o) => o.waarde === w)?.label ?? String(w);
  if (f.soort === 'tijdstip' || f.soort === 'datum-of-tijdstip') return momentTekst(w);
  if (f.soort === 'datum') return datumTekst(w);
  return String(w);
}

