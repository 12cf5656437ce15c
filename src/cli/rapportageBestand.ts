/**
 * Reading a caseload export for `handelingsprotocol rapportage`: CSV (comma or semicolon, detected
 * from the header line; a BOM stripped; quoted fields, as Excel and case systems write them) with
 * csv-parse, or JSONL, one object per line. Streaming: the rows are handed on one at a time, never
 * held together in memory.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { RIJNUMMER, RIJPROBLEEM } from '../rapportage/rapportage.js';
import { fsMelding, kleineLetter } from '../scenarios/laad.js';
import type { Probleem } from '../types/fouten.js';

/** A problem with the file as a whole (it cannot be read): the CLI shows the message and exits with 2. */
export class BestandFout extends Error {}

/**
 * The bytes of `bron`, with a read error (EACCES or EISDIR when the stream opens the file, EIO, a
 * failing stdin) turned into a Dutch BestandFout: the stat before opening cannot catch them all.
 */
async function* leesbaar(bron: AsyncIterable<Uint8Array | string>, naam: string): AsyncGenerator<Uint8Array | string> {
  try {
    yield* bron;
  } catch (e) {
    if (typeof (e as { code?: unknown } | null)?.code === 'string') throw new BestandFout(`${naam} is niet te lezen: ${kleineLetter(fsMelding(e))}`);
    throw e;
  }
}

export type Bestandsoort = 'csv' | 'jsonl';

const GEEN_UTF8 = (naam: string) =>
  new BestandFout(`${naam} is geen UTF-8-tekst. Sla het bestand op als "CSV UTF-8" (Excel: Opslaan als… → CSV UTF-8 (door komma's gescheiden)).`);

/** The text of a byte stream, decoded as UTF-8 (an error for anything else). */
async function* alsTekst(bron: AsyncIterable<Uint8Array | string>, naam: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const deel of bron) yield typeof deel === 'string' ? deel : decoder.decode(deel, { stream: true });
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (e) {
    if (e instanceof TypeError) throw GEEN_UTF8(naam);
    throw e;
  }
}

/**
 * The rows of batches, one at a time, as an AsyncIterable whose `next()` is a resolved promise
 * while the batch lasts: a row costs no generator step (the report reads a million of them).
 */
