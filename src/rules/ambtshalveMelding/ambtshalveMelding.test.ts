import { describe, expect, it } from 'vitest';
import { elkeRegelVuurt } from '../_lib/testhulp.js';
import { beslisAmbtshalveMelding } from './ambtshalveMelding.js';

const ja = {
  adviesvragerIsProfessional: true, vtAdviseertMelden: true, adviesvragerMeldtZelf: false, risicoHoogEnAcuut: true,
  veiligheidNietTeVergroten: false, geenOvereenstemmingNaOpschaling: true, persoonsgegevensBekend: true,
} as const;

describe('beslisAmbtshalveMelding', () => {
  elkeRegelVuurt('ambtshalveMelding', beslisAmbtshalveMelding, [
    { regel: 'ambtshalveMelding.ambtshalve-melding', invoer: ja, uitkomst: 'ambtshalve-melding' },
    { regel: 'ambtshalveMelding.geen-professional', invoer: { ...ja, adviesvragerIsProfessional: false }, uitkomst: 'geen-ambtshalve-melding' },
    { regel: 'ambtshalveMelding.geen-meldadvies', invoer: { ...ja, vtAdviseertMelden: false }, uitkomst: 'geen-ambtshalve-melding' },
    { regel: 'ambtshalveMelding.adviesvrager-meldt-zelf', invoer: { ...ja, adviesvragerMeldtZelf: true }, uitkomst: 'geen-ambtshalve-melding' },
    { regel: 'ambtshalveMelding.geen-persoonsgegevens', invoer: { ...ja, persoonsgegevensBekend: false }, uitkomst: 'geen-ambtshalve-melding' },
    { regel: 'ambtshalveMelding.overeenstemming-bereikt', invoer: { ...ja, geenOvereenstemmingNaOpschaling: false }, uitkomst: 'geen-ambtshalve-melding' },
    { regel: 'ambtshalveMelding.risico-beheersbaar', invoer: { ...ja, risicoHoogEnAcuut: false }, uitkomst: 'geen-ambtshalve-melding' },
  ]);

  it('C2 alone suffices for the first criterion (our "en/of" reading), and the result says it is an interpretatie', async () => {
    const b = await beslisAmbtshalveMelding({ ...ja, risicoHoogEnAcuut: false, veiligheidNietTeVergroten: true });
    expect(b.status === 'besloten' && [b.uitkomst, b.redenen.map((r) => [r.regel, r.interpretatie])]).toEqual([
      'ambtshalve-melding', [['ambtshalveMelding.ambtshalve-melding', true]],
    ]);
    if (b.status === 'besloten') expect(b.acties.map((a) => a.soort)).toEqual(['registreer-melding', 'veiligheidsbeoordeling']);
  });

  it('without personal data no ambtshalve melding, even with every other criterion met', async () => {
    const b = await beslisAmbtshalveMelding({ ...ja, persoonsgegevensBekend: false, veiligheidNietTeVergroten: true });
    expect(b.status === 'besloten' && b.uitkomst).toBe('geen-ambtshalve-melding');
  });

  it('with one criterion unknown: onvolledig, asking exactly that one — and what to do meanwhile', async () => {
    const { persoonsgegevensBekend: _, ...zonder } = ja;
    expect(await beslisAmbtshalveMelding({ ...zonder, risicoHoogEnAcuut: false, veiligheidNietTeVergroten: true })).toMatchObject({
      status: 'onvolledig', beslissing: 'ambtshalveMelding', ontbrekend: ['persoonsgegevensBekend'],
      mogelijkeUitkomsten: ['ambtshalve-melding', 'geen-ambtshalve-melding'], acties: [{ soort: 'opschalen' }],
    });
  });

  it('while the ambtshalve melding is open, the Besluit says what to do meanwhile: the adviesvrager stays responsible, VT schaalt op (GZ §3.1, §4.1)', () => {
    const { geenOvereenstemmingNaOpschaling: _, ...zonder } = ja;
    const verwacht = {
      status: 'onvolledig', beslissing: 'ambtshalveMelding', ontbrekend: ['geenOvereenstemmingNaOpschaling'],
      mogelijkeUitkomsten: ['ambtshalve-melding', 'geen-ambtshalve-melding'],
      acties: [{
        soort: 'opschalen',
        uitleg:
          'Over de ambtshalve melding is nog niet beslist. Tot dan blijft de adviesvrager zelf verantwoordelijk voor het zicht op de veiligheid. Is het veiligheidsrisico hoog en acuut of lukt het de adviesvrager niet de veiligheid te vergroten, dan schaalt Veilig Thuis op met de adviesvrager over het doen van een melding; blijft overeenstemming uit en heeft Veilig Thuis de persoonsgegevens van de directbetrokkenen, dan doet Veilig Thuis een ambtshalve melding. De bron noemt voor de opschaling geen termijn.',
        bronnen: [
          {
            document: 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0',
            vindplaats: '§3.1, ambtshalve melding ("Wanneer een professional besluit niet te melden terwijl Veilig Thuis dit wel adviseert, kan Veilig Thuis een ambtshalve melding doen")',
          },
          {
            document: 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0',
            vindplaats: '§4.1 ("De adviesvrager blijft zelf verantwoordelijk voor het zicht op de veiligheid in het hele huishouden"; Handelingsprotocol Veilig Thuis, pag. 19-20)',
          },
        ],
      }],
    };
    expect(beslisAmbtshalveMelding(zonder)).toEqual(verwacht);
    // Also when only the second criterion holds (not only with a high and acute risk).
    expect(beslisAmbtshalveMelding({ ...zonder, risicoHoogEnAcuut: false, veiligheidNietTeVergroten: true })).toEqual(verwacht);
  });

  it('a burger who will not melden: no ambtshalve melding on this ground (GZ §3.1 frames it for a professional; marked)', () => {
    const b = beslisAmbtshalveMelding({ ...ja, adviesvragerIsProfessional: false });
    expect(b).toMatchObject({ status: 'besloten', uitkomst: 'geen-ambtshalve-melding', redenen: [{ regel: 'ambtshalveMelding.geen-professional', interpretatie: true }] });
  });

  it('one known no settles it', async () => {
    const b = await beslisAmbtshalveMelding({ adviesvragerMeldtZelf: true });
    expect(b.status === 'besloten' && b.redenen.map((r) => r.regel)).toEqual(['ambtshalveMelding.adviesvrager-meldt-zelf']);
  });
});
