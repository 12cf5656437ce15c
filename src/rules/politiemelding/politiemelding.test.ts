import { vang } from '../../testhulp.js';
import { describe, expect, it } from 'vitest';
import { elkeRegelVuurt } from '../_lib/testhulp.js';
import { beslisPolitiemelding } from './politiemelding.js';
import type { PolitiemeldingInvoer } from './politiemelding.js';

const gz = { regio: 'gelderland-zuid' };
const beslis = (i: PolitiemeldingInvoer) => beslisPolitiemelding(i, gz);

describe('beslisPolitiemelding', () => {
  elkeRegelVuurt('politiemelding', beslis, [
    { regel: 'politiemelding.verward-persoon', invoer: { gemeente: 'Nijmegen', betreftVerwardPersoon: true, ontvangen: '2022-03-01' }, uitkomst: 'bijzondere-zorg' },
    { regel: 'politiemelding.verward-persoon-farent', invoer: { gemeente: 'Zaltbommel', betreftVerwardPersoon: true, ontvangen: '2022-03-01' }, uitkomst: 'farent' },
    { regel: 'politiemelding.huiselijk-geweld-of-kindermishandeling', invoer: { gemeente: 'Tiel', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: true, ontvangen: '2022-03-01' }, uitkomst: 'melding' },
    { regel: 'politiemelding.overige-zorgmelding', invoer: { gemeente: 'Tiel', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false, ontvangen: '2021-04-01' }, uitkomst: 'overige-zorgmelding' },
    { regel: 'politiemelding.zorgmelding-voor-april-2021', invoer: { gemeente: 'Tiel', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false, ontvangen: '2021-03-31' }, uitkomst: 'melding' },
  ]);

  it('overige zorgmelding from 1 April 2021: no VB, recorded as advies for 2 years', async () => {
    const b = await beslis({ gemeente: 'Culemborg', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false, ontvangen: '2021-06-01' });
    expect(b.status === 'besloten' && [b.veiligheidsbeoordeling, b.bewaartermijnTot, b.acties.map((a) => a.soort), b.regelset]).toEqual([
      false, '2023-06-01', ['intern-verrijken', 'doorzetten', 'informeer-politie', 'vastleggen-als-advies'],
      { id: 'politiemelding', versie: '1.0.0', geldigVanaf: '2021-04-01', regio: 'gelderland-zuid' },
    ]);
  });

  it('an overige zorgmelding whose day of receipt is unknown: the bewaartermijn waits for ontvangen (not counted from the peildatum)', () => {
    const b = beslisPolitiemelding({ betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false }, { ...gz, peildatum: '2022-05-02' });
    expect(b.status === 'besloten' && [b.uitkomst, b.bewaartermijnTot, b.ontbrekendVoorActies]).toEqual(['overige-zorgmelding', undefined, ['ontvangen']]);
  });

  it('a bewaartermijn that would end after 2200 is refused at ontvangen; one ending on 31 December 2200 is not', () => {
    const zorg = { betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false } as const;
    expect(vang(() => beslis({ ...zorg, ontvangen: '2199-01-01' }))).toMatchObject({
      problemen: [{ pad: 'ontvangen', melding: 'De bewaartermijn van 2 jaar na 2199-01-01 eindigt na 2200, het laatste jaar dat dit pakket kent.' }],
    });
    const b = beslis({ ...zorg, ontvangen: '2198-12-31' });
    expect(b.status === 'besloten' && b.bewaartermijnTot).toBe('2200-12-31');
  });

  it('a verward persoon is no melding: no veiligheidsbeoordeling, in Farent gemeenten too', () => {
    for (const gemeente of ['Nijmegen', 'Maasdriel']) {
      const b = beslis({ gemeente, betreftVerwardPersoon: true, ontvangen: '2023-01-10' });
      expect(b.status === 'besloten' && [b.uitkomst, b.veiligheidsbeoordeling]).toEqual([gemeente === 'Nijmegen' ? 'bijzondere-zorg' : 'farent', false]);
    }
  });

  it('the day of receipt is an Amsterdam day: 31 March 2021 22:30 UTC is 1 April in Amsterdam', async () => {
    const b = await beslis({ betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false, ontvangen: '2021-03-31T22:30:00Z' });
    expect(b.status === 'besloten' && [b.uitkomst, b.bewaartermijnTot]).toEqual(['overige-zorgmelding', '2023-04-01']);
  });

  it('before 1 April 2021 the same report was a melding, and the regelset says until when that applied', async () => {
    const b = await beslis({ betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false, ontvangen: '2020-11-02' });
    expect(b.status === 'besloten' && [b.uitkomst, b.veiligheidsbeoordeling, b.regelset]).toEqual([
      'melding', true, { id: 'politiemelding', versie: '1.0.0', geldigVanaf: '2019-07-01', geldigTot: '2021-03-31', regio: 'gelderland-zuid' },
    ]);
  });

  it('a melding gets its VB deadline from the calendar', async () => {
    const b = await beslis({ gemeente: 'Wijchen', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: true, ontvangen: '2024-05-08' });
    expect(b.status === 'besloten' && b.acties.find((a) => a.soort === 'veiligheidsbeoordeling')!['uiterlijk']).toBe('2024-05-17');
  });

  it('Mook en Middelaar is handled by Gelderland-Zuid (§5.2)', async () => {
    const b = await beslis({ gemeente: 'Mook en Middelaar', betreftVerwardPersoon: true, ontvangen: '2023-01-10' });
    expect(b.status === 'besloten' && b.uitkomst).toBe('bijzondere-zorg');
  });

  it('a verward persoon with gemeente unknown: Bijzondere Zorg or Farent, so the gemeente is asked', async () => {
    expect(await beslis({ betreftVerwardPersoon: true, ontvangen: '2023-01-10' })).toEqual({
      status: 'onvolledig', beslissing: 'politiemelding', ontbrekend: ['gemeente'], mogelijkeUitkomsten: ['bijzondere-zorg', 'farent'],
    });
  });

  it('needs a region with police rules, a gemeente of that region, and a valid date', async () => {
    expect(vang(() => beslisPolitiemelding({}, {}))).toMatchObject({ problemen: [{ pad: 'opties.regio' }] });
    expect(vang(() => beslis({ gemeente: 'Arnhem' }))).toMatchObject({
      problemen: [{ pad: 'gemeente', melding: expect.stringMatching(/^De gemeente 'Arnhem' hoort niet bij regio gelderland-zuid\. Gemeenten in deze regio: Berg en Dal, /) }],
    });
    expect(vang(() => beslis({ ontvangen: '2021-04-31' }))).toMatchObject({
      problemen: [{ pad: 'ontvangen', melding: "'2021-04-31' is geen geldige datum: april 2021 heeft 30 dagen." }],
    });
    expect(vang(() => beslis({ betreftVerwardPersoon: true, gemeente: 'Tiel', ontvangen: '2019-06-30' }))).toMatchObject({
      problemen: [{ pad: 'ontvangen', melding: "Op 2019-06-30 gelden geen regels voor de beslissing 'politiemelding'; de vroegste gelden vanaf 2019-07-01." }],
    });
  });
});
