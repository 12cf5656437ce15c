/**
 * Days equated with an algemeen erkende feestdag by Koninklijk Besluit (Algemene termijnenwet
 * art. 3 lid 3). These are facts, published about every three years; date-holidays does not know
 * them and they must never be derived from a pattern ("the Friday after Hemelvaart"), because a
 * decree is free to differ. Add a new decree here as a new entry, with its title as source and,
 * where known, its publication in the Staatscourant.
 *
 * Every entry below was checked against a text that quotes or cites the decree with its days (named
 * per entry), and every day is a weekday next to an algemeen erkende feestdag. Years before 2014 are
 * not covered: for them the calendar warns that the decreed days are not known.
 */
import { diepBevroren } from '../types/bevries.js';
import type { Datum } from './datum.js';

export interface Gelijkstellingsbesluit {
  /** Title of the decree, as it is cited. */
  readonly titel: string;
  /** Where the decree was published, e.g. 'Stcrt. 2016, 58653'; absent when not (yet) traced. */
  readonly publicatie?: string;
  /** The years the decree covers (all of them: a year without a day in it is still "known"). */
  readonly jaren: readonly [van: number, tot: number];
  readonly dagen: readonly Datum[];
}

/** The decrees shipped with this package, oldest first (deeply frozen: no caller can change a calendar through them). */
export const GELIJKSTELLINGSBESLUITEN: readonly Gelijkstellingsbesluit[] = /* @__PURE__ */ diepBevroren<readonly Gelijkstellingsbesluit[]>([
  {
    // Title quoted in full by mr. W.G.H.M. van der Putten, uitvaart.nl, vraag 44571 (15 december 2015),
    // "Wettelijke tijd i.v.m. feestdagen". Publication not traced.
    // Fri 30 May 2014 (after Hemelvaart 29 May); Fri 2 Jan 2015 (after Nieuwjaarsdag, Thu);
    // Mon 4 May 2015 (before 5 mei, Tue); Fri 15 May 2015 (after Hemelvaart 14 May);
    // Fri 6 May 2016 (after Hemelvaart and 5 mei, Thu 5 May).
    titel:
      'Besluit van 17 juni 2013, nr. 13.001210, houdende gelijkstelling van 30 mei 2014, 2 januari, 4 en 15 mei 2015 en 6 mei 2016 met een algemeen erkende feestdag',
    jaren: [2014, 2016],
    dagen: ['2014-05-30', '2015-01-02', '2015-05-04', '2015-05-15', '2016-05-06'],
  },
  {
    // Text of the decree on wetten.overheid.nl (BWBR0038666, geldend vanaf 1 november 2016); the
    // Staatscourant number as cited by uitvaart.nl, vraag 50535 ("stcrt-2016-58653").
    // Fri 28 Apr 2017 (after Koningsdag, Thu); Fri 26 May 2017 (after Hemelvaart 25 May);
    // Fri 11 May 2018 (after Hemelvaart 10 May); Mon 24 and 31 Dec 2018 (before Eerste Kerstdag and
    // Nieuwjaarsdag, both Tue); Fri 31 May 2019 (after Hemelvaart 30 May); Fri 27 Dec 2019 (after
    // Tweede Kerstdag, Thu).
    titel:
      'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag',
    publicatie: 'Stcrt. 2016, 58653',
    jaren: [2017, 2019],
    dagen: ['2017-04-28', '2017-05-26', '2018-05-11', '2018-12-24', '2018-12-31', '2019-05-31', '2019-12-27'],
  },
  {
    // Cited with its date and its three days by legal-support-office.nl, "De civiele rol –
    // feestdagen": "Bij Besluit van 20 september 2019 zijn vrijdag 22 mei 2020, vrijdag 14 mei 2021 en
    // vrijdag 27 mei 2022 (telkens de vrijdag na Hemelvaartsdag) eveneens gelijkgesteld aan de
    // algemeen erkende feestdagen." Corroborated day by day by deurwaarders' lists of explootvrije
    // dagen (14 mei 2021: boitenluhrs.nl, gdw-km.nl; 27 mei 2022: wvhl.nl). The exact official title
    // and the Staatscourant number were not traced, so the title below describes the decree instead
    // of quoting it.
    titel: 'Besluit van 20 september 2019 (gelijkstelling van 22 mei 2020, 14 mei 2021 en 27 mei 2022 met een algemeen erkende feestdag)',
    jaren: [2020, 2022],
    dagen: ['2020-05-22', '2021-05-14', '2022-05-27'],
  },
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
]);

/** How a decree is cited: its title, and its publication where known. */
export function citeerBesluit(besluit: Gelijkstellingsbesluit): string {
  return besluit.publicatie ? `${besluit.titel} (${besluit.publicatie})` : besluit.titel;
}
