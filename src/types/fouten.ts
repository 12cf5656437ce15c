/**
 * The stable, machine-readable codes of an InvoerFout probleem, each with what it means. An app
 * attaches a probleem to a form field by its `pad` and can translate it by its `code`; the Dutch
 * `melding` says the same for a person. This object is the documented list (README, "Foutcodes").
 */
export const FOUTCODES = {
  'onbekend-veld': 'Dit veld bestaat niet in deze invoer of deze opties; bij een tikfout noemt de melding het bedoelde veld.',
  ontbrekend: 'Een verplicht gegeven ontbreekt, bijvoorbeeld opties.regio bij een regionale beslissing.',
  'verkeerd-type': 'De waarde is van de verkeerde soort: een getal waar ja/nee of een tekst verwacht wordt, een lijst waar een object verwacht wordt.',
  'ongeldige-datum': 'Geen bestaande datum in de vorm JJJJ-MM-DD, of geen geldig tijdstip (ISO 8601 met tijdzone).',
  'buiten-bereik':
    'De waarde valt buiten wat het pakket kent of toestaat: een jaar buiten 1990–2200, een termijn die daarna eindigt, een datum waarop nog geen regels gelden, een negatief of gebroken aantal werkdagen.',
  'onbekende-waarde': 'De waarde is geen van de toegestane: een keuze, regio, gemeente, beslissing of optiewaarde die niet bestaat.',
  'ongeldige-waarde': 'De waarde past op een andere manier niet, bijvoorbeeld een lege tekst of een kalender die niet met maakWerkdagkalender is gemaakt.',
  'meer-problemen': 'Er waren meer problemen dan er getoond worden; dit laatste probleem telt de rest.',
} as const;

/** A stable code of a probleem: see FOUTCODES for the list and what each means. */
export type Foutcode = keyof typeof FOUTCODES;

/** One thing wrong with an input: where (`pad`, dot-separated), what kind of problem (`code`), and what, in Dutch. */
export interface Probleem {
  pad: string;
  code: Foutcode;
  melding: string;
}

/**
 * Thrown (or rejected) for every bad input: a wrong type, an unknown key, an invalid date or
 * Tijdstip, a value outside an enum, an unknown region. `problemen` lists each problem with the
 * path of the field and a Dutch message; `message` joins them, so a log line is readable too.
 *
 * @example
 * try { standaardKalender.plusWerkdagen('2025-02-30', 5) }
 * catch (e) { if (e instanceof InvoerFout) console.log(e.problemen) }
 * // [{ pad: 'datum', code: 'ongeldige-datum', melding: "'2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen." }]
 */
export class InvoerFout extends Error {
  readonly problemen: readonly Probleem[];

  constructor(problemen: readonly Probleem[]) {
    super(
      problemen.length === 0
        ? 'Ongeldige invoer.'
        : 'Ongeldige invoer: ' + problemen.map((p) => (p.pad ? `${p.pad}: ${p.melding}` : p.melding)).join('; '),
    );
    this.name = 'InvoerFout';
    this.problemen = problemen;
  }
}

/** Throws an InvoerFout with a single problem. */
export function invoerFout(pad: string, code: Foutcode, melding: string): never {
  throw new InvoerFout([{ pad, code, melding }]);
}
