/**
 * The report as people read it: a Dutch table for the terminal, a semicolon CSV for Excel, and one
 * self-contained HTML file (inline SVG charts, no scripts, fonts or other files). Only counts, the
 * afgekeurde row numbers with their problemen, and — only when the report has them (`metIds`) —
 * the ids of the cases over their term. Never any other column of the input.
 */
import { leesDatum } from '../deadlines/datum.js';
import { periodeVan, type Rapportage, type Rapportageregel } from './rapportage.js';

const PERIODENAAM = { maand: 'Maandrapportage', kwartaal: 'Kwartaalrapportage', jaar: 'Jaarrapportage' } as const;

/** The columns of the table and the CSV, in order, with their Dutch headings. */
const TELLINGEN: readonly { veld: keyof Rapportageregel; kop: string; kort: string }[] = [
  { veld: 'adviezen', kop: 'Adviezen', kort: 'Adviezen' },
  { veld: 'meldingenMetVeiligheidsbeoordeling', kop: 'Meldingen met veiligheids\u00ADbeoordeling', kort: 'VB' },
  { veld: 'veiligheidsbeoordelingBinnenTermijn', kop: 'waarvan binnen 5 werkdagen', kort: 'VB op tijd' },
  { veld: 'overdrachtenNaVeiligheidsbeoordeling', kop: 'Overdrachten na veiligheids\u00ADbeoordeling', kort: 'Overdracht' },
  { veld: 'afgerondeOnderzoeken', kop: 'Afgeronde onderzoeken', kort: 'Onderzoek' },
  { veld: 'onderzoekenBinnenTermijn', kop: 'waarvan binnen 10 weken', kort: 'Ond. op tijd' },
  { veld: 'afgerondeVoorwaardenEnVervolg', kop: 'Afgeronde Voor\u00ADwaarden & Vervolg', kort: 'V&V' },
  { veld: 'voorwaardenEnVervolgBinnenTermijn', kop: 'waarvan binnen 10 weken', kort: 'V&V op tijd' },
  { veld: 'lopendOverTermijn', kop: 'Lopend over termijn (op de peildatum)', kort: 'Lopend te laat' },
  { veld: 'monitoringmomenten', kop: 'Monitoring\u00ADmomenten', kort: 'Monitoring' },
];

/**
 * A share as a Dutch percentage, or '–' when there is nothing to share.
 *
 * @example
 * percentage(12, 13); //=> '92,3%'
 * percentage(0, 0);   //=> '–'
 */
export function percentage(deel: number, geheel: number): string {
  if (geheel === 0) return '–';
  return `${(Math.round((deel / geheel) * 1000) / 10).toLocaleString('nl-NL')}%`;
}

const procent = (n: number) => `${Math.round(n * 1000) / 10}`.replace('.', ',') + '%';

/** '2025-06-30' as '30-06-2025'. */
const nlDatum = (d: string) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;

/** The afgekeurde rows grouped by column and code: how many, which rows (the first 10), one message. */
export function afgekeurdPerReden(r: Rapportage): { pad: string; code: string; aantal: number; rijen: number[]; voorbeeld: string }[] {
  const groepen = new Map<string, { pad: string; code: string; aantal: number; rijen: number[]; voorbeeld: string }>();
  for (const a of r.afgekeurd) {
    for (const p of a.problemen) {
      const sleutel = `${p.pad}\u0000${p.code}`;
      let g = groepen.get(sleutel);
      if (!g) groepen.set(sleutel, (g = { pad: p.pad, code: p.code, aantal: 0, rijen: [], voorbeeld: p.melding }));
      g.aantal++;
      if (g.rijen.length < 10 && g.rijen[g.rijen.length - 1] !== a.rij) g.rijen.push(a.rij);
    }
  }
  return [...groepen.values()].sort((a, b) => b.aantal - a.aantal);
}

function normzin(r: Rapportage): string {
  return `Normen: ${procent(r.normen.veiligheidsbeoordeling)} van de veiligheidsbeoordelingen binnen 5 werkdagen, ` +
    `${procent(r.normen.onderzoek)} van de onderzoeken binnen 10 weken. Bron: ${r.normen.bron}`;
}

