/**
 * Decision tables and Mermaid flowcharts generated from the rules, for reviewers who would rather
 * read a table than rule JSON. `handelingsprotocol docs` writes them to docs/beslissingen/; a test
 * fails when the committed files are out of date.
 */
import type { Definitie } from '../rules/_lib/definitie.js';
import { domeinenVan, kenmerkenVan, waardenVan } from '../rules/_lib/evaluatie.js';
import type { FeitWaarde, Regel, Voorwaarde } from '../rules/_lib/regel.js';
import { beslissingen } from '../rules/beslissingen.js';

type Beslissingsdefinitie = Definitie;

/** The region the docs enumerate gemeenten for: the one the decision's regional rules name. */
const regioVan = (def: Definitie) => def.regels.find((r) => r.event.params.regio)?.event.params.regio;
const domein = (def: Definitie, feit: string) => domeinenVan(def, regioVan(def)).find((d) => d.naam === feit)!.waarden;

/** One way a rule can fire: for each fact it reads, the values that satisfy it. */
type Conjunctie = Map<string, Set<FeitWaarde>>;

/** The conditions in disjunctive normal form (all/any of equal/in). */
function dnf(v: Voorwaarde): Conjunctie[] {
  if ('all' in v) {
    let uit: Conjunctie[] = [new Map()];
    for (const deel of v.all) {
      const alternatieven = dnf(deel);
      uit = uit.flatMap((c) =>
        alternatieven.map((a) => {
          const n = new Map(c);
          for (const [f, w] of a) n.set(f, n.has(f) ? new Set([...n.get(f)!].filter((x) => w.has(x))) : w);
          return n;
        }),
      );
    }
    return uit.filter((c) => [...c.values()].every((s) => s.size > 0));
  }
  if ('any' in v) return v.any.flatMap(dnf);
  const waarden = Array.isArray(v.value) ? (v.value as FeitWaarde[]) : [v.value as FeitWaarde];
  return [new Map([[v.fact, new Set(waarden)]])];
}

const woord = (w: FeitWaarde): string => (w === true ? 'ja' : w === false ? 'nee' : w === null ? 'nog niet beantwoord' : w);

function cel(def: Beslissingsdefinitie, feit: string, s: Set<FeitWaarde> | undefined): string {
  if (!s) return '—';
  const waarden = domein(def, feit);
  if (s.size > 2 && s.size > waarden.length / 2 && s.size < waarden.length) {
    return 'alle behalve ' + waarden.filter((w) => !s.has(w)).map(woord).join(', ');
  }
  return waarden.filter((w) => s.has(w)).map(woord).join(' of ');
}

const geldigheid = (r: Regel) => {
  const p = r.event.params;
  return `${p.geldigTot ? `${p.geldigVanaf} t/m ${p.geldigTot}` : `vanaf ${p.geldigVanaf}`}${p.regio ? ` (${p.regio})` : ''}${p.nietIn ? ` (niet in ${p.nietIn.join(', ')})` : ''}`;
};

