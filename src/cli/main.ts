/**
 * The command line: `handelingsprotocol scenarios|beslis|termijn|schema|rapportage|docs`. Everything a user reads is
 * Dutch; bad input gives a Dutch message and exit code 2, never a stack trace.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beslissingDocumenten } from '../docs/tabellen.js';
import { maakWerkdagkalender, type Werkdagkalender } from '../deadlines/kalender.js';
import { monitoringmomenten, termijnVeiligheidsbeoordeling, termijnVervolgdienst, type StartVervolgdienst, type Termijn } from '../deadlines/termijnen.js';
import type { BeslisOpties, Besluit } from '../rules/_lib/besluit.js';
import { beslisOpNaam, beslissingen, beslissingNamen, isBeslissing, type Beslissing } from '../rules/beslissingen.js';
import { jsonSchema } from '../rules/jsonSchema.js';
import type { Definitie } from '../rules/_lib/definitie.js';
import { fsMelding, kleineLetter, leesTekstbestand, ongedekteRegels, voerScenariosUit } from '../scenarios/laad.js';
import { formatteerRapport } from '../scenarios/rapport.js';
import { MAX_BESTAND_BYTES, MAX_BESTAND_TEKST } from '../scenarios/voerUit.js';
import { leesYaml } from '../scenarios/yaml.js';
import { InvoerFout } from '../types/fouten.js';
import { regios } from '../regios/index.js';
import { maakRapportage, RAPPORTAGE_KOLOMMEN, type RapportageOpties, type Rapportageperiode } from '../rapportage/rapportage.js';
import { formatteerRapportage, rapportageCsv, rapportageHtml } from '../rapportage/weergave.js';
import { BestandFout, leesRapportageRijen } from './rapportageBestand.js';
import { bedoeld, ingekort, kortMelding, MAX_PROBLEMEN } from '../types/zodNl.js';

/** The termijnen `handelingsprotocol termijn` computes, as a message lists them. */
const TERMIJN_SOORTEN = ['veiligheidsbeoordeling', 'vervolgdienst', 'monitoring'] as const;

/** What a command asks of the process: text to print and an exit code. */
export interface Uitvoer {
  stdout: string;
  stderr: string;
  code: number;
}

class GebruiksFout extends Error {}

