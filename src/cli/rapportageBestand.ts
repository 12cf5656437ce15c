/**
 * Reading a caseload export for `handelingsprotocol rapportage`: CSV (comma or semicolon, detected
 * from the header line; a BOM stripped; quoted fields, as Excel and case systems write them) with
 * csv-parse, or JSONL, one object per line. Streaming: the rows are handed on one at a time, never
 * held together in memory.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { RIJNUMMER, RIJPROBLEEM } from '../rapportage/rapportage.js';
import type { Probleem } from '../types/fouten.js';

/** A problem with the file as a whole (it cannot be read): the CLI shows the message and exits with 2. */
export class BestandFout extends Error {}

export type Bestandsoort = 'csv' | 'jsonl';

/** The text of a byte stream, decoded as UTF-8 (an error for anything else). */
async function* alsTekst(bron: AsyncIterable<Uint8Array | string>, naam: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const deel of bron) yield typeof deel === 'string' ? deel : decoder.decode(deel, { stream: true });
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (e) {
    if (e instanceof TypeError) {
      throw new BestandFout(`${naam} is geen UTF-8-tekst. Sla het bestand op als "CSV UTF-8" (Excel: Opslaan als… → CSV UTF-8 (door komma's gescheiden)).`);
    }
    throw e;
  }
}

/**
 * The separator of a CSV file, from its header line: the one of ';' and ',' that occurs more often
 * outside quotes (a tie, or neither: ',').
 */
export function scheidingsteken(kopregel: string): ';' | ',' {
  let puntkomma = 0;
  let komma = 0;
  let inAanhaling = false;
  for (const c of kopregel) {
    if (c === '"') inAanhaling = !inAanhaling;
    else if (!inAanhaling) {
      if (c === ';') puntkomma++;
      else if (c === ',') komma++;
    }
  }
  return puntkomma > komma ? ';' : ',';
}

/** Reads text parts until the first line is complete; returns it and an iterable of all the text. */
async function eersteRegel(delen: AsyncGenerator<string>): Promise<{ eerste: string; alles: AsyncIterable<string> }> {
  const gelezen: string[] = [];
  let samen = '';
  let klaar = false;
  while (!klaar) {
    const r = await delen.next();
    if (r.done) break;
    gelezen.push(r.value);
    samen += r.value;
    klaar = samen.includes('\n') || samen.length > 1_000_000;
  }
  async function* alles(): AsyncGenerator<string> {
    yield* gelezen;
    yield* delen;
  }
  const eind = samen.indexOf('\n');
  return { eerste: (eind === -1 ? samen : samen.slice(0, eind)).replace(/^\uFEFF/, ''), alles: alles() };
}

const rijprobleem = (rij: number, p: Probleem): Record<string, unknown> => ({ [RIJNUMMER]: rij, [RIJPROBLEEM]: [p] }) as Record<string, unknown>;

/** The rows of a CSV text stream: objects keyed by the header's column names. */
async function* csvRijen(delen: AsyncGenerator<string>, naam: string): AsyncGenerator<Record<string, unknown>> {
  const { eerste, alles } = await eersteRegel(delen);
  const parser = parse({ delimiter: scheidingsteken(eerste), bom: true, relax_column_count: true, skip_empty_lines: false });
  const bron = Readable.from(alles);
  bron.on('error', (e) => parser.destroy(e));
  bron.pipe(parser);
  let kop: string[] | undefined;
  let rij = 1;
  try {
    for await (const velden of parser as AsyncIterable<string[]>) {
      if (kop === undefined) {
        kop = velden.map((v) => v.trim());
        continue;
      }
      rij++;
      if (velden.length === 1 && velden[0]!.trim() === '') {
        yield rijprobleem(rij, { pad: '', code: 'ontbrekend', melding: 'De rij is leeg.' });
      } else if (velden.length !== kop.length) {
        yield rijprobleem(rij, {
          pad: '', code: 'ongeldige-waarde',
          melding: `De rij heeft ${velden.length} velden, de kopregel ${kop.length}. Staat er een scheidingsteken in een veld zonder aanhalingstekens?`,
        });
      } else {
        const o: Record<string, unknown> = {};
        for (let i = 0; i < kop.length; i++) o[kop[i]!] = velden[i];
        yield o;
      }
    }
  } catch (e) {
    if (e instanceof BestandFout) throw e;
    const regel = (e as { lines?: number }).lines;
    throw new BestandFout(`${naam} is geen leesbaar CSV-bestand${regel ? ` (bij regel ${regel})` : ''}: ${csvMelding(e)}`);
  }
  if (kop === undefined) throw new BestandFout(`${naam} is leeg: er is geen kopregel met de kolomnamen.`);
}

