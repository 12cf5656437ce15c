/**
 * A Besluit is the caller's to change: it shares no object with the package's exported data
 * (`beslissingen`, `regelsets`, the region profiles) nor with an earlier Besluit — evaluations are
 * kept per fact combination, so a shared array would leak one caller's change into the next
 * caller's result.
 */
import { describe, expect, it } from 'vitest';
import { alleObjecten } from '../../testhulp.js';
import { regios } from '../../regios/index.js';
import { beslisOpNaam, beslissingen, regelsets, type Beslissing } from '../beslissingen.js';
import type { BeslisOpties } from './besluit.js';

const peildatum = '2025-06-02';
const opties = (naam: Beslissing): BeslisOpties => (naam === 'politiemelding' ? { regio: 'gelderland-zuid', peildatum } : { peildatum });

/** A deep copy that keeps functions (the definitions' computations) as they are, so toEqual compares them by identity. */
function kloon<T>(w: T): T {
  if (Array.isArray(w)) return w.map(kloon) as T;
  if (typeof w === 'object' && w !== null) return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, kloon(v)])) as T;
  return w;
}

/** Changes everything in `w` that can be changed: each text becomes 'X', each list gets one more item, each object a new field. */
function vandaliseer(w: unknown): void {
  if (Array.isArray(w)) {
    w.forEach((v, i) => (typeof v === 'string' ? (w[i] = 'X') : vandaliseer(v)));
    w.push('X');
  } else if (typeof w === 'object' && w !== null) {
    const o = w as Record<string, unknown>;
    for (const k of Object.keys(o)) (typeof o[k] === 'string' ? (o[k] = 'X') : vandaliseer(o[k]));
    o['vandaal'] = true;
  }
}

/** Per decision: inputs that decide (with acties, fixed details, computed details and extra fields) and one that does not. */
const gevallen: [Beslissing, Record<string, unknown>][] = [
  ['adviesOfMelding', { wens: 'melding', contactpersoon: 'professional', vermoedenHuiselijkGeweldOfKindermishandeling: true, melderMaaktZichBekend: true, meldplichtigVolgensAfwegingskader: true, inStaatTotHerstelVeiligheid: false }],
  ['adviesOfMelding', { wens: 'advies' }],
  ['ambtshalveMelding', { vtAdviseertMelden: true, adviesvragerMeldtZelf: false, risicoHoogEnAcuut: true, veiligheidNietTeVergroten: true, geenOvereenstemmingNaOpschaling: true, persoonsgegevensBekend: true }],
  ['vervolg', { spoedOfCrisis: true, moment: '2025-04-17T14:30:00+02:00', aanwijzingenAcuteOfStructureleOnveiligheid: true, bevestigenOfWeerleggenNodig: false, directbetrokkenenBereidEnInStaat: true, beschermingsmaatregelNodig: false, betrokkenHulpverlenerKanEnWil: false }],
  ['vervolg', { multiproblematiek: true, beschermingsmaatregelNodig: false }],
  ['monitoring', { overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'lokaal-team', overdrachtsdatum: '2025-01-31' }],
  ['monitoring', { overdrachtNa: 'onderzoek', overdrachtAan: 'lokaal-team', vermoedenWeerlegd: false, gegrondeRedenGeenMonitoring: 'Zorg loopt via de GI.' }],
  ['afwegingskader', { vermoeden: true, acuteOfStructureleOnveiligheid: false, passendeHulpMogelijk: true, hulpGeaccepteerd: true }],
  ['politiemelding', { gemeente: 'Tiel', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: true, ontvangen: '2024-05-08' }],
  ['politiemelding', { gemeente: 'Culemborg', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false, ontvangen: '2021-06-01' }],
  ['politiemelding', { betreftVerwardPersoon: true }],
];

describe('a Besluit shares nothing with the package or with another Besluit', () => {
  it('the politiemelding of the brief: changing bronnen, acties, regelset and the partijen of "verrijken" changes neither the next Besluit nor the exported data', () => {
    const definities = kloon(beslissingen);
    const sets = kloon(regelsets);
    const invoer = { gemeente: 'Tiel', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: true, ontvangen: '2024-05-08' };
    const eerste = beslisOpNaam('politiemelding', invoer, opties('politiemelding'));
    const verwacht = structuredClone(eerste);
    if (eerste.status !== 'besloten') throw new Error('verwacht een besloten Besluit');
    expect(eerste.acties.map((a) => a.soort)).toEqual(['verrijken', 'veiligheidsbeoordeling']);

    eerste.redenen[0]!.bronnen[0]!.document = 'X';
    eerste.redenen[0]!.uitleg = 'X';
    eerste.acties[0]!.bronnen.push({ document: 'X' });
    eerste.regelset.id = 'x';
    const partijen = eerste.acties[0]!['partijen'] as string[];
    partijen[0] = 'X';
    partijen.push('X');
    eerste.acties[1]!['werkdagen'] = 99;
    eerste.redenen.push({ regel: 'x', uitleg: 'x', bronnen: [] });

    const tweede = beslisOpNaam('politiemelding', invoer, opties('politiemelding'));
    expect(tweede).toStrictEqual(verwacht);
    expect(tweede.status === 'besloten' && tweede.acties[0]!['partijen']).toEqual([
      'Jeugdbescherming Gelderland', 'lokale teams', 'regieteams', 'Veiligheidshuis', 'Raad voor de Kinderbescherming',
    ]);
    expect(beslissingen).toEqual(definities);
    expect(regelsets).toEqual(sets);
  });

  it.each(gevallen.map(([naam, invoer]) => [`${naam} ${JSON.stringify(invoer)}`, naam, invoer] as const))(
    'changing everything in the Besluit changes nothing elsewhere: %s',
    (_, naam, invoer) => {
      const definities = kloon(beslissingen);
      const sets = kloon(regelsets);
      const profielen = kloon(regios);
      const eerste = beslisOpNaam(naam, invoer, opties(naam));
      const verwacht = structuredClone(eerste);
      vandaliseer(eerste);
      expect(JSON.stringify(eerste)).not.toBe(JSON.stringify(verwacht));
      expect(beslisOpNaam(naam, invoer, opties(naam))).toStrictEqual(verwacht);
      expect(beslissingen).toEqual(definities);
      expect(regelsets).toEqual(sets);
      expect(regios).toEqual(profielen);
    },
  );

  it.each(gevallen.map(([naam, invoer]) => [`${naam} ${JSON.stringify(invoer)}`, naam, invoer] as const))(
    'no object in the Besluit is one of the package’s or of an earlier Besluit: %s',
    (_, naam, invoer) => {
      const eerste = beslisOpNaam(naam, invoer, opties(naam));
      const tweede = beslisOpNaam(naam, invoer, opties(naam));
      const vanHetPakket = alleObjecten(regios, alleObjecten(beslissingen));
      const gedeeld = [...alleObjecten(tweede)].filter((o) => vanHetPakket.has(o) || alleObjecten(eerste).has(o));
      expect(gedeeld).toEqual([]);
    },
  );
});
