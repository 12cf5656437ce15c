import type { Bron } from '../types/bron.js';
import { diepBevroren } from '../types/bevries.js';

/**
 * The sources the calendar and the termijnen cite (deeply frozen: a Termijn gets copies, so no
 * caller can change what the next one cites).
 */
export const BRON = /* @__PURE__ */ diepBevroren({
  atwArt1: { document: 'Algemene termijnenwet', vindplaats: 'art. 1 lid 1' },
  atwArt3lid1: { document: 'Algemene termijnenwet', vindplaats: 'art. 3 lid 1' },
  atwArt3lid2: { document: 'Algemene termijnenwet', vindplaats: 'art. 3 lid 2' },
  atwArt3lid3: { document: 'Algemene termijnenwet', vindplaats: 'art. 3 lid 3' },
  vb5werkdagen: {
    document: 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0',
    vindplaats: '§5.1 ("Wél binnen 5 werkdagen, conform het Handelingsprotocol"); §8 A',
  },
  handelingsprotocolVb: { document: 'Handelingsprotocol Veilig Thuis 2019', vindplaats: 'p. 30-34' },
  vervolg70dagen: {
    document: 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0',
    vindplaats: '§8 B en C ("na maximaal 70 dagen"; Handelingsprotocol Veilig Thuis, pag. 45-47)',
  },
  monitoring312: {
    document: 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0',
    vindplaats: '§7.1 B ("monitort ten minste na 3 en 12 maanden"; Handelingsprotocol Veilig Thuis, pag. 50-51)',
  },
  monitoringAef: {
    document: 'Samen werken aan een veilig thuis (AEF, 2020)',
    vindplaats: '§2.3 C ("In ieder geval monitort Veilig Thuis na 3 en 12 maanden")',
  },
  kantooruren: {
    document: 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0',
    vindplaats: '§8.4 ("tijdens kantoortijden (van 9 tot 17 uur)")',
  },
  spoedEnCrisis: {
    document: 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0',
    vindplaats:
      '§5.1 B en §5.3 B ("Als er sprake is van spoed en crisis tijdens kantooruren dan gaat Veilig Thuis altijd dezelfde dag er nog op af, buiten kantooruren wordt SEZ ingezet")',
  },
  crisisdienstAef: {
    document: 'Samen werken aan een veilig thuis (AEF, 2020)',
    vindplaats: '§2.4 "Aanvullende afspraken", Crisisdienst (regio’s regelen de crisisdienst verschillend)',
  },
  dateHolidays: { document: 'date-holidays (npm), feestdagen van type "public" voor NL' },
} as const satisfies Record<string, Bron>);

/** A fresh copy of a source, for a result (never the shared, frozen one). */
export const kopieBron = (b: Bron): Bron => (b.url === undefined
  ? b.vindplaats === undefined ? { document: b.document } : { document: b.document, vindplaats: b.vindplaats }
  : { ...b });
