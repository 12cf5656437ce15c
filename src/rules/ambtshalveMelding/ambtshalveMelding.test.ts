import { describe, expect, it } from 'vitest';
import { elkeRegelVuurt } from '../_lib/testhulp.js';
import { beslisAmbtshalveMelding } from './ambtshalveMelding.js';

const ja = {
  vtAdviseertMelden: true, adviesvragerMeldtZelf: false, risicoHoogEnAcuut: true,
  veiligheidNietTeVergroten: false, geenOvereenstemmingNaOpschaling: true, persoonsgegevensBekend: true,
} as const;

describe('beslisAmbtshalveMelding', () => {
  elkeRegelVuurt('ambtshalveMelding', beslisAmbtshalveMelding, [
    { regel: 'ambtshalveMelding.ambtshalve-melding', invoer: ja, uitkomst: 'ambtshalve-melding' },
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

  it('with one criterion unknown: onvolledig, asking exactly that one', async () => {
    const { persoonsgegevensBekend: _, ...zonder } = ja;
    expect(await beslisAmbtshalveMelding(zonder)).toEqual({
      status: 'onvolledig', beslissing: 'ambtshalveMelding', ontbrekend: ['persoonsgegevensBekend'],
      mogelijkeUitkomsten: ['ambtshalve-melding', 'geen-ambtshalve-melding'],
    });
  });

  it('one known no settles it', async () => {
    const b = await beslisAmbtshalveMelding({ adviesvragerMeldtZelf: true });
    expect(b.status === 'besloten' && b.redenen.map((r) => r.regel)).toEqual(['ambtshalveMelding.adviesvrager-meldt-zelf']);
  });
});
