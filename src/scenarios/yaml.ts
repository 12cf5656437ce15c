/**
 * Reading YAML (and JSON, which is YAML too) written by people: every problem becomes one Dutch
 * line with the place (regel, kolom) where it is known, nothing is written to stderr, and hostile
 * input costs bounded time and memory. No file system here: the browser entry uses it too.
 *
 * What the `yaml` package does by itself, and what is done here instead:
 * - Deep nesting makes its composer overflow the stack ("Maximum call stack size exceeded"; a
 *   second overflow can even crash V8), and its parser slows down quadratically: the nesting is
 *   checked while the text is being parsed, and parsing stops at MAX_NESTING levels.
 * - `uniqueKeys` compares every key with every other key (quadratic: minutes for a 5 MB map):
 *   duplicate keys are found here with a Set, and compared as JavaScript sees them ('1' and 1 are
 *   the same field).
 * - Tags it does not know (`!foo`, `!!js/function`) are warnings that `parse` prints with
 *   `process.emitWarning`; known tags like `!!binary` or `!!timestamp` become a Buffer or a Date.
 *   Here every tag outside the core schema is an error, and nothing is ever logged.
 * - An alias bomb (anchors referring to anchors) is refused by its `maxAliasCount`; an alias to
 *   an anchor that does not exist yet, or inside its own anchor (a cycle), is found here.
 * - An own `__proto__` key is kept as an own property (yaml defines it, never assigns it), so the
 *   validation that follows reports it as an unknown field.
 */
import { Composer, isAlias, isMap, isNode, isScalar, Lexer, LineCounter, Parser, visit, type CST, type Document, type ErrorCode } from 'yaml';
import type { Probleem } from './voerUit.js';
import { ingekort } from '../types/zodNl.js';

/** The deepest nesting of lists and objects a file may have (a scenario file needs about 7). */
export const MAX_NESTING = 50;
/** How much aliases (`*naam`) may multiply the data (the `maxAliasCount` of the yaml package). */
export const MAX_ALIASSEN = 100;

const OPTIES = {
  // 'error', not 'silent': with 'silent' a second document in the text would be dropped without a word.
  logLevel: 'error',
  schema: 'core',
  version: '1.2',
  resolveKnownTags: false,
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
} as const;

const ALGEMEEN =
  'Controleer inspringing (met spaties), dubbele punten en haakjes. Staat er in een tekst een dubbele punt met een spatie erachter, zet de tekst dan tussen aanhalingstekens.';

/** Dutch for the errors and warnings of the yaml package, by code; `bron` is the text at the place. */
function melding(code: ErrorCode | string, bron: string): string {
  switch (code) {
    case 'TAG_RESOLVE_FAILED':
      return `Onbekende YAML-tag '${ingekort(bron)}': scenariobestanden gebruiken geen tags (woorden met ! ervoor). Haal de tag weg, of zet de waarde tussen aanhalingstekens.`;
    case 'DUPLICATE_KEY':
      return `Het veld '${ingekort(bron)}' staat twee keer in hetzelfde object: laat er één over.`;
    case 'MULTIPLE_DOCS':
      return 'Het bestand bevat meer dan één YAML-document (gescheiden door ---): zet elk document in een eigen bestand.';
    case 'TAB_AS_INDENT':
      return 'Hier wordt ingesprongen met een tab: YAML springt alleen in met spaties.';
    case 'BAD_DQ_ESCAPE':
      return 'Ongeldige \\-code in een tekst tussen dubbele aanhalingstekens: gebruik enkele aanhalingstekens, of schrijf \\\\ voor een \\.';
    case 'BAD_DIRECTIVE':
      return 'Onbekende regel die met % begint: haal die regel weg.';
    case 'KEY_OVER_1024_CHARS':
      return 'Een veldnaam is langer dan 1024 tekens.';
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'ALIAS_PROPS':
    case 'BAD_PROP_ORDER':
      return `Geen geldige YAML of JSON: te veel ankers (&naam) of tags op één waarde. ${ALGEMEEN}`;
    default:
      return `Geen geldige YAML of JSON. ${ALGEMEEN}`;
  }
}

/** The text at `pos`, for a message (one line, cut off). */
const bronOp = (tekst: string, [van, tot]: readonly [number, number]): string => tekst.slice(van, Math.min(tot, van + 200)).split('\n')[0]!;

/**
 * Parses the text of one YAML (or JSON) document into plain data. Never throws and never logs:
 * anything wrong gives one problem, with `pad` 'regel N, kolom M' where the place is known.
 *
 * @example
 * leesYaml('a: 1\na: 2\n')
 * // { fout: { pad: 'regel 2, kolom 1', melding: "Het veld 'a' staat twee keer in hetzelfde object: laat er één over." } }
 */
