import { vang } from '../../testhulp.js';
import { describe, expect, it } from 'vitest';
import { maakWerkdagkalender } from '../../deadlines/kalender.js';
import { elkeRegelVuurt } from '../_lib/testhulp.js';
import { beslisVervolg } from './vervolg.js';
import type { VervolgInvoer } from './vervolg.js';

const basis: VervolgInvoer = {
  spoedOfCrisis: false, beschermingsmaatregelNodig: false, aanwijzingenAcuteOfStructureleOnveiligheid: true,
  multiproblematiek: false, bevestigenOfWeerleggenNodig: false, directbetrokkenenBereidEnInStaat: true,
  betrokkenHulpverlenerKanEnWil: false, hulpOfOndersteuningNodig: true,
};
const geenAanwijzingen: VervolgInvoer = { ...basis, aanwijzingenAcuteOfStructureleOnveiligheid: false, multiproblematiek: false };

describe('beslisVervolg', () => {
  elkeRegelVuurt('vervolg', beslisVervolg, [
    { regel: 'vervolg.verzoek-onderzoek-raad', invoer: { ...basis, beschermingsmaatregelNodig: true }, uitkomst: 'verzoek-onderzoek-raad' },
    { regel: 'vervolg.onderzoek-bevestigen-nodig', invoer: { ...basis, bevestigenOfWeerleggenNodig: true }, uitkomst: 'onderzoek' },
    { regel: 'vervolg.overdracht-betrokken-hulpverlening', invoer: { ...basis, betrokkenHulpverlenerKanEnWil: true }, uitkomst: 'overdracht-betrokken-hulpverlening' },
    { regel: 'vervolg.voorwaarden-en-vervolg', invoer: basis, uitkomst: 'voorwaarden-en-vervolg' },
    { regel: 'vervolg.onderzoek-onvoldoende-medewerking', invoer: { ...basis, directbetrokkenenBereidEnInStaat: false }, uitkomst: 'onderzoek' },
    { regel: 'vervolg.overdracht-lokaal-team', invoer: geenAanwijzingen, uitkomst: 'overdracht-lokaal-team' },
    { regel: 'vervolg.geen-vervolgstappen', invoer: { ...geenAanwijzingen, hulpOfOndersteuningNodig: false }, uitkomst: 'geen-vervolgstappen' },
  ]);

  it('the scenario of the contract: ouders werken mee, bevestigen niet nodig → V&V, lokaal team informed', async () => {
    const b = await beslisVervolg({ aanwijzingenAcuteOfStructureleOnveiligheid: true, bevestigenOfWeerleggenNodig: false, directbetrokkenenBereidEnInStaat: true, beschermingsmaatregelNodig: false, betrokkenHulpverlenerKanEnWil: false });
    expect(b.status === 'besloten' && [b.uitkomst, b.acties.map((a) => a.soort), b.ontbrekendVoorActies]).toEqual([
      'voorwaarden-en-vervolg', ['informeer-lokaal-team', 'informeer-directbetrokkenen', 'vervolgdienst'], ['spoedOfCrisis'],
    ]);
  });

  it('multiproblematiek alone is an indication for V&V but not for overdracht aan betrokken hulpverlening', async () => {
    const b = await beslisVervolg({ ...basis, aanwijzingenAcuteOfStructureleOnveiligheid: false, multiproblematiek: true, betrokkenHulpverlenerKanEnWil: true });
    expect(b.status === 'besloten' && b.uitkomst).toBe('voorwaarden-en-vervolg');
  });

  it('confirming needed wins over a betrokken hulpverlener (our precedence, marked)', async () => {
    const b = await beslisVervolg({ ...basis, bevestigenOfWeerleggenNodig: true, betrokkenHulpverlenerKanEnWil: true });
    expect(b.status === 'besloten' && b.redenen.map((r) => [r.regel, r.interpretatie])).toEqual([['vervolg.onderzoek-bevestigen-nodig', true]]);
  });

  it('both reasons for Onderzoek are given when both hold', async () => {
    const b = await beslisVervolg({ ...basis, bevestigenOfWeerleggenNodig: true, directbetrokkenenBereidEnInStaat: false });
    expect(b.status === 'besloten' && b.redenen.map((r) => r.regel)).toEqual(['vervolg.onderzoek-bevestigen-nodig', 'vervolg.onderzoek-onvoldoende-medewerking']);
  });

  it('overdracht aan betrokken hulpverlening: koude overdracht, lokaal team by mail, directbetrokkenen in writing', async () => {
    const b = await beslisVervolg({ ...basis, betrokkenHulpverlenerKanEnWil: true });
    expect(b.status === 'besloten' && b.acties.map((a) => [a.soort, a['wijze'] ?? null])).toEqual([
      ['overdracht', 'koud'], ['informeer-lokaal-team', 'mail'], ['informeer-directbetrokkenen', 'schriftelijk'],
    ]);
  });

  it('informing the directbetrokkenen names both parents with gezag (GZ §8.5 B, fn 16)', async () => {
    const b = await beslisVervolg(basis);
    const actie = b.status === 'besloten' ? b.acties.find((a) => a.soort === 'informeer-directbetrokkenen') : undefined;
    expect(actie?.['wie']).toBe('de directbetrokkenen; bij minderjarige kinderen in ieder geval beide ouders met gezag, en een biologische vader die actief deel uitmaakt van de opvoeding');
    expect(actie?.bronnen.map((x) => x.vindplaats)).toContain('§8.5 B en voetnoot 16 (in ieder geval beide ouders met gezag; een biologische vader die actief deel uitmaakt van de opvoeding ook)');
  });

  it('overdracht aan het lokale team after the VB is written ("koud")', async () => {
    const b = await beslisVervolg(geenAanwijzingen);
    expect(b.status === 'besloten' && b.acties[0]).toMatchObject({ soort: 'overdracht', aan: 'lokaal-team', wijze: 'koud' });
  });

  describe('spoed en crisis', () => {
    const spoed = { ...basis, spoedOfCrisis: true };
    const wanneer = async (moment: string, kalender = maakWerkdagkalender()) => {
      const b = await beslisVervolg({ ...spoed, moment }, { kalender });
      return b.status === 'besloten' ? b.acties.find((a) => a.soort === 'spoedinterventie')?.['wanneer'] : 'onvolledig';
    };
    it('within kantooruren on a werkdag: the same day', async () => {
      expect(await wanneer('2025-04-17T14:30:00+02:00')).toBe('zelfde-dag');
      expect(await wanneer('2025-04-17T09:00:00+02:00')).toBe('zelfde-dag');
    });
    it('outside kantooruren, at night, in the weekend or on a holiday: SEZ', async () => {
      expect(await wanneer('2025-04-17T17:00:00+02:00')).toBe('sez');
      expect(await wanneer('2025-04-17T06:30:00Z')).toBe('sez'); // 08:30 in Amsterdam
      expect(await wanneer('2025-04-19T11:00:00+02:00')).toBe('sez'); // zaterdag
      expect(await wanneer('2025-04-18T11:00:00+02:00')).toBe('sez'); // Goede Vrijdag (Atw)
    });
    it('the calendar decides what a werkdag is: Goede Vrijdag is a werkdag under the feestdagen policy', async () => {
      expect(await wanneer('2025-04-18T11:00:00+02:00', maakWerkdagkalender({ beleid: 'feestdagen' }))).toBe('zelfde-dag');
    });
    it('without a moment the actie is there, and the moment is asked for', async () => {
      const b = await beslisVervolg(spoed);
      expect(b.status === 'besloten' && [b.acties[0]!.soort, b.acties[0]!['wanneer'], b.ontbrekendVoorActies]).toEqual(['spoedinterventie', undefined, ['moment']]);
    });
    it('a moment without time zone is bad input', async () => {
      expect(vang(() => beslisVervolg({ ...spoed, moment: '2025-04-17T14:30' }))).toMatchObject({
        problemen: [{ pad: 'moment', melding: "'2025-04-17T14:30' heeft geen tijdzone: schrijf de tijd met verschil tot UTC, bijvoorbeeld '2025-04-17T14:30+01:00' of '2025-04-17T14:30Z'." }],
      });
    });
  });

  it('partial: asks the facts that matter, in protocol order, and lists the outcomes still possible', async () => {
    expect(await beslisVervolg({ multiproblematiek: true, beschermingsmaatregelNodig: false })).toEqual({
      status: 'onvolledig', beslissing: 'vervolg',
      ontbrekend: ['aanwijzingenAcuteOfStructureleOnveiligheid', 'bevestigenOfWeerleggenNodig', 'directbetrokkenenBereidEnInStaat', 'betrokkenHulpverlenerKanEnWil'],
      mogelijkeUitkomsten: ['overdracht-betrokken-hulpverlening', 'voorwaarden-en-vervolg', 'onderzoek'],
    });
  });

  it('partial but settled: facts that do not matter may stay unknown', async () => {
    const b = await beslisVervolg({ beschermingsmaatregelNodig: true });
    expect(b.status === 'besloten' && b.uitkomst).toBe('verzoek-onderzoek-raad');
  });
});
