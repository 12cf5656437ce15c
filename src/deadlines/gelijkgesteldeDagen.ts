/**
 * Days equated with an algemeen erkende feestdag by Koninklijk Besluit (Algemene termijnenwet
 * art. 3 lid 3). These are facts, published about every three years; date-holidays does not know
 * them and they must never be derived from a pattern ("the Friday after Hemelvaart"), because a
 * decree is free to differ. Add a new decree here as a new entry, with its title as source.
 */
import type { Datum } from './datum.js';

export interface Gelijkstellingsbesluit {
  /** Title of the decree, as it is cited. */
  titel: string;
  /** The years the decree covers (all of them: a year without a day in it is still "known"). */
  jaren: readonly [van: number, tot: number];
  dagen: readonly Datum[];
}

export const GELIJKSTELLINGSBESLUITEN: readonly Gelijkstellingsbesluit[] = [
  {
    titel: 'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025',
    jaren: [2023, 2025],
    dagen: ['2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30'],
  },
  {
    titel: 'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028',
    jaren: [2026, 2028],
    dagen: ['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26'],
  },
];