const HULP: Record<string, string> = {
  algemeen: `handelingsprotocol — de beslissingen van het Handelingsprotocol Veilig Thuis en de Meldcode

Gebruik:
  handelingsprotocol scenarios [pad…]              scenario's uitvoeren (standaard: fixtures/)
  handelingsprotocol beslis <beslissing> <invoer>  één beslissing nemen (invoer: JSON-bestand of - voor stdin)
  handelingsprotocol termijn <soort> <datum>       een termijn berekenen, met de overgeslagen dagen
  handelingsprotocol docs                          beslistabellen en stroomschema's schrijven naar docs/beslissingen/
  handelingsprotocol schema <beslissing>           het JSON Schema van de invoer van een beslissing (voor formulieren)
  handelingsprotocol rapportage <bestand>          de kwartaalrapportage per gemeente over een caseload (CSV of JSONL)

Gebruik --help na een opdracht voor de details, bijvoorbeeld: handelingsprotocol scenarios --help

Voorbeeld:
  handelingsprotocol termijn veiligheidsbeoordeling 2024-05-08`,
  scenarios: `handelingsprotocol scenarios [pad…] [--json] [--dekking]

Voert de scenariobestanden (YAML of JSON) uit onder de opgegeven bestanden of mappen
(standaard: fixtures/). Per bestand een tabel: ✓ geslaagd, ✗ mislukt (met verwacht en gekregen,
en de regels die vuurden), ! ongeldig (bestand, scenario, veld en wat er mis is).
De laatste regel is "N passed, N failed".

Opties:
  --json      de resultaten als JSON
  --dekking   ook de regels noemen die door geen enkel scenario worden geraakt

Alleen gewone bestanden worden gelezen (een named pipe of apparaat wordt overgeslagen, met een
regel !). Een scenariobestand mag hoogstens ${MAX_BESTAND_TEKST} zijn en moet als UTF-8
zijn opgeslagen.

Afsluitcode: 0 alles geslaagd; 1 een scenario mislukt; 2 een bestand of invoer is niet te gebruiken.

Voorbeeld:
  handelingsprotocol scenarios fixtures/vervolg`,
  beslis: `handelingsprotocol beslis <beslissing> <invoer.json|-> [--regio <regio>] [--peildatum <JJJJ-MM-DD>] [--json]

Neemt één beslissing en toont de uitkomst met de redenen, hun bronnen en de acties.
Beslissingen: ${beslissingNamen().join(', ')}.
De invoer is een JSON-object met de bekende feiten; - leest het van stdin.
De invoer (bestand of stdin) mag hoogstens ${MAX_BESTAND_TEKST} zijn en moet UTF-8 zijn.

Voorbeeld:
  echo '{"beschermingsmaatregelNodig": true}' | handelingsprotocol beslis vervolg -`,
  termijn: `handelingsprotocol termijn <soort> <datum|tijdstip> [--beleid atw|feestdagen] [--vrij <JJJJ-MM-DD,…>]
                        [--spoed] [--zonder-atw-verlenging] [--vanaf start-dienst|einde-veiligheidsbeoordeling|ontvangst-melding] [--json]

Berekent een termijn en noemt elke dag die werd overgeslagen, met de reden.
Soorten (de namen uit scenariobestanden, zoals termijnVeiligheidsbeoordeling, werken ook):
  veiligheidsbeoordeling   5 werkdagen na ontvangst (dag van ontvangst is dag 0); --spoed: dezelfde dag
  vervolgdienst            10 weken (70 dagen) voor onderzoek of Voorwaarden & Vervolg
  monitoring               de monitoringmomenten, 3 en 12 maanden na de overdracht

Voorbeeld:
  handelingsprotocol termijn veiligheidsbeoordeling 2025-04-17T14:30:00+02:00`,
  schema: `handelingsprotocol schema <beslissing> [--regio <regio>]

Schrijft het JSON Schema (draft 2020-12) van de invoer van een beslissing naar stdout: per feit de
vraag (title), de toelichting (description), de keuzes met hun label (oneOf met const en title),
format date of date-time voor datums en tijdstippen, null voor "nog niet bekend", en geen andere
velden (additionalProperties: false). Met --regio is een gemeente een van de gemeenten van die
regio; een regionale beslissing (${beslissingNamen().filter((n) => (beslissingen[n] as Definitie).regioVerplicht === true).join(', ')}) heeft --regio nodig.
Beslissingen: ${beslissingNamen().join(', ')}.

Voorbeeld:
  handelingsprotocol schema afwegingskader > afwegingskader.schema.json`,
  rapportage: `handelingsprotocol rapportage <bestand.csv|bestand.jsonl|-> [--periode kwartaal|maand|jaar] [--peildatum <JJJJ-MM-DD>]
                        [--regio <regio>] [--kolommen <kolommen.yaml>] [--json | --csv | --html <rapport.html>] [--met-ids]

Telt per gemeente en per periode de adviezen, de meldingen met een veiligheidsbeoordeling (en hoeveel
binnen 5 werkdagen), de overdrachten na de veiligheidsbeoordeling, de afgeronde onderzoeken en
Voorwaarden & Vervolg (en hoeveel binnen 10 weken), de zaken die op de peildatum over hun termijn
zijn, en de monitoringmomenten. Elke telling staat in de periode waarin de gebeurtenis viel.

Het bestand is CSV (komma of puntkomma, wordt herkend; met of zonder BOM; velden mogen tussen
aanhalingstekens) of JSONL (één JSON-object per regel); - leest van stdin. Kolommen (hoofdletters
maken niet uit): ${RAPPORTAGE_KOLOMMEN.join(', ')}. Een leeg veld is onbekend.
Een rij die niet te gebruiken is, wordt niet geteld maar afgekeurd, met het rijnummer zoals een
spreadsheet het toont (de kopregel is rij 1) en de reden.

Opties:
  --periode     kwartaal (standaard, 2025-K1), maand (2025-03) of jaar (2025)
  --peildatum   de dag waarop "lopend over termijn" wordt geteld (standaard: vandaag)
  --regio       elke gemeente moet bij deze regio horen (bekend: ${Object.keys(regios).join(', ')})
  --kolommen    een YAML-bestand dat onze kolomnamen koppelt aan die van uw export,
                bijvoorbeeld:  ontvangen: Datum binnenkomst
  --json        het rapport als JSON
  --csv         de tabel als CSV met puntkomma's (voor Excel)
  --html        schrijft één HTML-bestand met per gemeente een grafiek en de tabel
  --met-ids     ook de zaaknummers (kolom id) van de zaken over hun termijn, per gemeente;
                zonder deze optie bevat het rapport alleen aantallen

Afsluitcode: 0 alle rijen geteld; 1 rapport gemaakt, maar er zijn rijen afgekeurd; 2 het bestand of
een optie is niet te gebruiken.

Voorbeeld:
  handelingsprotocol rapportage export.csv --regio gelderland-zuid --peildatum 2025-07-01 --html rapport.html`,
  docs: `handelingsprotocol docs [--uitvoer <map>]

Schrijft per beslissing docs/beslissingen/<beslissing>.md: de beslistabel (elke combinatie van
invoer → uitkomst → regel, samengevouwen waar een feit er niet toe doet), een Mermaid-stroomschema
en alle regels met hun uitleg, bronnen en interpretaties.

Voorbeeld:
  handelingsprotocol docs`,
};

