/**
 * Acties that more than one decision gives, written once. A decision lists them in its definition
 * (spreading one to add `bij`, `regel`, `als` or a computation of its own).
 */
import { formatEpochDag } from '../../deadlines/datum.js';
import { VB_WERKDAGEN } from '../../deadlines/termijnen.js';
import { leesDatumOfTijdstip } from '../../deadlines/tijdstip.js';
import { isDatum, leesDatum } from '../../deadlines/datum.js';
import type { Berekening } from './definitie.js';
import { InvoerFout } from '../../types/fouten.js';
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
  uitleg: `Veilig Thuis voert binnen ${VB_WERKDAGEN} werkdagen na ontvangst van de melding een veiligheidsbeoordeling uit (bij spoed en crisis dezelfde dag).`,
  bronnen: [B.vb],
  details: { werkdagen: VB_WERKDAGEN },
} as const;

/** The `uiterlijk` of the veiligheidsbeoordeling, from the fact `ontvangen` (day 0), as termijnVeiligheidsbeoordeling. */
export const vbUiterlijk: Berekening<{ uiterlijk: string }> = (c) => {
  const ontvangen = c.invoer['ontvangen'];
  if (ontvangen === undefined) return { ontbrekend: ['ontvangen'] };
  try {
    // A Tijdstip counts from its Amsterdam day (as termijnVeiligheidsbeoordeling); a Datum as it is.
    const start = isDatum(ontvangen) ? ontvangen : formatEpochDag(leesDatumOfTijdstip(ontvangen, 'ontvangen', leesDatum));
    return { velden: { uiterlijk: c.kalender.plusWerkdagen(start, VB_WERKDAGEN) } };
  } catch (e) {
    // A date that cannot be computed (say, a deadline past the calendar's last year) is reported
    // at the fact the caller gave, not at the inner function's own argument.
    if (e instanceof InvoerFout) throw new InvoerFout(e.problemen.map((p) => ({ ...p, pad: 'ontvangen' })));
    throw e;
  }
};

/** Veilig Thuis informs the directbetrokkenen of its decision (GZ §5.1 D). */
export const informeerDirectbetrokkenen = {
  soort: 'informeer-directbetrokkenen',
  uitleg: 'Veilig Thuis informeert de directbetrokkenen over het besluit.',
  bronnen: [B.informeren, B.ouders],
  details: { wie: DIRECTBETROKKENEN },
} as const;

/** The lokale team's part after an overdracht (GZ §8.5 C, D, F): acties addressed to the lokale team. */
export const lokaalTeamNaOverdracht = [
  {
    soort: 'oppakken-door-lokaal-team',
    details: { door: 'lokaal-team' },
    uitleg:
      'Het lokale team pakt de casus op binnen de door Veilig Thuis geadviseerde termijn, tenzij het een beargumenteerd besluit neemt waarom dat niet kan; het maakt op basis van het advies van Veilig Thuis afspraken met het cliëntsysteem, gericht op herstel van de veiligheid.',
    bronnen: [B.naOverdracht],
  },
  {
    soort: 'verantwoordelijkheid-lokaal-team',
    details: { door: 'lokaal-team' },
    uitleg: 'Vanaf het moment dat het lokale team de overdracht bevestigt, is het verantwoordelijk voor (het bepalen en organiseren van) het proces- en casemanagement.',
    bronnen: [B.naOverdracht],
  },
  {
    soort: 'contact-bij-geen-herstel',
    details: { door: 'lokaal-team' },
    uitleg: 'Lukt het het lokale team na de overdracht niet om te komen tot duurzaam herstel van de veiligheid, dan neemt het contact op met Veilig Thuis.',
    bronnen: [B.naOverdracht],
  },
] as const;

/** Veilig Thuis informs the melder (a statutory task; no source gives a term or content). */
export const terugkoppelingMelder = {
  soort: 'terugkoppeling-melder',
  uitleg:
    'Veilig Thuis koppelt informatie terug aan de melder (een wettelijke taak van Veilig Thuis; Noord Oost Gelderland noemt "de nazorg naar de melder" als onderwerp om met elkaar te bespreken). Geen bron noemt een termijn of de inhoud van deze terugkoppeling.',
  bronnen: [B.aefWettelijkeTaken, B.nogNazorgMelder],
} as const;

/** The overdrachtsbrief to both parents with gezag and the relevant professionals (GZ §8.5 B, fn 16). */
export const overdrachtsbrief = {
  soort: 'overdrachtsbrief',
  details: { wijze: 'schriftelijk', aan: DIRECTBETROKKENEN, ook: 'de relevante betrokken professionals' },
  uitleg:
    'Veilig Thuis informeert de betrokkenen over de vervolgstappen en legt de afspraken vast in een overdrachtsbrief — bij minderjarige kinderen in ieder geval aan beide ouders met gezag, en aan een biologische vader die actief deel uitmaakt van de opvoeding — die ook naar de relevante betrokken professionals gaat.',
  bronnen: [B.overdrachtsbrief, B.ouders],
} as const;

/** What the lokale team does after an overdracht (GZ §8.5 E: a, b and c, three tasks). */
export const hulpDoorLokaalTeam = {
  soort: 'hulp-door-lokaal-team',
  details: { door: 'lokaal-team' },
  uitleg:
    'Het lokale team maakt of organiseert, op basis van de input van Veilig Thuis, een veiligheidsplan; het organiseert of biedt zelf ambulante ondersteuning of hulpverlening, of verwijst door naar een zorgaanbieder met een beschikking.',
  bronnen: [B.naOverdrachtHulp],
} as const;
