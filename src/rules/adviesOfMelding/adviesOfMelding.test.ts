import { vang } from '../../testhulp.js';
import { describe, expect, it } from 'vitest';
import { InvoerFout } from '../../types/fouten.js';
import { elkeRegelVuurt } from '../_lib/testhulp.js';
import { beslisAdviesOfMelding } from './adviesOfMelding.js';

const volledig = {
  wens: 'melding', viaChat: false, contactpersoon: 'burger', vermoedenHuiselijkGeweldOfKindermishandeling: true,
  melderMaaktZichBekend: true, meldplichtigVolgensAfwegingskader: false, inStaatTotHerstelVeiligheid: true,
} as const;

describe('beslisAdviesOfMelding', () => {
  elkeRegelVuurt('adviesOfMelding', beslisAdviesOfMelding, [
    { regel: 'adviesOfMelding.melding', invoer: volledig, uitkomst: 'melding' },
    { regel: 'adviesOfMelding.chat', invoer: { ...volledig, viaChat: true }, uitkomst: 'advies' },
    { regel: 'adviesOfMelding.melding-voor-de-chat', invoer: volledig, uitkomst: 'melding', opties: { peildatum: '2020-05-31' } },
    { regel: 'adviesOfMelding.wens-advies', invoer: { ...volledig, wens: 'advies' }, uitkomst: 'advies' },
    { regel: 'adviesOfMelding.melder-anoniem', invoer: { ...volledig, melderMaaktZichBekend: false }, uitkomst: 'advies' },
    { regel: 'adviesOfMelding.geen-vermoeden', invoer: { ...volledig, vermoedenHuiselijkGeweldOfKindermishandeling: false }, uitkomst: 'advies' },
    { regel: 'adviesOfMelding.vt-adviseert-melden-meldplicht', invoer: { ...volledig, contactpersoon: 'professional', meldplichtigVolgensAfwegingskader: true }, uitkomst: 'melding' },
    { regel: 'adviesOfMelding.vt-adviseert-melden-veiligheid', invoer: { ...volledig, wens: 'advies', inStaatTotHerstelVeiligheid: false }, uitkomst: 'advies' },
    { regel: 'adviesOfMelding.vt-advies-volstaat', invoer: volledig, uitkomst: 'melding' },
  ]);

  it('the wish decides, and VT gives its own advice beside it', async () => {
    const b = await beslisAdviesOfMelding({ ...volledig, wens: 'advies', contactpersoon: 'professional', meldplichtigVolgensAfwegingskader: true });
    expect(b).toMatchObject({ status: 'besloten', uitkomst: 'advies', vtAdviseert: 'melden' });
    if (b.status === 'besloten') expect(b.acties.map((a) => a.soort)).toEqual(['afsluiten-advies']);
  });

  it('a melding gets registered and a veiligheidsbeoordeling within 5 werkdagen', async () => {
    const b = await beslisAdviesOfMelding(volledig);
    expect(b).toMatchObject({ status: 'besloten', uitkomst: 'melding', vtAdviseert: 'advies-volstaat' });
    if (b.status === 'besloten') expect(b.acties.map((a) => [a.soort, a['werkdagen']])).toEqual([['registreer-melding', undefined], ['veiligheidsbeoordeling', 5]]);
  });

  it('an anonymous caller can only get an advies, whatever else is known', async () => {
    const b = await beslisAdviesOfMelding({ wens: 'melding', melderMaaktZichBekend: false, inStaatTotHerstelVeiligheid: false });
    expect(b).toMatchObject({ status: 'besloten', uitkomst: 'advies', vtAdviseert: 'melden' });
  });

  it('a known melder who wants a melding about HG/KM gets it at once: VT’s own advice does not matter then (GZ §3.1)', () => {
    expect(beslisAdviesOfMelding({ wens: 'melding', viaChat: false, vermoedenHuiselijkGeweldOfKindermishandeling: true, melderMaaktZichBekend: true })).toMatchObject({
      status: 'besloten', uitkomst: 'melding', redenen: [{ regel: 'adviesOfMelding.melding' }],
    });
    const b = beslisAdviesOfMelding({ wens: 'melding', viaChat: false, vermoedenHuiselijkGeweldOfKindermishandeling: true, melderMaaktZichBekend: true });
    expect(b.status === 'besloten' && 'vtAdviseert' in b).toBe(false);
  });

  it('a chat contact is an advies, even when the chatter wants a melding (GZ §3, marked)', () => {
    const b = beslisAdviesOfMelding({ wens: 'melding', viaChat: true, contactpersoon: 'burger', inStaatTotHerstelVeiligheid: true });
    expect(b).toMatchObject({ status: 'besloten', uitkomst: 'advies', vtAdviseert: 'advies-volstaat', redenen: [{ regel: 'adviesOfMelding.chat', interpretatie: true }, { regel: 'adviesOfMelding.vt-advies-volstaat' }] });
  });

  it('is onvolledig while VT’s advice is open, even when the uitkomst is known', async () => {
    expect(await beslisAdviesOfMelding({ wens: 'advies', contactpersoon: 'burger' })).toEqual({
      status: 'onvolledig', beslissing: 'adviesOfMelding', ontbrekend: ['inStaatTotHerstelVeiligheid'], mogelijkeUitkomsten: ['advies'],
    });
  });

  it('asks the wish first when nothing is known', async () => {
    const b = await beslisAdviesOfMelding({});
    expect(b).toEqual({
      status: 'onvolledig', beslissing: 'adviesOfMelding', mogelijkeUitkomsten: ['melding', 'advies'],
      ontbrekend: ['wens', 'vermoedenHuiselijkGeweldOfKindermishandeling', 'melderMaaktZichBekend', 'contactpersoon', 'meldplichtigVolgensAfwegingskader', 'inStaatTotHerstelVeiligheid'],
    });
  });

  it('rejects a typo, a wrong type and a value outside the enum, each with its field', async () => {
    const fout = vang(() => beslisAdviesOfMelding({ wnes: 'melding', melderMaaktZichBekend: 'ja', contactpersoon: 'buurman' } as never));
    expect(fout).toBeInstanceOf(InvoerFout);
    expect((fout as InvoerFout).problemen).toMatchObject([
      { pad: 'melderMaaktZichBekend', melding: "Verwacht true of false, maar kreeg de tekst 'ja'." },
      { pad: 'contactpersoon', melding: "Verwacht een van: 'professional', 'burger', 'directbetrokkene'; kreeg de tekst 'buurman'." },
      { pad: 'wnes', melding: "Onbekend veld 'wnes'. Bedoelde u 'wens'?" },
    ]);
  });

  it('rejects bad options: unknown region, invalid peildatum, unknown option', async () => {
    expect(vang(() => beslisAdviesOfMelding({}, { regio: 'utrecht' }))).toMatchObject({
      problemen: [{ pad: 'opties.regio', melding: "Onbekende regio 'utrecht'. Bekende regio's: gelderland-zuid." }],
    });
    expect(vang(() => beslisAdviesOfMelding({}, { peildatum: '2025-02-30' }))).toMatchObject({
      problemen: [{ pad: 'opties.peildatum', melding: "'2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen." }],
    });
    expect(vang(() => beslisAdviesOfMelding({}, { peildatm: '2025-01-01' } as never))).toMatchObject({
      problemen: [{ pad: 'opties.peildatm', code: 'onbekend-veld', melding: "Onbekende optie 'peildatm'. Bedoelde u 'peildatum'? Bekend zijn: peildatum, regio, kalender, openingskalender." }],
    });
  });

  it('has no rules before the Handelingsprotocol 2019', async () => {
    expect(vang(() => beslisAdviesOfMelding(volledig, { peildatum: '2018-12-31' }))).toMatchObject({
      problemen: [{ pad: 'opties.peildatum', melding: "Op 2018-12-31 gelden geen regels voor de beslissing 'adviesOfMelding'; de vroegste gelden vanaf 2019-01-01." }],
    });
    const b = await beslisAdviesOfMelding(volledig, { peildatum: '2019-01-01' });
    expect(b.status === 'besloten' && [b.regelset, b.redenen[0]!.regel]).toEqual([
      { id: 'adviesOfMelding', versie: '1.0.0', geldigVanaf: '2019-01-01', geldigTot: '2020-05-31' }, 'adviesOfMelding.melding-voor-de-chat',
    ]);
  });

  it('a melding needs no answer about the chat: unanswered means not via the chat (GZ §3.1 "altijd in ontvangst genomen")', () => {
    expect(beslisAdviesOfMelding({ wens: 'melding', vermoedenHuiselijkGeweldOfKindermishandeling: true, melderMaaktZichBekend: true })).toMatchObject({
      status: 'besloten', uitkomst: 'melding', redenen: [{ regel: 'adviesOfMelding.melding' }],
    });
  });
});