interface Argumenten {
  posities: string[];
  vlaggen: Map<string, string | true>;
}

function leesArgumenten(args: readonly string[], metWaarde: readonly string[], bekend: readonly string[]): Argumenten {
  const posities: string[] = [];
  const vlaggen = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const [naam, waarde] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (!bekend.includes(naam) && naam !== 'help') {
        const hint = bedoeld(naam, bekend);
        throw new GebruiksFout(`Onbekende optie '--${ingekort(naam)}'.${hint ? ` Bedoelde u '--${hint}'?` : ''}`);
      }
      if (metWaarde.includes(naam)) {
        const w = waarde ?? args[++i];
        if (w === undefined) throw new GebruiksFout(`De optie '--${naam}' heeft een waarde nodig.`);
        vlaggen.set(naam, w);
      } else vlaggen.set(naam, true);
    } else posities.push(a);
  }
  return { posities, vlaggen };
}

const bronTekst = (b: { document: string; vindplaats?: string }) => `${b.document}${b.vindplaats ? `, ${b.vindplaats}` : ''}`;

/** The question a form would ask for each fact, from the decision's definition. */
function vragen(beslissing: string, feiten: readonly string[]): string[] {
  if (!isBeslissing(beslissing)) return [];
  const def: Definitie = beslissingen[beslissing];
  return feiten.flatMap((f) => (Object.hasOwn(def.feiten, f) ? [`  ${f}: ${def.feiten[f]!.vraag}`] : []));
}

function toonBesluit(b: Besluit<string, object>): string {
  if (b.status === 'onvolledig') {
    return [
      `Beslissing: ${b.beslissing}`,
      'Status: nog niet te beslissen (onvolledig)',
      `Mogelijke uitkomsten: ${b.mogelijkeUitkomsten.join(', ')}`,
      `Nog nodig (eerst de eerste): ${b.ontbrekend.join(', ')}`,
      ...vragen(b.beslissing, b.ontbrekend),
    ].join('\n');
  }
  const { status: _s, beslissing, uitkomst, redenen, acties, regelset, ontbrekendVoorActies, ...extra } = b;
  const regels = [`Beslissing: ${beslissing}`, `Uitkomst: ${uitkomst}`];
  for (const [k, w] of Object.entries(extra)) regels.push(`${k}: ${Array.isArray(w) ? w.join(', ') || '(geen)' : String(w)}`);
  regels.push('', 'Redenen:');
  for (const r of redenen) {
    regels.push(`  • ${r.regel}`, `    ${r.uitleg}`);
    for (const bron of r.bronnen) regels.push(`    Bron: ${bronTekst(bron)}`);
    if (r.interpretatie) regels.push(`    Interpretatie: ${r.toelichting ?? ''}`);
  }
  if (acties.length) {
    regels.push('', 'Acties:');
    for (const a of acties) {
      const details = Object.entries(a).filter(([k]) => !['soort', 'uitleg', 'bronnen'].includes(k)).map(([k, w]) => `${k}: ${Array.isArray(w) ? w.join(', ') : String(w)}`);
      regels.push(`  • ${a.soort}${details.length ? ` (${details.join('; ')})` : ''}`, `    ${a.uitleg}`);
    }
  }
  if (ontbrekendVoorActies?.length) regels.push('', `Nog nodig voor de acties: ${ontbrekendVoorActies.join(', ')}`, ...vragen(beslissing, ontbrekendVoorActies));
  regels.push('', `Regelset: ${regelset.id} ${regelset.versie}, geldig ${regelset.geldigTot ? `${regelset.geldigVanaf} t/m ${regelset.geldigTot}` : `vanaf ${regelset.geldigVanaf}`}${regelset.regio ? `, regio ${regelset.regio}` : ''}`);
  return regels.join('\n');
}

