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
    { regel: 'vervolg.onderzoek-jeugdbeschermingstafel', invoer: { ...basis, beschermingsmaatregelNodig: true, bevestigenOfWeerleggenNodig: true }, uitkomst: 'onderzoek', opties: { regio: 'gelderland-zuid' } },
    { regel: 'vervolg.voorwaarden-en-vervolg-jeugdbeschermingstafel', invoer: { ...basis, beschermingsmaatregelNodig: true }, uitkomst: 'voorwaarden-en-vervolg', opties: { regio: 'gelderland-zuid' } },
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
      'voorwaarden-en-vervolg', ['informeer-directbetrokkenen', 'terugkoppeling-melder', 'informeer-lokaal-team', 'vervolgdienst', 'veiligheidsvoorwaarden'], ['spoedOfCrisis'],
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

  it('overdracht aan betrokken hulpverlening: lokaal team by mail, directbetrokkenen informed (no wijze invented), melder informed', async () => {
    const b = await beslisVervolg({ ...basis, betrokkenHulpverlenerKanEnWil: true });
    expect(b.status === 'besloten' && b.acties.map((a) => [a.soort, a['wijze'] ?? null])).toEqual([
      ['informeer-directbetrokkenen', null], ['terugkoppeling-melder', null], ['overdracht', null], ['informeer-lokaal-team', 'mail'],
    ]);
  });

  it('every VB decision informs the directbetrokkenen, also geen vervolgstappen and a verzoek aan de Raad (GZ §5.1 D)', () => {
    for (const invoer of [{ ...geenAanwijzingen, hulpOfOndersteuningNodig: false }, { ...basis, beschermingsmaatregelNodig: true }]) {
      const b = beslisVervolg(invoer);
      expect(b.status === 'besloten' && b.acties.filter((a) => a.soort === 'informeer-directbetrokkenen').map((a) => a.uitleg)).toEqual([
        'Veilig Thuis informeert de directbetrokkenen over het besluit.',
      ]);
    }
  });

  it('geen vervolgstappen is the overdracht aan de directbetrokkenen that §5.1 D names', () => {
    const b = beslisVervolg({ ...geenAanwijzingen, hulpOfOndersteuningNodig: false });
    expect(b.status === 'besloten' && [b.uitkomst, b.acties.map((a) => [a.soort, a['aan']]), b.redenen[0]!.bronnen[0]!.vindplaats]).toEqual([
      'geen-vervolgstappen',
      [['informeer-directbetrokkenen', undefined], ['terugkoppeling-melder', undefined], ['overdracht', 'directbetrokkenen']],
      '§5.1 D ("Besloten wordt of er wordt overgedragen naar het lokaal team, de betrokken hulpverlener, de direct betrokkenen, of dat Veilig Thuis de dienst Voorwaarden&Vervolg of Onderzoek inzet")',
    ]);
  });

  it('V&V sets veiligheidsvoorwaarden (GZ §6.1)', () => {
    const b = beslisVervolg(basis);
    expect(b.status === 'besloten' && b.acties.find((a) => a.soort === 'veiligheidsvoorwaarden')).toMatchObject({
      door: 'veilig-thuis',
      uitleg: expect.stringMatching(/^Veilig Thuis stelt veiligheidsvoorwaarden op: waaraan ten minste moet worden voldaan om te komen tot directe en stabiele veiligheid/),
    });
  });

  it('the melder is told back, with no invented term (AEF §2.4)', () => {
    const b = beslisVervolg(basis);
    expect(b.status === 'besloten' && b.acties.find((a) => a.soort === 'terugkoppeling-melder')).toEqual({
      soort: 'terugkoppeling-melder',
      uitleg: 'Veilig Thuis koppelt informatie terug aan de melder (een wettelijke taak van Veilig Thuis; Noord Oost Gelderland noemt "de nazorg naar de melder" als onderwerp om met elkaar te bespreken). Geen bron noemt een termijn of de inhoud van deze terugkoppeling.',
      bronnen: [
        { document: 'Samen werken aan een veilig thuis (AEF, 2020)', vindplaats: '§2.4, de wettelijke taken van Veilig Thuis (Wmo 2015): "het inlichten van de politie of de Raad voor Kinderbescherming" en "het terugkoppelen van informatie aan de melder"' },
        { document: 'PROCESafspraken "Omdat we samen werken aan een veilig thuis", Veilig Thuis Noord Oost Gelderland', vindplaats: '3. "Duidelijke communicatie", Voorstel aanpak ("De nazorg naar de melder", als onderwerp om met elkaar te bespreken)' },
      ],
    });
  });

  describe('a child-protection measure may be needed', () => {
    it('nationally: a verzoek tot onderzoek aan de Raad (AEF §2.2, §2.4; marked)', () => {
      expect(beslisVervolg({ beschermingsmaatregelNodig: true })).toMatchObject({ status: 'besloten', uitkomst: 'verzoek-onderzoek-raad', redenen: [{ regel: 'vervolg.verzoek-onderzoek-raad', interpretatie: true }] });
    });
    it('in Gelderland-Zuid: Onderzoek or V&V with the jeugdbeschermingstafel, no direct verzoek (GZ §6.3)', () => {
      const gz = { regio: 'gelderland-zuid' };
      const o = beslisVervolg({ ...basis, beschermingsmaatregelNodig: true, directbetrokkenenBereidEnInStaat: false }, gz);
      expect(o).toMatchObject({ status: 'besloten', uitkomst: 'onderzoek', redenen: [{ regel: 'vervolg.onderzoek-jeugdbeschermingstafel' }] });
      expect(o.status === 'besloten' && o.acties.map((a) => a.soort)).toContain('jeugdbeschermingstafel');
      const v = beslisVervolg({ ...basis, beschermingsmaatregelNodig: true }, gz);
      expect(v).toMatchObject({ status: 'besloten', uitkomst: 'voorwaarden-en-vervolg', redenen: [{ regel: 'vervolg.voorwaarden-en-vervolg-jeugdbeschermingstafel' }] });
      expect(beslisVervolg({ beschermingsmaatregelNodig: true }, gz)).toEqual({
        status: 'onvolledig', beslissing: 'vervolg', ontbrekend: ['bevestigenOfWeerleggenNodig', 'directbetrokkenenBereidEnInStaat'], mogelijkeUitkomsten: ['voorwaarden-en-vervolg', 'onderzoek'],
      });
    });
  });

  it('informing the directbetrokkenen names both parents with gezag (GZ §8.5 B, fn 16)', async () => {
    const b = await beslisVervolg(basis);
    const actie = b.status === 'besloten' ? b.acties.find((a) => a.soort === 'informeer-directbetrokkenen') : undefined;
    expect(actie?.['wie']).toBe('de directbetrokkenen; bij minderjarige kinderen in ieder geval beide ouders met gezag, en een biologische vader die actief deel uitmaakt van de opvoeding');
    expect(actie?.bronnen.map((x) => x.vindplaats)).toContain('§8.5 B en voetnoot 16 (in ieder geval beide ouders met gezag; een biologische vader die actief deel uitmaakt van de opvoeding ook)');
  });

  it('overdracht aan het lokale team after the VB: in writing and where needed by phone or in person, at the latest 5 werkdagen after receipt (GZ §5.1 D, §8 A, §8.1)', () => {
    const b = beslisVervolg({ ...geenAanwijzingen, ontvangen: '2024-05-08' });
    expect(b.status === 'besloten' && b.acties.find((a) => a.soort === 'overdracht')).toMatchObject({
      aan: 'lokaal-team', wijze: 'schriftelijk', zoNodig: 'telefonisch of via persoonlijk contact', uiterlijk: '2024-05-17',
    });
    expect(b.status === 'besloten' && b.acties.map((a) => [a.soort, a['door']])).toEqual([
      ['terugkoppeling-melder', undefined], ['overdracht', undefined], ['informeer-directbetrokkenen', undefined], ['zicht-op-veiligheid', 'veilig-thuis'],
      ['telefonische-ondersteuning', 'veilig-thuis'], ['overdrachtsbrief', undefined],
      ['oppakken-door-lokaal-team', 'lokaal-team'], ['verantwoordelijkheid-lokaal-team', 'lokaal-team'], ['contact-bij-geen-herstel', 'lokaal-team'],
      ['hulp-door-lokaal-team', 'lokaal-team'],
    ]);
    // In Gelderland-Zuid, without spoed: VT cannot deploy help itself but advises the lokale team (§5.1 B).
    const gz = beslisVervolg({ ...geenAanwijzingen, ontvangen: '2024-05-08' }, { regio: 'gelderland-zuid' });
    expect(gz.status === 'besloten' && gz.acties.at(-1)).toMatchObject({
      soort: 'advies-aan-lokaal-team',
      uitleg: 'Er is geen sprake van spoed of crisis: Veilig Thuis kan dan niet zelf rechtstreeks hulpverlening inzetten, maar adviseert het lokale team.',
    });
    const zonder = beslisVervolg(geenAanwijzingen);
    expect(zonder.status === 'besloten' && zonder.ontbrekendVoorActies).toEqual(['ontvangen']);
  });

  describe('spoed en crisis (Gelderland-Zuid: the same day or the SEZ)', () => {
    const spoed = { ...basis, spoedOfCrisis: true };
    const wanneer = (moment: string, openingskalender = maakWerkdagkalender({ beleid: 'feestdagen' })) => {
      const b = beslisVervolg({ ...spoed, moment }, { regio: 'gelderland-zuid', openingskalender });
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
      expect(await wanneer('2025-04-21T11:00:00+02:00')).toBe('sez'); // Tweede Paasdag, a public holiday
    });
    it('kantooruren are opening hours, not the Algemene termijnenwet: a KB-equated Friday, 5 mei and Goede Vrijdag are office days', () => {
      expect(wanneer('2024-05-10T10:00:00+02:00')).toBe('zelfde-dag'); // gelijkgesteld bij KB
      expect(wanneer('2025-05-05T10:00:00+02:00')).toBe('zelfde-dag'); // 5 mei
      expect(wanneer('2025-04-18T10:00:00+02:00')).toBe('zelfde-dag'); // Goede Vrijdag
      // … unless the organisation closes such a day; the deadline calendar (kalender) plays no part.
      expect(wanneer('2024-05-10T10:00:00+02:00', maakWerkdagkalender({ beleid: 'feestdagen', extraVrijeDagen: ['2024-05-10'] }))).toBe('sez');
      const b = beslisVervolg({ ...spoed, moment: '2024-05-10T10:00:00+02:00' }, { regio: 'gelderland-zuid', kalender: maakWerkdagkalender({ beleid: 'atw' }) });
      expect(b.status === 'besloten' && b.acties.find((a) => a.soort === 'spoedinterventie')?.['wanneer']).toBe('zelfde-dag');
    });
    it('the sentence the professional reads, within and outside kantooruren (GZ §5.1 B, §5.3 B)', () => {
      const uitleg = (moment: string) => {
        const b = beslisVervolg({ ...spoed, moment }, { regio: 'gelderland-zuid' });
        return b.status === 'besloten' ? b.acties.find((a) => a.soort === 'spoedinterventie')?.uitleg : 'onvolledig';
      };
      const achteraf = 'Indien nodig zet Veilig Thuis Ambulante Spoedhulp in en geeft het lokale team achteraf een beschikking af; Veilig Thuis stemt deze interventie af met het lokale team.';
      expect(uitleg('2025-04-17T14:30:00+02:00')).toBe(`Spoed en crisis binnen kantooruren (9-17 uur op een openingsdag): Veilig Thuis gaat er dezelfde dag nog op af. ${achteraf}`);
      expect(uitleg('2025-04-17T17:00:00+02:00')).toBe(`Spoed en crisis buiten kantooruren: de SEZ wordt ingezet. ${achteraf}`);
    });
    it('without a moment the actie is there, and the moment is asked for', () => {
      const b = beslisVervolg(spoed, { regio: 'gelderland-zuid' });
      expect(b.status === 'besloten' && [b.acties[0]!.soort, b.acties[0]!['wanneer'], b.ontbrekendVoorActies]).toEqual(['spoedinterventie', undefined, ['moment']]);
    });
    it('without a region: VT acts at once, and the Besluit says that how is a regional agreement (AEF §2.4)', () => {
      const b = beslisVervolg({ ...spoed, moment: '2025-04-17T23:30:00+02:00' });
      expect(b.status === 'besloten' && [b.acties[0], b.ontbrekendVoorActies]).toEqual([
        {
          soort: 'spoedinterventie',
          uitleg: 'Spoed en crisis: Veilig Thuis handelt direct. Hoe (dezelfde dag, een crisisdienst buiten kantooruren) is een regionale afspraak die per regio verschilt; met de regio erbij noemt dit besluit de afspraken van uw regio.',
          bronnen: [{ document: 'Samen werken aan een veilig thuis (AEF, 2020)', vindplaats: '§2.4 "Aanvullende afspraken" (regio’s verschillen in bovenwettelijke taken, zoals een centrale crisisdienst)' }],
        },
        undefined,
      ]);
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
