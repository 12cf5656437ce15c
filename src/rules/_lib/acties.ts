/**
 * Acties that more than one decision gives, written once. A decision lists them in its definition
 * (spreading one to add `bij`, `regel`, `als` or a computation of its own).
 */
import { formatEpochDag } from '../../deadlines/datum.js';
import { VB_WERKDAGEN } from '../../deadlines/termijnen.js';
import { leesDatumOfTijdstip } from '../../deadlines/tijdstip.js';
import { isDatum, leesDatum } from '../../deadlines/datum.js';
import type { Berekening } from './definitie.js';
import { B } from './bronnen.js';

/** Who "the directbetrokkenen" are when VT informs them (GZ §8.5 B, fn 16). */
export const DIRECTBETROKKENEN =
  'de directbetrokkenen; bij minderjarige kinderen in ieder geval beide ouders met gezag, en een biologische vader die actief deel uitmaakt van de opvoeding';

/** Veilig Thuis registers the melding. */
export const registreerMelding = {
  soort: 'registreer-melding',
  uitleg: 'Veilig Thuis neemt de melding in ontvangst en legt haar vast in het registratiesysteem.',
  bronnen: [B.meldingVoorwaarden],
} as const;

/** The veiligheidsbeoordeling within 5 werkdagen (same day with spoed en crisis). */
export const veiligheidsbeoordeling = {
  soort: 'veiligheidsbeoordeling',
  uitleg: `Veilig Thuis voert binnen ${VB_WERKDAGEN} werkdagen na ontvangst van de melding een veiligheidsbeoordeling uit (bij spoed en crisis dezelfde dag); zie termijnVeiligheidsbeoordeling.`,
  bronnen: [B.vb],
  details: { werkdagen: VB_WERKDAGEN },
} as const;

/** The `uiterlijk` of the veiligheidsbeoordeling, from the fact `ontvangen` (day 0), as termijnVeiligheidsbeoordeling. */
export const vbUiterlijk: Berekening<{ uiterlijk: string }> = (c) => {
  const ontvangen = c.invoer['ontvangen'];
  if (ontvangen === undefined) return { ontbrekend: ['ontvangen'] };
  // A Tijdstip counts from its Amsterdam day (as termijnVeiligheidsbeoordeling); a Datum as it is.
  const start = isDatum(ontvangen) ? ontvangen : formatEpochDag(leesDatumOfTijdstip(ontvangen, 'ontvangen', leesDatum));
  return { velden: { uiterlijk: c.kalender.plusWerkdagen(start, VB_WERKDAGEN) } };
};

/** Veilig Thuis informs the directbetrokkenen of its decision (GZ §5.1 D). */
export const informeerDirectbetrokkenen = {
  soort: 'informeer-directbetrokkenen',
  uitleg: 'Veilig Thuis informeert de directbetrokkenen over het besluit.',
  bronnen: [B.informeren, B.ouders],
  details: { wijze: 'schriftelijk', wie: DIRECTBETROKKENEN },
} as const;
