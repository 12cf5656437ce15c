import { vang } from '../../testhulp.js';
import { describe, expect, it } from 'vitest';
import { elkeRegelVuurt } from '../_lib/testhulp.js';
import { afwegingsvragen, doorloopAfwegingskader } from './afwegingskader.js';


const hulp = { vermoeden: true, acuteOfStructureleOnveiligheid: false, passendeHulpMogelijk: true, hulpGeaccepteerd: true } as const;

describe('doorloopAfwegingskader', () => {
  elkeRegelVuurt('afwegingskader', doorloopAfwegingskader, [
    { regel: 'afwegingskader.afsluiten', invoer: { vermoeden: false }, uitkomst: 'afsluiten' },
    { regel: 'afwegingskader.melden-onveiligheid', invoer: { vermoeden: true, acuteOfStructureleOnveiligheid: true }, uitkomst: 'melden' },
    { regel: 'afwegingskader.melden-geen-passende-hulp', invoer: { ...hulp, passendeHulpMogelijk: false }, uitkomst: 'melden' },
    { regel: 'afwegingskader.melden-hulp-niet-geaccepteerd', invoer: { ...hulp, hulpGeaccepteerd: false }, uitkomst: 'melden' },
    { regel: 'afwegingskader.hulp-bieden', invoer: hulp, uitkomst: 'hulp-bieden' },
    { regel: 'afwegingskader.opnieuw-melden', invoer: { ...hulp, hulpLeidtTotVeiligheid: false }, uitkomst: 'opnieuw-melden' },
    { regel: 'afwegingskader.hulp-afsluiten', invoer: { ...hulp, hulpLeidtTotVeiligheid: true }, uitkomst: 'hulp-afsluiten' },
  ]);

  it('vraag 5 unanswered after help: besloten hulp-bieden, next question vraag 5', async () => {
    const b = await doorloopAfwegingskader(hulp);
    expect(b.status === 'besloten' && [b.uitkomst, b.samenMetVeiligThuis, b.volgendeVraag]).toEqual(['hulp-bieden', false, 'hulpLeidtTotVeiligheid']);
  });

  it('acute or structurele onveiligheid: melden, vragen 3-5 together with Veilig Thuis', async () => {
    const b = await doorloopAfwegingskader({ vermoeden: true, acuteOfStructureleOnveiligheid: true });
    expect(b.status === 'besloten' && [b.uitkomst, b.samenMetVeiligThuis, b.volgendeVraag, b.acties.map((a) => a.soort)]).toEqual([
      'melden', true, 'passendeHulpMogelijk', ['melden-bij-veilig-thuis', 'informeer-client'],
    ]);
  });

  it('with melden the professional informs the betrokkenen about the melding (AEF §2.3 A)', () => {
    const b = doorloopAfwegingskader({ vermoeden: true, acuteOfStructureleOnveiligheid: false, passendeHulpMogelijk: false });
    expect(b.status === 'besloten' && b.acties.find((a) => a.soort === 'informeer-client')).toEqual({
      soort: 'informeer-client', door: 'professional',
      uitleg: 'De professional gaat zelf in gesprek met de betrokkenen en informeert hen over de melding bij Veilig Thuis.',
      bronnen: [{ document: 'Samen werken aan een veilig thuis (AEF, 2020)', vindplaats: '§2.3 A, over de Meldcode ("Bij vermoedens van huiselijk geweld of kindermishandeling dienen professionals zelf in gesprek te gaan met betrokken en hen te informeren over de melding bij Veilig Thuis")' }],
    });
  });

  it('asks the first unanswered question in the Meldcode’s order', async () => {
    expect(await doorloopAfwegingskader({})).toEqual({
      status: 'onvolledig', beslissing: 'afwegingskader',
      ontbrekend: ['vermoeden', 'acuteOfStructureleOnveiligheid', 'passendeHulpMogelijk', 'hulpGeaccepteerd'],
      mogelijkeUitkomsten: ['afsluiten', 'melden', 'hulp-bieden'],
    });
    const b = await doorloopAfwegingskader({ vermoeden: true, acuteOfStructureleOnveiligheid: false });
    expect(b.status === 'onvolledig' && b.ontbrekend).toEqual(['passendeHulpMogelijk', 'hulpGeaccepteerd']);
  });

  it('a skipped question 2 is asked back when it decides samenMetVeiligThuis', async () => {
    const b = await doorloopAfwegingskader({ vermoeden: true, passendeHulpMogelijk: false });
    expect(b.status === 'besloten' && [b.uitkomst, b.samenMetVeiligThuis, b.ontbrekendVoorActies]).toEqual(['melden', false, ['acuteOfStructureleOnveiligheid']]);
  });

  it('exports the five questions in order, with the source wording', () => {
    expect(afwegingsvragen.map((v) => [v.nummer, v.id])).toEqual([
      [1, 'vermoeden'], [2, 'acuteOfStructureleOnveiligheid'], [3, 'passendeHulpMogelijk'], [4, 'hulpGeaccepteerd'], [5, 'hulpLeidtTotVeiligheid'],
    ]);
    expect(afwegingsvragen[2]!.vraag).toBe('Ben ik in staat passende hulp te bieden of organiseren?');
    for (const v of afwegingsvragen) expect(v.bronnen.length).toBeGreaterThan(0);
  });

  it('rejects a non-boolean answer', async () => {
    expect(vang(() => doorloopAfwegingskader({ vermoeden: 'ja' } as never))).toMatchObject({
      problemen: [{ pad: 'vermoeden', melding: "Verwacht true of false, maar kreeg de tekst 'ja'." }],
    });
  });
});
