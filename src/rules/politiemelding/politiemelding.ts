import { leesDatum, plusMaanden, formatEpochDag, type Datum } from '../../deadlines/datum.js';
import { leesDatumOfTijdstip } from '../../deadlines/tijdstip.js';
import { invoerFout } from '../../types/fouten.js';
import { PolitiemeldingInvoerSchema, type PolitiemeldingInvoer } from '../../types/schemas.js';
import { valideer } from '../../types/zodNl.js';
import { besluitVan, controleerGemeente, leesOpties, uitkomstVan, type Actie, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import { B } from '../_lib/bronnen.js';
import { evalueer } from '../_lib/evaluatie.js';
import { definitie, regels } from './regels.js';

export type PolitiemeldingUitkomst = 'melding' | 'overige-zorgmelding' | 'bijzondere-zorg' | 'farent';
export type PolitiemeldingBesluit = Besluit<PolitiemeldingUitkomst, { veiligheidsbeoordeling: boolean; bewaartermijnTot?: Datum }>;

const REGIOS_MET_REGELS = [...new Set(regels.map((r) => r.event.params.regio!))];

/**
 * How a police zorgmelding is handled in a region: a melding with a veiligheidsbeoordeling, an
 * "overige zorgmelding" (no HG/KM; from 1 April 2021 recorded as advies for 2 years), or routed to
 * GGD Bijzondere Zorg or Farent (verwarde personen). Needs `opties.regio`; the gemeente must belong
 * to it. The rules in force on the day the report was received apply.
 *
 * @param invoer - the facts known so far; every field optional
 * @param opties - regio (required), peildatum (used when `ontvangen` is unknown), kalender
 * @returns the Besluit with `veiligheidsbeoordeling` and, for an overige zorgmelding received on a
 *   known day, `bewaartermijnTot`
 * @throws InvoerFout without a regio, for an unknown regio, a gemeente outside it, or an invalid date
 *
 * @example
 * await beslisPolitiemelding({ gemeente: 'Tiel', betreftVerwardPersoon: false,
 *   betreftHuiselijkGeweldOfKindermishandeling: false, ontvangen: '2021-06-01' }, { regio: 'gelderland-zuid' })
 * // { status: 'besloten', uitkomst: 'overige-zorgmelding', veiligheidsbeoordeling: false,
 * //   bewaartermijnTot: '2023-06-01', redenen: [{ regel: 'politiemelding.overige-zorgmelding', … }], … }
 */
export async function beslisPolitiemelding(invoer: PolitiemeldingInvoer, opties: BeslisOpties): Promise<PolitiemeldingBesluit> {
  const o = leesOpties(opties);
  if (o.regio === undefined) {
    invoerFout('opties.regio', `Politiemeldingen worden per regio afgehandeld: geef opties.regio op (regio’s met afspraken over politiemeldingen: ${REGIOS_MET_REGELS.join(', ')}).`);
  }
  if (!REGIOS_MET_REGELS.includes(o.regio)) {
    invoerFout('opties.regio', `Voor regio ${o.regio} zijn geen afspraken over politiemeldingen bekend (wel voor: ${REGIOS_MET_REGELS.join(', ')}).`);
  }
  const i = valideer(PolitiemeldingInvoerSchema, invoer);
  controleerGemeente(i.gemeente, o.regio);
  const ontvangenDag = i.ontvangen === undefined ? undefined : leesDatumOfTijdstip(i.ontvangen, 'ontvangen', leesDatum);
  const selectie = { peildatum: ontvangenDag ?? o.peildatum, regio: o.regio };
  const feiten = { gemeente: i.gemeente, betreftVerwardPersoon: i.betreftVerwardPersoon, betreftHuiselijkGeweldOfKindermishandeling: i.betreftHuiselijkGeweldOfKindermishandeling };
  const ev = await evalueer(definitie, feiten, selectie, ontvangenDag !== undefined ? 'ontvangen' : 'opties.peildatum');
  return besluitVan('politiemelding', uitkomstVan<PolitiemeldingUitkomst>('politiemelding', ev), (u) => {
    const veiligheidsbeoordeling = u.extra['veiligheidsbeoordeling'] === true;
    const extra: { veiligheidsbeoordeling: boolean; bewaartermijnTot?: Datum } = { veiligheidsbeoordeling };
    const acties: Actie[] = [];
    const ontbrekend: string[] = [];
    switch (u.uitkomst) {
      case 'melding': {
        acties.push({
          soort: 'verrijken',
          partijen: ['Jeugdbescherming Gelderland', 'lokale teams', 'regieteams', 'Veiligheidshuis', 'Raad voor de Kinderbescherming'],
          uitleg: 'Veilig Thuis verrijkt de melding per mail bij Jeugdbescherming Gelderland, de lokale teams, de regieteams, het Veiligheidshuis en de Raad voor de Kinderbescherming.',
          bronnen: [B.politie],
        });
        const actie: Actie = { soort: 'veiligheidsbeoordeling', werkdagen: 5, uitleg: 'Veilig Thuis voert binnen 5 werkdagen een veiligheidsbeoordeling uit (bij spoed en crisis dezelfde dag).', bronnen: [B.vb] };
        if (ontvangenDag !== undefined) actie['uiterlijk'] = o.kalender.plusWerkdagen(formatEpochDag(ontvangenDag), 5); // as termijnVeiligheidsbeoordeling
        else ontbrekend.push('ontvangen');
        acties.push(actie);
        break;
      }
      case 'overige-zorgmelding':
        acties.push(
          { soort: 'intern-verrijken', uitleg: 'Veilig Thuis verrijkt de melding alleen intern en checkt bij de direct betrokkenen.', bronnen: [B.politieOverig] },
          { soort: 'doorzetten', aan: 'wijkteam', uitleg: 'De melding wordt doorgezet naar het wijkteam; het wijkteam bepaalt of het contact opneemt.', bronnen: [B.politieOverig] },
          { soort: 'informeer-politie', uitleg: 'Ook de politie wordt op de hoogte gesteld.', bronnen: [B.politieOverig] },
          { soort: 'vastleggen-als-advies', bewaartermijnJaren: 2, uitleg: 'De overige zorgmelding wordt vastgelegd als advies, met een bewaartermijn van 2 jaar; er komt geen dossier.', bronnen: [B.politieOverig] },
        );
        if (ontvangenDag !== undefined) extra.bewaartermijnTot = formatEpochDag(plusMaanden(ontvangenDag, 24));
        else ontbrekend.push('ontvangen');
        break;
      case 'bijzondere-zorg':
        acties.push({ soort: 'doorzetten', aan: 'GGD Bijzondere Zorg', uitleg: 'De melding wordt direct doorgezet naar de afdeling Bijzondere Zorg van de GGD.', bronnen: [B.politieVerward] });
        break;
      case 'farent':
        acties.push({ soort: 'doorzetten', aan: 'Farent', uitleg: 'De melding wordt direct doorgezet naar Farent.', bronnen: [B.politieFarent] });
        break;
    }
    return { acties, extra, ontbrekendVoorActies: ontbrekend };
  });
}