/** Mermaid-safe label text. */
const label = (t: string) => t.replace(/"/g, '#quot;');

function flowchart(def: Beslissingsdefinitie): string {
  const regels = def.regels;
  const uit = ['```mermaid', 'flowchart LR', '  invoer([invoer])'];
  const kenmerkWaarden = kenmerkenVan(def).flatMap((k) => waardenVan(def, k).map((w) => [k, w] as const));
  for (const [k, w] of kenmerkWaarden) uit.push(`  ${k}_${w.replace(/-/g, '_')}[["${label(k === 'uitkomst' ? w : `${k}: ${w}`)}"]]`);
  regels.forEach((r, i) => {
    const voorwaarden = dnf(r.conditions)
      .map((c) => [...c].map(([f, s]) => `${f} = ${cel(def, f, s)}`).join(' en '))
      .join('<br/>of<br/>');
    const p = r.event.params;
    uit.push(`  invoer --> r${i}{"${label(voorwaarden)}"}`);
    uit.push(`  r${i} -->|"${label(r.name)}"| ${p.kenmerk}_${p.waarde.replace(/-/g, '_')}`);
  });
  uit.push('```');
  return uit.join('\n');
}

/** The markdown page of one decision: table, flowchart, and every rule with its uitleg, sources and interpretation. */
export function beslissingDocument(def: Beslissingsdefinitie): string {
  const regels = def.regels;
  const metGeldigheid = new Set(regels.map(geldigheid)).size > 1 || regels.some((r) => r.event.params.regio);
  const feiten = domeinenVan(def, regioVan(def)).map((d) => d.naam);
  const meer = kenmerkenVan(def).length > 1;
  const kop = [...feiten, ...(meer ? ['beslist'] : []), 'uitkomst', 'regel', ...(metGeldigheid ? ['geldig'] : [])];
  const rijen = regels.flatMap((r) =>
    dnf(r.conditions).map((c) => {
      const p = r.event.params;
      return [
        ...feiten.map((f) => cel(def, f, c.get(f))),
        ...(meer ? [p.kenmerk] : []),
        `**${p.waarde}**`,
        `\`${r.name}\``,
        ...(metGeldigheid ? [geldigheid(r)] : []),
      ];
    }),
  );
  const tabel = [`| ${kop.join(' | ')} |`, `|${kop.map(() => '---').join('|')}|`, ...rijen.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const regelLijst = regels
    .map((r) => {
      const p = r.event.params;
      const bronnen = p.bronnen.map((b) => `  - ${b.document}${b.vindplaats ? `, ${b.vindplaats}` : ''}`).join('\n');
      return [
        `### \`${r.name}\` → ${p.waarde}`,
        '',
        p.uitleg,
        '',
        `Bronnen:\n${bronnen}`,
        ...(p.interpretatie ? ['', `**Interpretatie.** ${p.interpretatie}`] : []),
        '',
        `Geldig: ${geldigheid(r)}.`,
      ].join('\n');
    })
    .join('\n\n');
  return [
    `# ${def.titel} (\`${def.id}\`)`,
    '',
    `Gegenereerd uit de definitie (\`src/rules/${def.id}/definitie.ts\`, regelset ${def.id} ${def.versie}) met \`handelingsprotocol docs\`; niet met de hand bewerken.`,
    '',
    '## Vragen',
    '',
    feitenTabel(def),
    '',
    '## Uitkomsten',
    '',
    ...Object.entries(def.uitkomsten).map(([u, { titel }]) => `- **${u}**: ${titel}`),
    '',
    '## Beslistabel',
    '',
    'Elke rij is één manier waarop een regel vuurt. "—" betekent: dit feit doet er voor deze rij niet toe.',
    'Beslisregel (hit policy) ANY: elke regel waarvan de voorwaarden gelden vuurt, en alle regels die',
    'vuren geven dezelfde uitkomst; de volgorde van de regels beslist niets. Waar de bronnen een keuze',
    'tussen uitkomsten open laten, staat de voorrang in de voorwaarden zelf (en is de regel als',
    'interpretatie gemarkeerd). Samen dekken de rijen elke combinatie van invoer met precies één',
    'uitkomst (dat bewijst de test `src/rules/_lib/volledigheid.test.ts`); rijen met dezelfde uitkomst',
    'mogen overlappen.',
    '',
    tabel,
    '',
    '## Stroomschema',
    '',
    flowchart(def),
    '',
    '## Regels',
    '',
    regelLijst,
    '',
    '## Acties',
    '',
    actieLijst(def),
    '',
  ].join('\n');
}

const SOORT: Record<string, string> = {
  'ja-nee': 'ja of nee',
  keuze: 'keuze',
  datum: 'datum (JJJJ-MM-DD)',
  tijdstip: 'tijdstip (ISO 8601 met tijdzone)',
  'datum-of-tijdstip': 'datum of tijdstip',
  tekst: 'tekst',
  gemeente: 'gemeente van de regio',
};

/** The facts with the question a form asks, the kind of answer and the options. */
function feitenTabel(def: Definitie): string {
  const cel = (t: string) => t.replace(/\|/g, '\\|');
  const rijen = Object.entries(def.feiten).map(([naam, f]) => {
    const antwoord = f.opties ? f.opties.map((o) => `\`${o.waarde}\` (${o.label})`).join(', ') : SOORT[f.soort]!;
    return `| \`${naam}\` | ${cel(f.vraag)}${f.toelichting ? `<br/><small>${cel(f.toelichting)}</small>` : ''} | ${cel(antwoord)} |`;
  });
  return ['| feit | vraag | antwoord |', '|---|---|---|', ...rijen].join('\n');
}

/** Every actie of the decision: when it follows and what it says. */
function actieLijst(def: Definitie): string {
  return def.acties
    .map((a) => {
      const wanneer = [
        a.alVoorBesluit ? 'al zolang nog niet beslist is' : a.bij ? `bij ${a.bij.join(', ')}` : 'bij elke uitkomst',
        ...(a.regio ? [`alleen in ${a.regio}`] : []),
        ...(a.nietIn ? [`niet in ${a.nietIn.join(', ')}`] : []),
        ...(a.regel ? [`als regel \`${a.regel}\` vuurt`] : []),
        ...Object.entries(a.als ?? {}).map(([f, w]) => `als ${f} = ${woord(w)}`),
      ].join(', ');
      const details = Object.entries(a.details ?? {}).map(([k, w]) => `${k}: ${Array.isArray(w) ? w.join(', ') : String(w)}`);
      const bronnen = a.bronnen.map((b) => `${b.document}${b.vindplaats ? `, ${b.vindplaats}` : ''}`).join('; ');
      return `- **${a.soort}** (${wanneer})${details.length ? ` — ${details.join('; ')}` : ''}${a.bereken ? ' — met berekende gegevens' : ''}: ${a.uitleg} _Bronnen: ${bronnen}._`;
    })
    .join('\n');
}

/** Every decision's page, keyed by file name. */
export function beslissingDocumenten(): Record<string, string> {
  return Object.fromEntries((Object.values(beslissingen) as Definitie[]).map((d) => [`${d.id}.md`, beslissingDocument(d)]));
}