function toonTermijn(soort: string, t: Termijn): string {
  const regels = [`Termijn: ${soort}`, `Start (dag 0): ${t.start}`, `Uiterlijk: ${t.uiterlijk}`, `Kalender: ${t.kalenderbeleid}`, '', t.uitleg, ''];
  regels.push(t.overgeslagen.length ? 'Overgeslagen dagen:' : 'Geen dagen overgeslagen.');
  for (const d of t.overgeslagen) regels.push(`  ${d.datum}  ${d.naam} (${d.bron})`);
  regels.push('', 'Bronnen:', ...t.bronnen.map((b) => `  ${bronTekst(b)}`));
  if (t.interpretatie) regels.push('', `Interpretatie: ${t.interpretatie}`);
  for (const w of t.waarschuwingen) regels.push('', `Let op: ${w}`);
  return regels.join('\n');
}

/** What stdin gives: the text, or the bytes (at most one more than the limit: then it is too big). */
export type Stdin = () => Promise<string | Uint8Array>;

/** The text of the invoer: a file (a regular file only), or stdin for '-'. Limited in size; UTF-8. */
async function leesInvoertekst(pad: string, stdin: Stdin): Promise<string> {
  if (pad !== '-') {
    const r = await leesTekstbestand(pad, 'de invoer');
    if (r.fout !== undefined) throw new GebruiksFout(`Het invoerbestand '${ingekort(pad)}' is niet te lezen: ${kleineLetter(r.fout)}`);
    return r.tekst;
  }
  let invoer: string | Uint8Array;
  try {
    invoer = await stdin();
  } catch (e) {
    throw new GebruiksFout(`De invoer op stdin is niet te lezen: ${kleineLetter(fsMelding(e))}`);
  }
  if (invoer.length > MAX_BESTAND_BYTES) {
    throw new GebruiksFout(`De invoer op stdin is te groot; de invoer mag hoogstens ${MAX_BESTAND_TEKST} zijn.`);
  }
  if (typeof invoer === 'string') return invoer;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(invoer);
  } catch {
    throw new GebruiksFout('De invoer op stdin is geen UTF-8-tekst. Sla het bestand op als UTF-8 (in Kladblok: Opslaan als… → Codering: UTF-8).');
  }
}

async function leesInvoer(pad: string, stdin: Stdin): Promise<unknown> {
  const tekst = await leesInvoertekst(pad, stdin);
  const r = leesYaml(tekst);
  if (r.fout) throw new GebruiksFout(`De invoer in '${ingekort(pad)}' is geen geldige JSON${r.fout.pad ? ` (${r.fout.pad})` : ''}: ${kleineLetter(r.fout.melding)}`);
  if (typeof r.data !== 'object' || r.data === null || Array.isArray(r.data)) {
    throw new GebruiksFout(`De invoer in '${ingekort(pad)}' is geen JSON-object met feiten, zoals {"spoedOfCrisis": false}.`);
  }
  return r.data;
}

/** The column mapping of --kolommen: a YAML (or JSON) mapping of our column names to the export's. */
async function leesKolommen(pad: string): Promise<Record<string, string>> {
  const r = await leesTekstbestand(pad, 'het kolommenbestand');
  if (r.fout !== undefined) throw new GebruiksFout(`Het kolommenbestand '${ingekort(pad)}' is niet te lezen: ${kleineLetter(r.fout)}`);
  const y = leesYaml(r.tekst);
  if (y.fout) throw new GebruiksFout(`Het kolommenbestand '${ingekort(pad)}' is geen geldige YAML: ${kleineLetter(y.fout.melding)}`);
  if (typeof y.data !== 'object' || y.data === null || Array.isArray(y.data)) {
    throw new GebruiksFout(`Het kolommenbestand '${ingekort(pad)}' moet onze kolomnamen koppelen aan die van uw bestand, zoals:\n  ontvangen: Datum binnenkomst\n  gemeente: Woonplaats gemeente`);
  }
  return y.data as Record<string, string>;
}