/** A Dutch message for a csv-parse error code. */
function csvMelding(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'een veld tussen aanhalingstekens wordt niet gesloten.';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'na een afsluitend aanhalingsteken volgt geen scheidingsteken of regeleinde (schrijf een aanhalingsteken in een veld als "").';
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return 'een aanhalingsteken midden in een veld (zet het hele veld tussen aanhalingstekens en schrijf het teken als "").';
    default:
      return 'de opmaak klopt niet.';
  }
}

/** The rows of a JSONL text stream, each carrying its line number; blank lines are skipped. */
async function* jsonlRijen(delen: AsyncGenerator<string>): AsyncGenerator<Record<string, unknown>> {
  let rest = '';
  let regelnummer = 0;
  const regel = (tekst: string): Record<string, unknown> | undefined => {
    regelnummer++;
    const t = (regelnummer === 1 ? tekst.replace(/^\uFEFF/, '') : tekst).trim();
    if (t === '') return undefined;
    let w: unknown;
    try {
      w = JSON.parse(t);
    } catch {
      return rijprobleem(regelnummer, { pad: '', code: 'verkeerd-type', melding: 'Deze regel is geen geldige JSON.' });
    }
    if (typeof w !== 'object' || w === null || Array.isArray(w)) {
      return rijprobleem(regelnummer, { pad: '', code: 'verkeerd-type', melding: 'Deze regel is geen JSON-object met kolommen, zoals {"gemeente": "Tiel", …}.' });
    }
    return Object.assign(w as Record<string, unknown>, { [RIJNUMMER]: regelnummer });
  };
  for await (const deel of delen) {
    rest += deel;
    let eind: number;
    while ((eind = rest.indexOf('\n')) !== -1) {
      const r = regel(rest.slice(0, eind));
      rest = rest.slice(eind + 1);
      if (r) yield r;
    }
  }
  if (rest !== '') {
    const r = regel(rest);
    if (r) yield r;
  }
}

/** 'jsonl' for .jsonl/.ndjson, 'csv' for .csv/.txt/.tsv…; undefined when the name does not say (stdin). */
export function soortVanNaam(pad: string): Bestandsoort | undefined {
  const l = pad.toLowerCase();
  if (l.endsWith('.jsonl') || l.endsWith('.ndjson')) return 'jsonl';
  if (l.endsWith('.csv') || l.endsWith('.txt')) return 'csv';
  return undefined;
}

/**
 * The rows of a caseload export, one at a time. `pad` '-' reads `stdin`. The kind of file comes from
 * its name, or (stdin, another name) from its first character: '{' is JSONL, anything else CSV.
 */
export async function leesRapportageRijen(
  pad: string,
  stdin: () => AsyncIterable<Uint8Array | string>,
): Promise<AsyncIterable<Record<string, unknown>>> {
  const naam = pad === '-' ? 'De invoer op stdin' : `Het bestand '${pad}'`;
  let bron: AsyncIterable<Uint8Array | string>;
  if (pad === '-') bron = stdin();
  else {
    let s;
    try {
      s = await stat(pad);
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw new BestandFout(code === 'ENOENT' ? `${naam} bestaat niet.` : `${naam} is niet te lezen (${code ?? 'onbekende fout'}).`);
    }
    if (!s.isFile()) throw new BestandFout(`${naam} is geen gewoon bestand.`);
    bron = createReadStream(pad, { highWaterMark: 1 << 20 });
  }
  const tekst = alsTekst(bron, naam);
  let soort = pad === '-' ? undefined : soortVanNaam(pad);
  let delen: AsyncGenerator<string> = tekst;
  if (soort === undefined) {
    const eerste = await tekst.next();
    const begin = eerste.done ? '' : eerste.value;
    soort = begin.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'jsonl' : 'csv';
    delen = (async function* () {
      if (begin) yield begin;
      yield* tekst;
    })();
  }
  return soort === 'jsonl' ? jsonlRijen(delen) : csvRijen(delen, naam);
}