export function leesYaml(tekst: string): { data: unknown; fout?: undefined } | { fout: Probleem; data?: undefined } {
  const regels = new LineCounter();
  const plek = (offset: number): string => {
    const { line, col } = regels.linePos(offset);
    return `regel ${line}, kolom ${col}`;
  };
  try {
    // Lexer and parser by hand, so that the nesting can be checked while parsing.
    const parser = new Parser(regels.addNewLine);
    regels.addNewLine(0);
    const tokens: CST.Token[] = [];
    for (const lexeem of new Lexer().lex(tekst)) {
      for (const t of parser.next(lexeem)) tokens.push(t);
      if (parser.stack.length > MAX_NESTING) {
        return {
          fout: {
            pad: plek(parser.offset),
            melding: `De gegevens zijn te diep genest (meer dan ${MAX_NESTING} lijsten of objecten in elkaar): een scenariobestand heeft er hoogstens een stuk of zeven nodig. Controleer de haakjes [ ] en { }.`,
          },
        };
      }
    }
    for (const t of parser.end()) tokens.push(t);

    let doc: Document.Parsed | undefined;
    for (const d of new Composer(OPTIES).compose(tokens, true, tekst.length)) {
      if (doc) return { fout: { pad: plek(d.range[0]), melding: melding('MULTIPLE_DOCS', '') } };
      doc = d;
    }
    if (!doc) return { data: null };
    const fout = doc.errors[0] ?? doc.warnings[0];
    if (fout) return { fout: { pad: plek(fout.pos[0]), melding: melding(fout.code, bronOp(tekst, fout.pos)) } };

    const probleem = controleer(doc);
    if (probleem) return { fout: { pad: plek(probleem.offset), melding: probleem.melding } };
    try {
      return { data: doc.toJS({ maxAliasCount: MAX_ALIASSEN }) };
    } catch {
      // The only error toJS throws after `controleer`: an alias bomb.
      return {
        fout: {
          pad: '',
          melding: `Te veel verwijzingen (*naam) naar ankers (&naam): samen zouden ze meer dan ${MAX_ALIASSEN} keer zoveel gegevens maken. Schrijf de gegevens uit, of gebruik minder verwijzingen.`,
        },
      };
    }
  } catch {
    return { fout: { pad: '', melding: `Het bestand is niet te lezen als YAML of JSON. ${ALGEMEEN}` } };
  }
}

/**
 * What the yaml package leaves unchecked (see the top of this file): duplicate keys, keys that
 * are lists or objects, aliases to an anchor not set before them or inside their own anchor.
 */
function controleer(doc: Document.Parsed): { offset: number; melding: string } | undefined {
  let probleem: { offset: number; melding: string } | undefined;
  const ankers = new Map<string, readonly [number, number]>();
  visit(doc, (_, node) => {
    if (isMap(node)) {
      const gezien = new Set<string>();
      for (const pair of node.items) {
        const sleutel: unknown = pair.key;
        if (sleutel !== null && !isScalar(sleutel)) {
          const offset = isNode(sleutel) && sleutel.range ? sleutel.range[0] : node.range?.[0] ?? 0;
          probleem = { offset, melding: 'Een veldnaam moet een tekst zijn, geen lijst, object of verwijzing (*naam).' };
          return visit.BREAK;
        }
        const naam = sleutel === null ? '' : String(sleutel.value);
        if (gezien.has(naam)) {
          probleem = { offset: sleutel?.range?.[0] ?? node.range?.[0] ?? 0, melding: melding('DUPLICATE_KEY', naam) };
          return visit.BREAK;
        }
        gezien.add(naam);
      }
    }
    if (isAlias(node)) {
      const anker = ankers.get(node.source);
      const offset = node.range?.[0] ?? 0;
      if (anker === undefined) {
        probleem = { offset, melding: `De verwijzing '*${ingekort(node.source)}' noemt een anker dat er (nog) niet is: zet eerst '&${ingekort(node.source)}' bij een waarde, en verwijs pas daarna.` };
        return visit.BREAK;
      }
      if (offset >= anker[0] && offset < anker[1]) {
        probleem = { offset, melding: `De verwijzing '*${ingekort(node.source)}' staat binnen de waarde waar ze naar verwijst: dat maakt een oneindige kringloop.` };
        return visit.BREAK;
      }
    } else if (isNode(node) && node.anchor !== undefined && node.range) {
      ankers.set(node.anchor, [node.range[0], node.range[2]]);
    }
    return undefined;
  });
  return probleem;
}
