import { vang } from '../../testhulp.js';
import { describe, expect, it } from 'vitest';
import { elkeRegelVuurt } from '../_lib/testhulp.js';
import { afwegingsvragen, doorloopAfwegingskader } from './afwegingskader.js';
import { afwegingskader } from './definitie.js';


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

  it('volgendeVraag: with Veilig Thuis the first of vragen 3-5 still open, none when all are answered or without Veilig Thuis', () => {
    const kern = (i: object) => {
      const b = doorloopAfwegingskader(i as never);
      return b.status === 'besloten' ? { uitkomst: b.uitkomst, samenMetVeiligThuis: b.samenMetVeiligThuis, volgendeVraag: b.volgendeVraag, heeftVolgendeVraag: 'volgendeVraag' in b } : b;
    };
    // Vraag 3 answered with Veilig Thuis: vraag 4 is next.
    expect(kern({ vermoeden: true, acuteOfStructureleOnveiligheid: true, passendeHulpMogelijk: true })).toEqual({
      uitkomst: 'melden', samenMetVeiligThuis: true, volgendeVraag: 'hulpGeaccepteerd', heeftVolgendeVraag: true,
    });
    // Vragen 3-5 all answered with Veilig Thuis: no next question (not even an empty one).
    expect(kern({ vermoeden: true, acuteOfStructureleOnveiligheid: true, passendeHulpMogelijk: true, hulpGeaccepteerd: true, hulpLeidtTotVeiligheid: false })).toEqual({
      uitkomst: 'melden', samenMetVeiligThuis: true, volgendeVraag: undefined, heeftVolgendeVraag: false,
    });
    // Melden without Veilig Thuis (no passende hulp): the professional answered vragen 3-5 alone; nothing follows.
    expect(kern({ vermoeden: true, acuteOfStructureleOnveiligheid: false, passendeHulpMogelijk: false })).toEqual({
      uitkomst: 'melden', samenMetVeiligThuis: false, volgendeVraag: undefined, heeftVolgendeVraag: false,
    });
  });

  it('melden settled while vraag 2 is open: the melding does not wait, but whether vragen 3-5 go with Veilig Thuis does', () => {
    // Geen passende hulp gives melden whatever vraag 2 says, so the uitkomst is settled; vraag 2 is still asked for the actie.
    const b = doorloopAfwegingskader({ vermoeden: true, passendeHulpMogelijk: false });
    expect(b.status === 'besloten' && [b.uitkomst, b.ontbrekendVoorActies, b.acties.map((a) => a.soort)]).toEqual([
      'melden', ['acuteOfStructureleOnveiligheid'], ['melden-bij-veilig-thuis', 'informeer-client'],
    ]);
    // Answered, nothing is missing any more.
    const c = doorloopAfwegingskader({ vermoeden: true, acuteOfStructureleOnveiligheid: false, passendeHulpMogelijk: false });
    expect(c.status === 'besloten' && 'ontbrekendVoorActies' in c).toBe(false);
    // Afsluiten (vraag 1 nee) needs vraag 2 for nothing.
    const d = doorloopAfwegingskader({ vermoeden: false });
    expect(d.status === 'besloten' && [d.uitkomst, 'ontbrekendVoorActies' in d]).toEqual(['afsluiten', false]);
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
    for (const v of afwegingsvragen) {
      expect(v.bronnen.length).toBeGreaterThan(0);
      // The question's sources are the fact's, each its own copy.
      expect(v.bronnen).toEqual(afwegingskader.feiten[v.id].bronnen);
      expect(v.bronnen[0]).not.toBe(afwegingskader.feiten[v.id].bronnen[0]);
    }
  });

  it('rejects a non-boolean answer', async () => {
    expect(vang(() => doorloopAfwegingskader({ vermoeden: 'ja' } as never))).toMatchObject({
      problemen: [{ pad: 'vermoeden', melding: "Verwacht true of false, maar kreeg de tekst 'ja'." }],
    });
  });
});
