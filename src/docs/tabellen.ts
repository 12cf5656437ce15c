/**
 * Decision tables and Mermaid flowcharts generated from the rules, for reviewers who would rather
 * read a table than rule JSON. `handelingsprotocol docs` writes them to docs/beslissingen/; a test
 * fails when the committed files are out of date.
 */
import type { Beslissingsdefinitie } from '../rules/_lib/evaluatie.js';
import type { FeitWaarde, Regel, Voorwaarde } from '../rules/_lib/regel.js';
import { definities } from '../rules/regelsets.js';

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
  const domein = def.feiten.find((f) => f.naam === feit)!.domein;
  if (s.size > 2 && s.size > domein.length / 2 && s.size < domein.length) {
    return 'alle behalve ' + domein.filter((w) => !s.has(w)).map(woord).join(', ');
  }
  return domein.filter((w) => s.has(w)).map(woord).join(' of ');
}

const geldigheid = (r: Regel) => {
  const p = r.event.params;
  return `${p.geldigTot ? `${p.geldigVanaf} t/m ${p.geldigTot}` : `vanaf ${p.geldigVanaf}`}${p.regio ? ` (${p.regio})` : ''}`;
};

/** Mermaid-safe label text. */
const label = (t: string) => t.replace(/"/g, '#quot;');

function flowchart(def: Beslissingsdefinitie): string {
  const regels = [...def.regels].sort((a, b) => b.priority - a.priority);
  const uit = ['```mermaid', 'flowchart LR', '  invoer([invoer])'];
  const kenmerkWaarden = Object.entries(def.kenmerken).flatMap(([k, ws]) => ws.map((w) => [k, w] as const));
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
  const regels = [...def.regels].sort((a, b) => b.priority - a.priority);
  const metGeldigheid = new Set(regels.map(geldigheid)).size > 1 || regels.some((r) => r.event.params.regio);
  const feiten = def.feiten.map((f) => f.naam);
  const kop = [...feiten, ...(Object.keys(def.kenmerken).length > 1 ? ['beslist'] : []), 'uitkomst', 'regel', ...(metGeldigheid ? ['geldig'] : [])];
  const rijen = regels.flatMap((r) =>
    dnf(r.conditions).map((c) => {
      const p = r.event.params;
      return [
        ...feiten.map((f) => cel(def, f, c.get(f))),
        ...(Object.keys(def.kenmerken).length > 1 ? [p.kenmerk] : []),
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
    `# Beslissing \`${def.id}\``,
    '',
    `Gegenereerd uit de regels (regelset ${def.id} ${def.versie}) met \`handelingsprotocol docs\`; niet met de hand bewerken.`,
    '',
    '## Beslistabel',
    '',
    'Elke rij is één manier waarop een regel vuurt. "—" betekent: dit feit doet er voor deze rij niet toe.',
    'Samen dekken de rijen elke combinatie van invoer met precies één uitkomst (dat bewijst de test',
    '`src/rules/_lib/volledigheid.test.ts`); rijen met dezelfde uitkomst mogen overlappen.',
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
  ].join('\n');
}

/** Every decision's page, keyed by file name. */
export function beslissingDocumenten(): Record<string, string> {
  return Object.fromEntries(Object.values(definities).map((d) => [`${d.id}.md`, beslissingDocument(d)]));
}
