/**
 * The Dutch holidays of one year, as the two policies see them. The moving holidays (Easter and
 * what hangs on it, Koningsdag) come from date-holidays, through the table generated from it at
 * build time (feestdagtabel.ts, `npm run feestdagen`); the KB-gelijkgestelde days from our own
 * data. Nothing here imports date-holidays.
 */
import { BRON } from './bronnen.js';
import { epochDag } from './datum.js';
import { FEESTDAGJAREN, FEESTDAGSOORTEN, FEESTDAGTABEL_EERSTE_JAAR, FEESTDAGTABEL_LAATSTE_JAAR } from './feestdagtabel.js';
import { citeerBesluit, GELIJKSTELLINGSBESLUITEN } from './gelijkgesteldeDagen.js';

export interface Feestdag {
  /** Epoch day. */
  dag: number;
  naam: string;
  bron: string;
}

const bronTekst = (b: { document: string; vindplaats?: string }) => (b.vindplaats ? `${b.document} ${b.vindplaats}` : b.document);

/**
 * date-holidays' name → the name and article of the Algemene termijnenwet. Pasen and Pinksteren
 * are Sundays and not in art. 3 (it names the *tweede* Paas- en Pinksterdag), so they are absent.
 */
const ATW: Readonly<Record<string, { readonly naam: string; readonly bron: string }>> = {
  Nieuwjaar: { naam: 'Nieuwjaarsdag', bron: bronTekst(BRON.atwArt3lid1) },
  'Goede Vrijdag': { naam: 'Goede Vrijdag', bron: bronTekst(BRON.atwArt3lid2) },
  'Tweede paasdag': { naam: 'Tweede Paasdag', bron: bronTekst(BRON.atwArt3lid1) },
  Koningsdag: { naam: 'Koningsdag', bron: bronTekst(BRON.atwArt3lid1) },
  Koninginnedag: { naam: 'Koninginnedag', bron: bronTekst(BRON.atwArt3lid1) },
  Bevrijdingsdag: { naam: 'Bevrijdingsdag (5 mei)', bron: bronTekst(BRON.atwArt3lid1) },
  Hemelvaartsdag: { naam: 'Hemelvaartsdag', bron: bronTekst(BRON.atwArt3lid1) },
  'Tweede pinksterdag': { naam: 'Tweede Pinksterdag', bron: bronTekst(BRON.atwArt3lid1) },
  Kerstmis: { naam: 'Eerste Kerstdag', bron: bronTekst(BRON.atwArt3lid1) },
  'Tweede kerstdag': { naam: 'Tweede Kerstdag', bron: bronTekst(BRON.atwArt3lid1) },
};
/** Every year has exactly these nine Atw days (Koningsdag under one of its two names). */
const ATW_AANTAL = 9;

/** One holiday as date-holidays gives it: its day, its Dutch name and its type ('public', 'school', …). */
export interface TabelFeestdag {
  /** Epoch day. */
  dag: number;
  naam: string;
  type: string;
}

const perJaar = new Map<number, readonly TabelFeestdag[]>();

/**
 * Reads date-holidays' NL holidays of a year from the generated table, decoded on first use.
 *
 * @param jaar - A year in the table (1990–2200).
 * @returns The holidays in date-holidays' order, each with its epoch day, name and type.
 * @throws {RangeError} for a year the table does not hold.
 *
 * @example
 * leesFeestdagtabel(2025)[1]; //=> { dag: 20196, naam: 'Goede Vrijdag', type: 'school' } (18 april 2025)
 */
export function leesFeestdagtabel(jaar: number): readonly TabelFeestdag[] {
  let lijst = perJaar.get(jaar);
  if (!lijst) {
    const regel = FEESTDAGJAREN[jaar - FEESTDAGTABEL_EERSTE_JAAR];
    if (regel === undefined) {
      throw new RangeError(`De feestdagtabel kent het jaar ${jaar} niet (${FEESTDAGTABEL_EERSTE_JAAR} tot en met ${FEESTDAGTABEL_LAATSTE_JAAR}).`);
    }
    const uit: TabelFeestdag[] = [];
    for (let i = 0; i < regel.length; i += 3) {
      const [naam, type] = FEESTDAGSOORTEN[parseInt(regel[i + 2]!, 36)]!;
      uit.push({ dag: epochDag(jaar, parseInt(regel[i]!, 36), parseInt(regel[i + 1]!, 36)), naam, type });
    }
    // Frozen: the lists are kept and handed to every caller.
    lijst = Object.freeze(uit.map((h) => Object.freeze(h)));
    perJaar.set(jaar, lijst);
  }
  return lijst;
}

/** Policy 'atw': Atw art. 3 lid 1 and 2, plus the KB-gelijkgestelde days of art. 3 lid 3. */
export function atwFeestdagen(jaar: number): Feestdag[] {
  const uit = leesFeestdagtabel(jaar).flatMap((h) => {
    const atw = Object.hasOwn(ATW, h.naam) ? ATW[h.naam] : undefined;
    return atw ? [{ dag: h.dag, naam: atw.naam, bron: atw.bron }] : [];
  });
  if (uit.length !== ATW_AANTAL) {
    // A changed date-holidays must not silently give us a wrong calendar.
    throw new Error(`date-holidays gaf ${uit.length} in plaats van ${ATW_AANTAL} Atw-feestdagen voor ${jaar}.`);
  }
  for (const besluit of GELIJKSTELLINGSBESLUITEN) {
    for (const d of besluit.dagen) {
      const [j, m, dd] = d.split('-').map(Number) as [number, number, number];
      if (j === jaar) {
        uit.push({ dag: epochDag(j, m, dd), naam: 'Gelijkgestelde dag (Koninklijk Besluit)', bron: `${bronTekst(BRON.atwArt3lid3)}; ${citeerBesluit(besluit)}` });
      }
    }
  }
  return uit;
}

/** Policy 'feestdagen': the holidays date-holidays classes as public for NL. */
export function publiekeFeestdagen(jaar: number): Feestdag[] {
  return leesFeestdagtabel(jaar)
    .filter((h) => h.type === 'public')
    .map((h) => ({ dag: h.dag, naam: h.naam, bron: bronTekst(BRON.dateHolidays) }));
}

/** Whether the KB decrees for this year are known (shipped in our data). */
export function gelijkstellingBekend(jaar: number): boolean {
  return GELIJKSTELLINGSBESLUITEN.some((b) => jaar >= b.jaren[0] && jaar <= b.jaren[1]);
}