function afgekeurdTekst(r: Rapportage): string[] {
  const gebruikt = r.ingelezen - r.afgekeurd.length;
  const regels = [`Ingelezen: ${r.ingelezen} ${r.ingelezen === 1 ? 'rij' : 'rijen'}; geteld: ${gebruikt}; afgekeurd: ${r.afgekeurd.length}.`];
  if (r.afgekeurd.length) {
    regels.push('Afgekeurd, per reden (een rij kan meer redenen hebben):');
    for (const g of afgekeurdPerReden(r)) {
      regels.push(
        `  ${g.pad || '(hele rij)'} — ${g.code}: ${g.aantal} keer (rij ${g.rijen.join(', ')}${g.aantal > g.rijen.length ? ', …' : ''})`,
        `      bijvoorbeeld: ${g.voorbeeld}`,
      );
    }
  }
  return regels;
}

/**
 * The report as a Dutch table for the terminal, with the norms, the afgekeurde rows grouped by
 * reason, and (only when the report has them) the cases over their term.
 *
 * @example
 * formatteerRapportage(await maakRapportage(rijen, { peildatum: '2025-12-01' })).split('\n')[0];
 * //=> 'Kwartaalrapportage per gemeente — peildatum 01-12-2025'
 */
export function formatteerRapportage(r: Rapportage): string {
  const kop = ['Periode', 'Gemeente', ...TELLINGEN.map((t) => t.kort)];
  const rijen = r.periodes.map((p) => [
    p.periode,
    p.gemeente,
    ...TELLINGEN.map((t) => {
      const n = String(p[t.veld]);
      if (t.veld === 'veiligheidsbeoordelingBinnenTermijn') return `${n} (${percentage(p.veiligheidsbeoordelingBinnenTermijn, p.meldingenMetVeiligheidsbeoordeling)}${onderNorm(p.veiligheidsbeoordelingBinnenTermijn, p.meldingenMetVeiligheidsbeoordeling, r.normen.veiligheidsbeoordeling)})`;
      if (t.veld === 'onderzoekenBinnenTermijn') return `${n} (${percentage(p.onderzoekenBinnenTermijn, p.afgerondeOnderzoeken)}${onderNorm(p.onderzoekenBinnenTermijn, p.afgerondeOnderzoeken, r.normen.onderzoek)})`;
      if (t.veld === 'voorwaardenEnVervolgBinnenTermijn') return `${n} (${percentage(p.voorwaardenEnVervolgBinnenTermijn, p.afgerondeVoorwaardenEnVervolg)})`;
      return n;
    }),
  ]);
  const breedte = kop.map((k, i) => Math.max(k.length, ...rijen.map((rij) => rij[i]!.length)));
  const lijn = (cellen: string[]) => cellen.map((c, i) => (i < 2 ? c.padEnd(breedte[i]!) : c.padStart(breedte[i]!))).join('  ').trimEnd();
  const regels = [
    `${PERIODENAAM[r.periode]} per gemeente — peildatum ${nlDatum(r.peildatum)}`,
    normzin(r),
    '',
  ];
  if (r.periodes.length === 0) regels.push('Geen tellingen: geen enkele rij viel in een periode.');
  else {
    regels.push(lijn(kop), breedte.map((b) => '-'.repeat(b)).join('  '), ...rijen.map(lijn));
    regels.push(
      '',
      'VB = meldingen met een veiligheidsbeoordeling in de periode; "op tijd" = binnen de wettelijke termijn (5 werkdagen,',
      'bij spoed dezelfde dag; onderzoek en V&V 10 weken, verlengd volgens de Algemene termijnenwet); ! = onder de norm.',
      `Lopend te laat = op de peildatum nog open en over de termijn (in de periode van de peildatum).`,
    );
  }
  regels.push('', ...afgekeurdTekst(r));
  if (r.overTermijn) {
    regels.push('', `Zaken over hun termijn op ${nlDatum(r.peildatum)}, per gemeente:`);
    if (r.overTermijn.length === 0) regels.push('  geen');
    for (const g of r.overTermijn) {
      regels.push(`  ${g.gemeente}:`);
      for (const z of g.zaken) regels.push(`    ${z.id} — ${z.termijn}, uiterlijk ${nlDatum(z.uiterlijk)}`);
    }
  }
  return regels.join('\n');
}