function kalenderUit(v: Map<string, string | true>): Werkdagkalender | undefined {
  const beleid = v.get('beleid');
  const vrij = v.get('vrij');
  if (beleid === undefined && vrij === undefined) return undefined;
  const opties: Record<string, unknown> = {};
  if (typeof beleid === 'string') opties['beleid'] = beleid;
  if (typeof vrij === 'string') opties['extraVrijeDagen'] = vrij.split(',').map((d) => d.trim());
  return maakWerkdagkalender(opties as never);
}

/**
 * The options of a call the CLI makes come from its flags: a pad or a melding that names
 * 'opties.peildatum' or 'opties.metIds' names the flag the user gave ('--peildatum', '--met-ids');
 * a deeper pad keeps the rest ('opties.kolommen.id' → '--kolommen (id)').
 */
function alsVlag(tekst: string): string {
  return tekst.replace(/\bopties\.([A-Za-z]+)((?:\.[^\s:,]+)*)/g, (_, naam: string, rest: string) =>
    `--${naam.replace(/[A-Z]/g, (h) => `-${h.toLowerCase()}`)}${rest ? ` (${rest.slice(1)})` : ''}`);
}

/**
 * Runs the CLI with `args` (without `node` and the script) and returns what to print and the exit
 * code. Exported so that tests run it in-process.
 */
