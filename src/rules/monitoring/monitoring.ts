import { monitoringmomenten } from '../../deadlines/termijnen.js';
import type { Datum } from '../../deadlines/datum.js';
import { MonitoringInvoerSchema, type MonitoringInvoer } from '../../types/schemas.js';
import { valideer } from '../../types/zodNl.js';
import { besluitVan, leesOpties, uitkomstVan, type Actie, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import { B } from '../_lib/bronnen.js';
import { evalueer } from '../_lib/evaluatie.js';
import { definitie } from './regels.js';

export type MonitoringUitkomst = 'monitoren' | 'niet-monitoren';
export type MonitoringBesluit = Besluit<MonitoringUitkomst, { verplicht: boolean; momenten: Datum[] }>;


/**
 * Monitoring after an overdracht: after a veiligheidsbeoordeling only if VT decides to; after
 * Onderzoek unless the suspicion was weerlegd or a gegronde reden is recorded; after Voorwaarden &
 * Vervolg always unless a gegronde reden is recorded; after overdracht to a gecertificeerde
 * instelling never. When VT monitors: at least after 3 and after 12 months from the overdracht.
 *
 * `gegrondeRedenGeenMonitoring` is the recorded reason itself (blank text is bad input); leaving
 * it out means no reason is recorded, so the main rule applies (marked as interpretatie).
 *
 * @param invoer - the facts known so far; every field optional
 * @param opties - peildatum, regio
 * @returns the Besluit with `verplicht` and `momenten` (3 and 12 months after `overdrachtsdatum`;
 *   empty when not monitoring, or when the overdrachtsdatum is not known yet — then
 *   `ontbrekendVoorActies` names it)
 * @throws InvoerFout on a wrong type, an unknown field, blank reason or an invalid date
 *
 * @example
 * await beslisMonitoring({ overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'lokaal-team',
 *   overdrachtsdatum: '2025-01-31' })
 * // { status: 'besloten', uitkomst: 'monitoren', verplicht: true,
 * //   momenten: ['2025-04-30', '2026-01-31'], redenen: [{ regel: 'monitoring.na-voorwaarden-en-vervolg', … }], … }
 */
export async function beslisMonitoring(invoer: MonitoringInvoer, opties?: BeslisOpties): Promise<MonitoringBesluit> {
  const o = leesOpties(opties);
  const i = valideer(MonitoringInvoerSchema, invoer);
  const feiten = {
    overdrachtNa: i.overdrachtNa,
    overdrachtAan: i.overdrachtAan,
    vtBesluitTotMonitoring: i.vtBesluitTotMonitoring,
    vermoedenWeerlegd: i.vermoedenWeerlegd,
    gegrondeRedenVastgelegd: i.gegrondeRedenGeenMonitoring !== undefined,
  };
  const ev = await evalueer(definitie, feiten, o);
  return besluitVan('monitoring', uitkomstVan<MonitoringUitkomst>('monitoring', ev), (u) => {
    const verplicht = u.extra['verplicht'] === true;
    const acties: Actie[] = [];
    const ontbrekend: string[] = [];
    let momenten: Datum[] = [];
    if (u.uitkomst === 'monitoren') {
      if (i.overdrachtsdatum === undefined) ontbrekend.push('overdrachtsdatum');
      else momenten = monitoringmomenten(i.overdrachtsdatum);
      acties.push({
        soort: 'monitoren',
        momenten,
        uitleg:
          'Veilig Thuis spreekt met de directbetrokkenen en de overdrachtspartij af hoe vaak, met wie en op welke manier wordt gemonitord: ten minste na 3 en na 12 maanden na de overdracht, vaker of langer waar nodig.',
        bronnen: [B.monitoring312, B.aefMonitoring],
      });
    } else if (i.gegrondeRedenGeenMonitoring !== undefined && u.redenen.some((r) => r.regel === 'monitoring.gegronde-reden')) {
      acties.push({ soort: 'leg-gegronde-reden-vast', reden: i.gegrondeRedenGeenMonitoring, uitleg: 'De gegronde reden om niet te monitoren wordt in het dossier vastgelegd.', bronnen: [B.monitoring] });
    }
    return { acties, extra: { verplicht, momenten }, ontbrekendVoorActies: ontbrekend };
  });
}