const onderNorm = (deel: number, geheel: number, norm: number) => (geheel > 0 && deel / geheel < norm ? ' !' : '');

const csvVeld = (w: string) => (/[;"\n\r]/.test(w) ? `"${w.replace(/"/g, '""')}"` : w);

/**
 * The report as CSV for Excel: semicolon-separated, a BOM so that Excel reads it as UTF-8, one line
 * per period and gemeente with the field names of `Rapportage.periodes` as headings.
 */
export function rapportageCsv(r: Rapportage): string {
  const velden = ['periode', 'gemeente', ...TELLINGEN.map((t) => t.veld)];
  const regels = [velden.join(';'), ...r.periodes.map((p) => velden.map((v) => csvVeld(String(p[v as keyof Rapportageregel]))).join(';'))];
  return '\uFEFF' + regels.join('\r\n') + '\r\n';
}

const html = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The line chart of one gemeente: per period the share within term, against the norm lines. */
function grafiek(gemeente: string, periodes: readonly string[], regels: ReadonlyMap<string, Rapportageregel>, r: Rapportage): string {
  const B = 720, H = 260, links = 48, rechts = 80, boven = 16, onder = 40;
  const breed = B - links - rechts, hoog = H - boven - onder;
  const x = (i: number) => links + (periodes.length === 1 ? breed / 2 : (i * breed) / (periodes.length - 1));
  const y = (aandeel: number) => boven + hoog - aandeel * hoog;
  const reeksen = [
    { naam: 'Veiligheidsbeoordeling binnen 5 werkdagen', kleur: '#1f5fa8', deel: (p: Rapportageregel) => [p.veiligheidsbeoordelingBinnenTermijn, p.meldingenMetVeiligheidsbeoordeling] as const, norm: r.normen.veiligheidsbeoordeling },
    { naam: 'Onderzoek binnen 10 weken', kleur: '#b34700', deel: (p: Rapportageregel) => [p.onderzoekenBinnenTermijn, p.afgerondeOnderzoeken] as const, norm: r.normen.onderzoek },
    { naam: 'Voorwaarden & Vervolg binnen 10 weken', kleur: '#2e7d32', deel: (p: Rapportageregel) => [p.voorwaardenEnVervolgBinnenTermijn, p.afgerondeVoorwaardenEnVervolg] as const, norm: undefined },
  ];
  const delen: string[] = [];
  for (const a of [0, 0.25, 0.5, 0.75, 1]) {
    delen.push(`<line x1="${links}" x2="${B - rechts}" y1="${y(a)}" y2="${y(a)}" stroke="#ddd"/>`);
    delen.push(`<text x="${links - 6}" y="${y(a) + 4}" text-anchor="end" font-size="11">${a * 100}%</text>`);
  }
  periodes.forEach((p, i) => delen.push(`<text x="${x(i)}" y="${H - onder + 18}" text-anchor="middle" font-size="11">${html(p)}</text>`));
  for (const s of reeksen) {
    if (s.norm !== undefined) {
      delen.push(`<line x1="${links}" x2="${B - rechts}" y1="${y(s.norm)}" y2="${y(s.norm)}" stroke="${s.kleur}" stroke-dasharray="6 4" stroke-width="1.5"/>`);
      delen.push(`<text x="${B - rechts + 6}" y="${y(s.norm) + 4}" font-size="11" fill="${s.kleur}">norm ${procent(s.norm)}</text>`);
    }
    const stukken: string[][] = [[]];
    const punten: string[] = [];
    periodes.forEach((p, i) => {
      const regel = regels.get(p);
      const [deel, geheel] = regel ? s.deel(regel) : [0, 0];
      if (geheel === 0) {
        stukken.push([]); // no share in this period: the line breaks
        return;
      }
      const px = x(i).toFixed(1), py = y(deel / geheel).toFixed(1);
      stukken[stukken.length - 1]!.push(`${px},${py}`);
      punten.push(`<circle cx="${px}" cy="${py}" r="3.5" fill="${s.kleur}"><title>${html(`${s.naam}, ${p}: ${deel} van ${geheel} (${percentage(deel, geheel)})`)}</title></circle>`);
    });
    const d = stukken.filter((st) => st.length > 1).map((st) => `M${st.join('L')}`).join('');
    if (d) delen.push(`<path d="${d}" fill="none" stroke="${s.kleur}" stroke-width="2"/>`);
    delen.push(...punten);
  }
  const legenda = reeksen
    .map((s) => `<li><svg width="24" height="10" aria-hidden="true"><line x1="0" x2="24" y1="5" y2="5" stroke="${s.kleur}" stroke-width="3"/></svg> ${html(s.naam)}${s.norm !== undefined ? ` (norm ${procent(s.norm)}, gestreept)` : ''}</li>`)
    .join('');
  return (
    `<figure><svg viewBox="0 0 ${B} ${H}" width="${B}" height="${H}" role="img" aria-label="${html(`Aandeel binnen de termijn per periode in ${gemeente}, tegen de norm`)}">` +
    `<title>${html(`Aandeel binnen de termijn per periode — ${gemeente}`)}</title>${delen.join('')}</svg>` +
    `<figcaption><ul class="legenda">${legenda}</ul></figcaption></figure>`
  );
}

function tabel(gemeente: string, regels: readonly Rapportageregel[], r: Rapportage): string {
  const kop = `<tr><th scope="col">Periode</th>${TELLINGEN.map((t) => `<th scope="col">${html(t.kop)}</th>`).join('')}</tr>`;
  const rijen = regels.map((p) => {
    const cel = (t: (typeof TELLINGEN)[number]) => {
      const n = p[t.veld] as number;
      const aandeel =
        t.veld === 'veiligheidsbeoordelingBinnenTermijn' ? [n, p.meldingenMetVeiligheidsbeoordeling, r.normen.veiligheidsbeoordeling] as const
        : t.veld === 'onderzoekenBinnenTermijn' ? [n, p.afgerondeOnderzoeken, r.normen.onderzoek] as const
        : t.veld === 'voorwaardenEnVervolgBinnenTermijn' ? [n, p.afgerondeVoorwaardenEnVervolg, undefined] as const
        : undefined;
      if (!aandeel) return `<td>${n}</td>`;
      const onder = aandeel[2] !== undefined && aandeel[1] > 0 && aandeel[0] / aandeel[1] < aandeel[2];
      return `<td${onder ? ' class="onder"' : ''}>${n} <small>(${percentage(aandeel[0], aandeel[1])}${onder ? ', onder de norm' : ''})</small></td>`;
    };
    return `<tr><th scope="row">${html(p.periode)}</th>${TELLINGEN.map(cel).join('')}</tr>`;
  });
  // A wide table scrolls; the region is focusable so that a keyboard can scroll it too.
  return `<div class="tabel" role="region" tabindex="0" aria-label="${html(`Tabel ${gemeente}`)}"><table><thead>${kop}</thead><tbody>${rijen.join('')}</tbody></table></div>`;
}

/**
 * The report as one self-contained HTML page (lang="nl"): per gemeente an inline SVG chart of the
 * share within term per period against the norm lines, and its table; then the afgekeurde rows
 * grouped by reason, and (only with ids in the report) the cases over their term.
 */
export function rapportageHtml(r: Rapportage): string {
  const titel = `${PERIODENAAM[r.periode]} per gemeente`;
  // The charts run to the peildatum's period: later periods hold only monitoringmomenten still to come.
  const laatste = periodeVan(leesDatum(r.peildatum), r.periode);
  const periodes = [...new Set(r.periodes.map((p) => p.periode))].filter((p) => p <= laatste).sort();
  const perGemeente = new Map<string, Rapportageregel[]>();
  for (const p of r.periodes) {
    let l = perGemeente.get(p.gemeente);
    if (!l) perGemeente.set(p.gemeente, (l = []));
    l.push(p);
  }
  const gemeenten = [...perGemeente.keys()].sort((a, b) => a.localeCompare(b, 'nl'));
  const secties = gemeenten.map((g) => {
    const regels = perGemeente.get(g)!;
    const perPeriode = new Map(regels.map((p) => [p.periode, p]));
    return `<section><h2>${html(g)}</h2>${grafiek(g, periodes, perPeriode, r)}${tabel(g, regels, r)}</section>`;
  });
  const afgekeurd = afgekeurdPerReden(r);
  const over = r.overTermijn
    ? `<section><h2>Zaken over hun termijn op ${nlDatum(r.peildatum)}</h2>${r.overTermijn.length === 0 ? '<p>Geen.</p>' : r.overTermijn
      .map((g) => `<h3>${html(g.gemeente)}</h3><ul>${g.zaken.map((z) => `<li>${html(z.id)} — ${html(z.termijn)}, uiterlijk ${nlDatum(z.uiterlijk)}</li>`).join('')}</ul>`)
      .join('')}</section>`
    : '';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(titel)} — peildatum ${nlDatum(r.peildatum)}</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 2rem; color: #1a1a1a; max-width: 80rem; }
.tabel { overflow-x: auto; }
tbody th { white-space: nowrap; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; font-size: .8rem; margin-top: .5rem; }
th, td { border: 1px solid #ccc; padding: .25rem .4rem; text-align: right; vertical-align: top; }
thead th { font-weight: 600; }
thead th { background: #f2f2f2; text-align: left; }
tbody th { text-align: left; }
td.onder { background: #fde8e8; }
small { color: #555; }
figure { margin: .5rem 0; }
svg text { font-family: inherit; fill: #333; }
.legenda { list-style: none; padding: 0; display: flex; gap: 1.5rem; flex-wrap: wrap; font-size: .85rem; }
.meta { color: #444; font-size: .9rem; }
</style>
</head>
<body>
<main>
<h1>${html(titel)}</h1>
<p class="meta">Peildatum ${nlDatum(r.peildatum)}. ${html(normzin(r))}</p>
<p class="meta">Elke telling staat in de periode waarin de gebeurtenis viel: een advies bij de ontvangst, een veiligheidsbeoordeling op de datum ervan, een afgerond onderzoek of Voorwaarden &amp; Vervolg op de einddatum, een overdracht op de overdrachtsdatum (zonder die datum: op de datum van de veiligheidsbeoordeling), een monitoringmoment op de eigen datum. Lopend over termijn: op de peildatum.</p>
${secties.length ? secties.join('\n') : '<p>Geen tellingen: geen enkele rij viel in een periode.</p>'}
<section><h2>Ingelezen en afgekeurd</h2>
<p>Ingelezen: ${r.ingelezen} rijen; geteld: ${r.ingelezen - r.afgekeurd.length}; afgekeurd: ${r.afgekeurd.length}.</p>
${afgekeurd.length ? `<table><thead><tr><th scope="col">Kolom</th><th scope="col">Code</th><th scope="col">Aantal</th><th scope="col">Rijen</th><th scope="col">Bijvoorbeeld</th></tr></thead><tbody>${afgekeurd
    .map((g) => `<tr><td style="text-align:left">${html(g.pad || '(hele rij)')}</td><td style="text-align:left">${html(g.code)}</td><td>${g.aantal}</td><td>${g.rijen.join(', ')}${g.aantal > g.rijen.length ? ', …' : ''}</td><td style="text-align:left">${html(g.voorbeeld)}</td></tr>`)
    .join('')}</tbody></table>` : ''}
</section>
${over}
</main>
</body>
</html>
`;
}