export async function voerCliUit(
  args: readonly string[],
  stdin: Stdin = async () => '',
  stdinStroom: () => AsyncIterable<Uint8Array | string> = async function* () {
    yield await stdin();
  },
): Promise<Uitvoer> {
  const [opdracht, ...rest] = args;
  const uit = (stdout: string, code = 0): Uitvoer => ({ stdout, stderr: '', code });
  const fout = (stderr: string, code = 2): Uitvoer => ({ stdout: '', stderr, code });
  try {
    if (opdracht === undefined || opdracht === '--help' || opdracht === '-h' || opdracht === 'help') return uit(HULP['algemeen']!);
    // Own keys only: 'toString' or 'constructor' is no command.
    if (!Object.hasOwn(HULP, opdracht) || opdracht === 'algemeen') {
      const hint = bedoeld(opdracht, Object.keys(HULP).filter((k) => k !== 'algemeen'));
      return fout(`Onbekende opdracht '${ingekort(opdracht)}'.${hint ? ` Bedoelde u '${hint}'?` : ''}\n\n${HULP['algemeen']}`);
    }
    if (rest.includes('--help') || rest.includes('-h')) return uit(HULP[opdracht]!);
    switch (opdracht) {
      case 'scenarios': {
        const a = leesArgumenten(rest, [], ['json', 'dekking']);
        const rapport = await voerScenariosUit(a.posities.length ? a.posities : ['fixtures']);
        const code = rapport.ongeldig > 0 ? 2 : rapport.mislukt > 0 ? 1 : 0;
        const ongedekt = a.vlaggen.has('dekking') ? ongedekteRegels(rapport) : undefined;
        if (a.vlaggen.has('json')) return uit(JSON.stringify({ ...rapport, ...(ongedekt ? { ongedekteRegels: ongedekt } : {}) }, null, 2), code);
        let tekst = formatteerRapport(rapport);
        if (ongedekt) {
          const dekking = ongedekt.length === 0 ? 'Dekking: elke regel wordt door minstens één scenario geraakt.' : `Regels die geen scenario raakt (${ongedekt.length}):\n${ongedekt.map((r) => `  ${r}`).join('\n')}`;
          const regels = tekst.split('\n');
          regels.splice(regels.length - 1, 0, dekking);
          tekst = regels.join('\n');
        }
        return uit(tekst, code);
      }
      case 'beslis': {
        const a = leesArgumenten(rest, ['regio', 'peildatum'], ['regio', 'peildatum', 'json']);
        const [naam, pad] = a.posities;
        if (naam === undefined || pad === undefined) throw new GebruiksFout(`Geef een beslissing en een invoerbestand (of -).\n\n${HULP['beslis']}`);
        if (!isBeslissing(naam)) {
          const hint = bedoeld(naam, beslissingNamen());
          throw new GebruiksFout(`Onbekende beslissing '${ingekort(naam)}'.${hint ? ` Bedoelde u '${hint}'?` : ''} Bekend: ${beslissingNamen().join(', ')}.`);
        }
        const invoer = await leesInvoer(pad, stdin);
        const opties: BeslisOpties = {};
        const regio = a.vlaggen.get('regio');
        const peildatum = a.vlaggen.get('peildatum');
        if (typeof regio === 'string') opties.regio = regio;
        if (typeof peildatum === 'string') opties.peildatum = peildatum;
        const b = beslisOpNaam(naam, invoer, opties);
        return uit(a.vlaggen.has('json') ? JSON.stringify(b, null, 2) : toonBesluit(b));
      }
      case 'termijn': {
        const a = leesArgumenten(rest, ['beleid', 'vrij', 'vanaf'], ['beleid', 'vrij', 'vanaf', 'spoed', 'zonder-atw-verlenging', 'json']);
        const [soort, datum] = a.posities;
        if (soort === undefined || datum === undefined) throw new GebruiksFout(`Geef een soort termijn en een datum.\n\n${HULP['termijn']}`);
        const kalender = kalenderUit(a.vlaggen);
        const kal = kalender ? { kalender } : {};
        const json = a.vlaggen.has('json');
        // The names used in scenario files work too.
        const ALIAS: Record<string, string> = { termijnVeiligheidsbeoordeling: 'veiligheidsbeoordeling', termijnVervolgdienst: 'vervolgdienst', monitoringmomenten: 'monitoring' };
        switch (Object.hasOwn(ALIAS, soort) ? ALIAS[soort] : soort) {
          case 'veiligheidsbeoordeling': {
            const t = termijnVeiligheidsbeoordeling(datum, { ...kal, ...(a.vlaggen.has('spoed') ? { spoedOfCrisis: true } : {}) });
            return uit(json ? JSON.stringify(t, null, 2) : toonTermijn(soort, t));
          }
          case 'vervolgdienst': {
            const vanaf = a.vlaggen.get('vanaf');
            const t = termijnVervolgdienst(datum, {
              ...kal,
              ...(a.vlaggen.has('zonder-atw-verlenging') ? { atwVerlenging: false } : {}),
              ...(typeof vanaf === 'string' ? { vanaf: vanaf as StartVervolgdienst } : {}),
            });
            return uit(json ? JSON.stringify(t, null, 2) : toonTermijn(soort, t));
          }
          case 'monitoring': {
            const m = monitoringmomenten(datum);
            return uit(json ? JSON.stringify(m) : `Monitoringmomenten na overdracht op ${datum} (ten minste na 3 en 12 maanden):\n${m.map((d) => `  ${d}`).join('\n')}`);
          }
          default: {
            const hint = bedoeld(soort, TERMIJN_SOORTEN);
            throw new GebruiksFout(`Onbekende termijn '${ingekort(soort)}'.${hint ? ` Bedoelde u '${hint}'?` : ''} Bekend: ${TERMIJN_SOORTEN.join(', ')}.`);
          }
        }
      }
      case 'schema': {
        const a = leesArgumenten(rest, ['regio'], ['regio']);
        const [naam, teVeel] = a.posities;
        if (naam === undefined || teVeel !== undefined) throw new GebruiksFout(`Geef precies één beslissing.\n\n${HULP['schema']}`);
        const regio = a.vlaggen.get('regio');
        return uit(JSON.stringify(jsonSchema(naam as Beslissing, typeof regio === 'string' ? { regio } : undefined), null, 2));
      }
      case 'rapportage': {
        const a = leesArgumenten(rest, ['periode', 'peildatum', 'regio', 'kolommen', 'html'], ['periode', 'peildatum', 'regio', 'kolommen', 'html', 'json', 'csv', 'met-ids']);
        const [pad, teVeel] = a.posities;
        if (pad === undefined || teVeel !== undefined) throw new GebruiksFout(`Geef precies één bestand (of - voor stdin).\n\n${HULP['rapportage']}`);
        const uitvoer = ['json', 'csv', 'html'].filter((v) => a.vlaggen.has(v));
        if (uitvoer.length > 1) throw new GebruiksFout(`Kies één uitvoer: ${uitvoer.map((v) => `--${v}`).join(' of ')}.`);
        const opties: RapportageOpties = {};
        const periode = a.vlaggen.get('periode');
        if (typeof periode === 'string') {
          if (!['kwartaal', 'maand', 'jaar'].includes(periode)) throw new GebruiksFout(`Onbekende periode '${ingekort(periode)}'. Kies kwartaal, maand of jaar.`);
          opties.periode = periode as Rapportageperiode;
        }
        for (const k of ['peildatum', 'regio'] as const) {
          const w = a.vlaggen.get(k);
          if (typeof w === 'string') opties[k] = w;
        }
        const kolommenPad = a.vlaggen.get('kolommen');
        if (typeof kolommenPad === 'string') opties.kolommen = await leesKolommen(kolommenPad);
        if (a.vlaggen.has('met-ids')) opties.metIds = true;
        let r;
        try {
          r = await maakRapportage(await leesRapportageRijen(pad, stdinStroom), opties);
        } catch (e) {
          if (e instanceof BestandFout) throw new GebruiksFout(e.message);
          throw e;
        }
        const code = r.afgekeurd.length > 0 ? 1 : 0;
        if (a.vlaggen.has('json')) return uit(JSON.stringify(r, null, 2), code);
        if (a.vlaggen.has('csv')) return uit(rapportageCsv(r).replace(/\r\n$/, ''), code);
        const htmlPad = a.vlaggen.get('html');
        if (typeof htmlPad === 'string') {
          try {
            await writeFile(htmlPad, rapportageHtml(r));
          } catch (e) {
            throw new GebruiksFout(`Kan het rapport niet schrijven naar '${ingekort(htmlPad)}': ${kleineLetter(fsMelding(e))}`);
          }
          const gemeenten = new Set(r.periodes.map((p) => p.gemeente)).size;
          return uit(`Rapport geschreven naar ${htmlPad}: ${gemeenten} ${gemeenten === 1 ? 'gemeente' : 'gemeenten'}, ${r.ingelezen} rijen ingelezen, ${r.afgekeurd.length} afgekeurd.`, code);
        }
        return uit(formatteerRapportage(r), code);
      }
      case 'docs': {
        const a = leesArgumenten(rest, ['uitvoer'], ['uitvoer']);
        const map = (a.vlaggen.get('uitvoer') as string | undefined) ?? join('docs', 'beslissingen');
        const documenten = beslissingDocumenten();
        try {
          await mkdir(map, { recursive: true });
          for (const [naam, tekst] of Object.entries(documenten)) await writeFile(join(map, naam), tekst);
        } catch (e) {
          throw new GebruiksFout(`Kan de documenten niet schrijven naar '${ingekort(map)}': ${kleineLetter(fsMelding(e))}`);
        }
        return uit(`${Object.keys(documenten).length} documenten geschreven naar ${map}/: ${Object.keys(documenten).join(', ')}`);
      }
    }
    return fout(HULP['algemeen']!);
  } catch (e) {
    // A message built elsewhere (the calendar, a decision) may quote a long value whole: cut off.
    if (e instanceof InvoerFout) {
      const regels = e.problemen.slice(0, MAX_PROBLEMEN + 1).map((p) => `  ${ingekort(alsVlag(p.pad), 200) || '(invoer)'}: ${kortMelding(alsVlag(p.melding))}`);
      if (e.problemen.length > MAX_PROBLEMEN + 1) regels.splice(MAX_PROBLEMEN, 1, `  … en ${e.problemen.length - MAX_PROBLEMEN} meer problemen (niet getoond).`);
      return fout(['Ongeldige invoer:', ...regels].join('\n'));
    }
    if (e instanceof GebruiksFout) return fout(e.message);
    // Not the engine's message: that is English, and meant for a programmer.
    return fout('Er ging iets mis in handelingsprotocol zelf (een interne fout, niet uw invoer). Meld dit alstublieft als fout, met de opdracht die u gaf.', 3);
  }
}
