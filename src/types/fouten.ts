/** One thing wrong with an input: where (`pad`, dot-separated) and what, in Dutch. */
export interface Probleem {
  pad: string;
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
 * // [{ pad: 'datum', melding: "'2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen." }]
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
export function invoerFout(pad: string, melding: string): never {
  throw new InvoerFout([{ pad, melding }]);
}