function plat<T>(partijen: AsyncIterator<T[]>): AsyncIterableIterator<T> {
  let partij: T[] = [];
  let i = 0;
  const it: AsyncIterableIterator<T> = {
    next(): Promise<IteratorResult<T>> {
      if (i < partij.length) return Promise.resolve({ value: partij[i++]!, done: false });
      return partijen.next().then((r) => {
        if (r.done) return { value: undefined, done: true };
        partij = r.value;
        i = 0;
        return it.next();
      });
    },
    return(): Promise<IteratorResult<T>> {
      return Promise.resolve(partijen.return?.() ?? { value: undefined, done: true }).then(() => ({ value: undefined, done: true }));
    },
    [Symbol.asyncIterator]() {
      return it;
    },
  };
  return it;
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

const rijprobleem = (rij: number, p: Probleem): Record<string, unknown> => ({ [RIJNUMMER]: rij, [RIJPROBLEEM]: [p] }) as Record<string, unknown>;

/**
 * The rows of a CSV byte stream, in batches (one per chunk read): objects keyed by the header's
 * column names. The bytes go to csv-parse as they are (it decodes them); a TextDecoder only checks
 * that they are UTF-8.
 */
async function* csvPartijen(bron: AsyncIterable<Uint8Array | string>, naam: string): AsyncGenerator<Record<string, unknown>[]> {
  const controle = new TextDecoder('utf-8', { fatal: true });
  const isUtf8 = (deel: Uint8Array | string, einde: boolean) => {
    try {
      if (typeof deel !== 'string') controle.decode(deel, { stream: !einde });
    } catch {
      throw GEEN_UTF8(naam);
    }
  };
  let kop: string[] | undefined;
  let rij = 1;
  let partij: Record<string, unknown>[] = [];
  const verwerk = (velden: string[]) => {
    if (kop === undefined) {
      kop = velden.map((v) => v.trim());
      return;
    }
    rij++;
    if (velden.length === 1 && velden[0]!.trim() === '') {
      partij.push(rijprobleem(rij, { pad: '', code: 'ontbrekend', melding: 'De rij is leeg.' }));
    } else if (velden.length !== kop.length) {
      partij.push(rijprobleem(rij, {
        pad: '', code: 'ongeldige-waarde',
        melding: `De rij heeft ${velden.length} velden, de kopregel ${kop.length}. Staat er een scheidingsteken in een veld zonder aanhalingstekens?`,
      }));
    } else {
      const o: Record<string, unknown> = {};
      for (let i = 0; i < kop.length; i++) o[kop[i]!] = velden[i];
      partij.push(o);
    }
  };
  const fout = (e: unknown): never => {
    if (e instanceof BestandFout) throw e;
    const regel = (e as { lines?: number }).lines;
    throw new BestandFout(`${naam} is geen leesbaar CSV-bestand${regel ? ` (bij regel ${regel})` : ''}: ${csvMelding(e)}`);
  };
  // The separator comes from the header line: read until it is complete.
  const begin: (Uint8Array | string)[] = [];
  let beginTekst = '';
  const it = bron[Symbol.asyncIterator]();
  let klaar = false;
  while (!beginTekst.includes('\n') && beginTekst.length < 1_000_000) {
    const r = await it.next();
    if (r.done) {
      klaar = true;
      break;
    }
    isUtf8(r.value, false);
    begin.push(r.value);
    beginTekst += typeof r.value === 'string' ? r.value : Buffer.from(r.value).toString('utf8');
  }
  const eerste = beginTekst.split('\n', 1)[0]!.replace(/^\uFEFF/, '');
  const parser = parse({ delimiter: scheidingsteken(eerste), bom: true, relax_column_count: true, skip_empty_lines: false });
  const schrijf = (deel: Uint8Array | string) => {
    parser.write(deel);
    if (parser.errored) fout(parser.errored);
    let velden: string[] | null;
    while ((velden = parser.read() as string[] | null) !== null) verwerk(velden);
  };
  parser.on('error', () => {}); // read through parser.errored and the final iteration
  for (const deel of begin) schrijf(deel);
  if (partij.length) yield partij;
  if (!klaar) {
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      isUtf8(r.value, false);
      partij = [];
      schrijf(r.value);
      if (partij.length) yield partij;
    }
  }
  isUtf8(new Uint8Array(0), true);
  partij = [];
  parser.end();
  try {
    for await (const velden of parser as AsyncIterable<string[]>) verwerk(velden);
  } catch (e) {
    fout(e);
  }
  if (parser.errored) fout(parser.errored);
  if (partij.length) yield partij;
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
  if (pad === '-') bron = leesbaar(stdin(), naam);
  else {
    let s;
    try {
      s = await stat(pad);
    } catch (e) {
      throw new BestandFout((e as { code?: unknown }).code === 'ENOENT' ? `${naam} bestaat niet.` : `${naam} is niet te lezen: ${kleineLetter(fsMelding(e))}`);
    }
    if (!s.isFile()) throw new BestandFout(`${naam} is geen gewoon bestand.`);
    // 64 kB at a time: a batch of rows then dies young; 1 MB batches were promoted to the old heap (RSS 275 MB instead of 140).
    bron = leesbaar(createReadStream(pad, { highWaterMark: 1 << 16 }), naam);
  }
  let soort = pad === '-' ? undefined : soortVanNaam(pad);
  if (soort === undefined) {
    // Stdin or a name that does not say: '{' first is JSONL, anything else CSV.
    const it = bron[Symbol.asyncIterator]();
    const eerste = await it.next();
    const begin = eerste.done ? '' : eerste.value;
    const tekst = typeof begin === 'string' ? begin : Buffer.from(begin.subarray(0, 64)).toString('utf8');
    soort = tekst.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'jsonl' : 'csv';
    const rest = { [Symbol.asyncIterator]: () => it };
    bron = (async function* () {
      if (!eerste.done) yield begin;
      yield* rest;
    })();
  }
  return soort === 'jsonl' ? jsonlRijen(alsTekst(bron, naam)) : plat(csvPartijen(bron, naam)[Symbol.asyncIterator]());
}
