import { describe, expect, it } from 'vitest';
import { maakWerkdagkalender } from '../../deadlines/kalender.js';
import { vang } from '../../testhulp.js';
import { InvoerFout } from '../../types/fouten.js';
import { beslisMonitoring } from '../monitoring/monitoring.js';
import { elkeRegelVuurt } from '../_lib/testhulp.js';
import { beslisAfsluiting, type AfsluitingBesluit, type AfsluitingInvoer } from './afsluiting.js';

const GZ = { regio: 'gelderland-zuid' };
const naVv: AfsluitingInvoer = { dienst: 'voorwaarden-en-vervolg', beschermingsmaatregelNodig: false, hulpOfOndersteuningNodig: true, betrokkenHulpverlenerKanEnWil: false };
const naOnderzoek: AfsluitingInvoer = { ...naVv, dienst: 'onderzoek', vermoedenBevestigd: true };
const weerlegd: AfsluitingInvoer = { ...naOnderzoek, vermoedenBevestigd: false };

/** The besloten Besluit, or a failing test. */
function besloten(b: AfsluitingBesluit): Extract<AfsluitingBesluit, { status: 'besloten' }> {
  if (b.status !== 'besloten') throw new Error(`Verwacht besloten, kreeg ${JSON.stringify(b)}`);
  return b;
}
const soorten = (b: AfsluitingBesluit) => besloten(b).acties.map((a) => a.soort);
const actie = (b: AfsluitingBesluit, soort: string) => besloten(b).acties.filter((a) => a.soort === soort);

describe('beslisAfsluiting', () => {
  elkeRegelVuurt('afsluiting', beslisAfsluiting, [
    { regel: 'afsluiting.verzoek-onderzoek-raad', invoer: { ...naVv, beschermingsmaatregelNodig: true }, uitkomst: 'verzoek-onderzoek-raad' },
    { regel: 'afsluiting.onderzoek-raad-via-jeugdbeschermingstafel', invoer: { ...naVv, beschermingsmaatregelNodig: true }, uitkomst: 'verzoek-onderzoek-raad', opties: GZ },
    { regel: 'afsluiting.overdracht-betrokken-hulpverlening', invoer: { ...naVv, betrokkenHulpverlenerKanEnWil: true }, uitkomst: 'overdracht-betrokken-hulpverlening' },
    { regel: 'afsluiting.overdracht-lokaal-team', invoer: naVv, uitkomst: 'overdracht-lokaal-team' },
    { regel: 'afsluiting.overdracht-directbetrokkenen', invoer: { ...naVv, hulpOfOndersteuningNodig: false }, uitkomst: 'overdracht-directbetrokkenen' },
    { regel: 'afsluiting.afsluiten', invoer: { ...weerlegd, hulpOfOndersteuningNodig: false }, uitkomst: 'afsluiten' },
    { regel: 'afsluiting.veiligheidsvoorwaarden-voorwaarden-en-vervolg', invoer: naVv, uitkomst: 'overdracht-lokaal-team' },
    { regel: 'afsluiting.veiligheidsvoorwaarden-onderzoek', invoer: naOnderzoek, uitkomst: 'overdracht-lokaal-team' },
    { regel: 'afsluiting.geen-veiligheidsvoorwaarden', invoer: weerlegd, uitkomst: 'overdracht-lokaal-team' },
  ]);

  describe('veiligheidsvoorwaarden (GZ §6.1, §6.2)', () => {
    it('V&V always sets them, whatever the uitkomst', () => {
      for (const invoer of [naVv, { ...naVv, hulpOfOndersteuningNodig: false }, { ...naVv, beschermingsmaatregelNodig: true }] as AfsluitingInvoer[]) {
        const b = besloten(beslisAfsluiting(invoer));
        expect([b.veiligheidsvoorwaarden, actie(b, 'veiligheidsvoorwaarden').map((a) => a.uitleg)]).toEqual([
          'opstellen',
          ['De veiligheidsvoorwaarden die Veilig Thuis bij de start van Voorwaarden & Vervolg opstelde — waaraan ten minste moet worden voldaan om te komen tot directe en stabiele veiligheid — draagt Veilig Thuis schriftelijk over aan de directbetrokkenen en de overdrachtspartij.'],
        ]);
      }
    });

    it('onderzoek sets them when VT concludes there is huiselijk geweld or kindermishandeling, not when the suspicion is refuted', () => {
      const ja = besloten(beslisAfsluiting(naOnderzoek));
      expect([ja.veiligheidsvoorwaarden, actie(ja, 'veiligheidsvoorwaarden').map((a) => a.bronnen[0]!.vindplaats)]).toEqual([
        'opstellen',
        ['§6.2 ("In het geval dat Veilig Thuis tot de conclusie komt dat er sprake is van huiselijk geweld of kindermishandeling, stelt Veilig Thuis veiligheidsvoorwaarden op"; Handelingsprotocol Veilig Thuis, pag. 40-44)'],
      ]);
      const nee = besloten(beslisAfsluiting(weerlegd));
      expect([nee.veiligheidsvoorwaarden, actie(nee, 'veiligheidsvoorwaarden'), actie(nee, 'veiligheidsplan')]).toEqual(['geen', [], []]);
      expect(nee.redenen.find((r) => r.regel === 'afsluiting.geen-veiligheidsvoorwaarden')?.interpretatie).toBe(true);
    });

    it('an overdrachtspartij makes the veiligheidsafspraken or veiligheidsplan; VT supports', () => {
      for (const invoer of [naVv, naOnderzoek, { ...naVv, betrokkenHulpverlenerKanEnWil: true }]) {
        expect(actie(beslisAfsluiting(invoer), 'veiligheidsplan').map((a) => [a['door'], a.uitleg])).toEqual([
          ['overdrachtspartij', 'De overdrachtspartij stelt, met de veiligheidsvoorwaarden als leidraad, veiligheidsafspraken of een veiligheidsplan op; Veilig Thuis kan daarbij zo nodig ondersteunen.'],
        ]);
      }
    });

    it('without an overdrachtspartij VT makes it when direct safety needs it: after V&V a veiligheidsplan, after onderzoek afspraken or a plan', () => {
      expect(actie(beslisAfsluiting({ ...naVv, hulpOfOndersteuningNodig: false }), 'veiligheidsplan').map((a) => [a['door'], a.uitleg])).toEqual([
        ['veilig-thuis', 'Er is geen overdrachtspartij: als het voor herstel van de directe veiligheid noodzakelijk is, stelt Veilig Thuis een veiligheidsplan op.'],
      ]);
      expect(actie(beslisAfsluiting({ ...naOnderzoek, hulpOfOndersteuningNodig: false }), 'veiligheidsplan').map((a) => [a['door'], a.uitleg])).toEqual([
        ['veilig-thuis', 'Er is geen overdrachtspartij: als het voor herstel van de directe veiligheid noodzakelijk is, stelt Veilig Thuis veiligheidsafspraken of een veiligheidsplan op.'],
      ]);
    });
  });

  describe('warme overdracht within 70 days (GZ §8 B-C, §8.2, §8.3)', () => {
    it('to the lokale team: in persoon, in the huishouden after onderzoek, in the gezin after V&V; 70 days after the start, Atw art. 1', () => {
      const o = actie(beslisAfsluiting({ ...naOnderzoek, start: '2025-03-01' }), 'warme-overdracht');
      expect(o.map((a) => [a['aan'], a['wijze'], a['waar'], a['uiterlijk'], a.uitleg])).toEqual([[
        'lokaal-team', 'persoonlijk contact', 'huishouden', '2025-05-12',
        'Veilig Thuis draagt warm over aan het lokale team: via persoonlijk contact, in het huishouden, tenzij er redenen zijn om dit niet te doen, met de overdrachtsinformatie uit het Overdrachtsprotocol. De overdracht vindt uiterlijk 70 dagen na de start van de dienst plaats (zie de interpretatie). ' +
          'Tien weken (70 dagen) na de start van de dienst op zaterdag 1 maart 2025 is zaterdag 10 mei 2025; dat is geen werkdag (zaterdag, zondag), dus loopt de termijn volgens de Algemene termijnenwet art. 1 door tot en met maandag 12 mei 2025. ' +
          'Geen bron zegt vanaf welk moment de termijn van tien weken loopt. Deze berekening telt vanaf de start van de dienst (de standaardlezing van dit pakket).',
      ]]);
      const v = actie(beslisAfsluiting({ ...naVv, start: '2025-01-06' }), 'warme-overdracht');
      expect(v.map((a) => [a['waar'], a['uiterlijk']])).toEqual([['gezin', '2025-03-17']]);
    });

    it('the uiterlijk uses opties.kalender: Koningsdag 2026 extends it to the next werkdag', () => {
      const b = beslisAfsluiting({ ...naVv, start: '2026-02-16' });
      expect(actie(b, 'warme-overdracht')[0]!['uiterlijk']).toBe('2026-04-28');
      const eigen = maakWerkdagkalender({ beleid: 'feestdagen', extraVrijeDagen: ['2026-04-28'] });
      expect(actie(beslisAfsluiting({ ...naVv, start: '2026-02-16' }, { kalender: eigen }), 'warme-overdracht')[0]!['uiterlijk']).toBe('2026-04-29');
    });

    it('without a start date the uitkomst is settled and start is named for the acties', () => {
      const b = besloten(beslisAfsluiting(naVv));
      expect([b.uitkomst, b.ontbrekendVoorActies, actie(b, 'warme-overdracht').map((a) => [a['waar'], 'uiterlijk' in a])]).toEqual([
        'overdracht-lokaal-team', ['start'], [['gezin', false]],
      ]);
    });

    it('to betrokken hulpverlening: an overdrachtsgesprek with the client present, also within 70 days', () => {
      const b = beslisAfsluiting({ ...naVv, betrokkenHulpverlenerKanEnWil: true, start: '2025-03-01' });
      expect(actie(b, 'warme-overdracht').map((a) => [a['aan'], a['wijze'], a['uiterlijk'], a.bronnen.map((x) => x.document)])).toEqual([[
        'betrokken-hulpverlening', 'overdrachtsgesprek', '2025-05-12',
        ['Samen werken aan een veilig thuis (AEF, 2020)', 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0'],
      ]]);
    });

    it('VT keeps zicht op veiligheid until the lokale team has confirmed the overdracht', () => {
      expect(actie(beslisAfsluiting(naVv), 'zicht-op-veiligheid').map((a) => [a['door'], a['tot'], a.uitleg])).toEqual([[
        'veilig-thuis', 'de bevestiging van de overdracht door het lokale team',
        'Veilig Thuis blijft verantwoordelijk voor zicht op veiligheid tot de casus is overgedragen aan het lokale team en Veilig Thuis daarvan een bevestiging heeft ontvangen.',
      ]]);
    });
  });

  describe('who is informed', () => {
    it('the lokale team hears the uitkomsten of the onderzoek, or what V&V yielded, with every uitkomst', () => {
      const invoeren: AfsluitingInvoer[] = [naVv, { ...naVv, betrokkenHulpverlenerKanEnWil: true }, { ...naVv, hulpOfOndersteuningNodig: false }, { ...naVv, beschermingsmaatregelNodig: true }];
      for (const i of invoeren) expect(actie(beslisAfsluiting(i), 'informeer-lokaal-team').map((a) => a['over'])).toEqual(['wat Voorwaarden & Vervolg heeft opgeleverd']);
      expect(actie(beslisAfsluiting({ ...weerlegd, hulpOfOndersteuningNodig: false }), 'informeer-lokaal-team').map((a) => a['over'])).toEqual(['de uitkomsten van het onderzoek']);
    });

    it('the overdrachtsbrief goes to both parents with gezag (and an actively raising biological father) and the relevant professionals', () => {
      const brief = actie(beslisAfsluiting(naVv), 'overdrachtsbrief');
      expect(brief.map((a) => [a['wijze'], a['aan'], a['ook']])).toEqual([[
        'schriftelijk',
        'de directbetrokkenen; bij minderjarige kinderen in ieder geval beide ouders met gezag, en een biologische vader die actief deel uitmaakt van de opvoeding',
        'de relevante betrokken professionals',
      ]]);
      expect(brief[0]!.bronnen.map((b) => b.vindplaats)).toContain('§8.5 B en voetnoot 16 (in ieder geval beide ouders met gezag; een biologische vader die actief deel uitmaakt van de opvoeding ook)');
    });

    it('after an overdracht aan het lokale team the cliëntsysteem is told in writing that the melding went there', () => {
      expect(actie(beslisAfsluiting(naVv), 'informeer-directbetrokkenen').map((a) => [a['wijze'], a.uitleg])).toEqual([
        ['schriftelijk', 'Veilig Thuis informeert het betrokken cliëntsysteem schriftelijk over het feit dat de melding is doorgezet naar het lokale team.'],
      ]);
    });

    it('the melder: a terugkoppeling without a term (no source gives one)', () => {
      const t = actie(beslisAfsluiting(naVv), 'terugkoppeling-melder');
      expect(t.map((a) => Object.keys(a).sort())).toEqual([['bronnen', 'soort', 'uitleg']]);
    });
  });

  describe('the uitkomsten and their acties', () => {
    it('overdracht aan het lokale team: the lokale team’s part is addressed to the lokale team (GZ §8.5)', () => {
      const b = beslisAfsluiting(naVv);
      expect(soorten(b)).toEqual([
        'warme-overdracht', 'zicht-op-veiligheid', 'informeer-lokaal-team', 'informeer-directbetrokkenen', 'overdrachtsbrief',
        'veiligheidsvoorwaarden', 'veiligheidsplan', 'oppakken-door-lokaal-team', 'verantwoordelijkheid-lokaal-team',
        'contact-bij-geen-herstel', 'hulp-door-lokaal-team', 'monitoring', 'terugkoppeling-melder',
      ]);
      expect(besloten(b).acties.filter((a) => a['door'] === 'lokaal-team').map((a) => a.soort)).toEqual([
        'oppakken-door-lokaal-team', 'verantwoordelijkheid-lokaal-team', 'contact-bij-geen-herstel', 'hulp-door-lokaal-team',
      ]);
    });

    it('overdracht aan betrokken hulpverlening: no lokaal-team acties, the lokale team is informed', () => {
      expect(soorten(beslisAfsluiting({ ...naVv, betrokkenHulpverlenerKanEnWil: true }))).toEqual([
        'warme-overdracht', 'informeer-lokaal-team', 'informeer-directbetrokkenen', 'overdrachtsbrief', 'veiligheidsvoorwaarden', 'veiligheidsplan', 'monitoring', 'terugkoppeling-melder',
      ]);
    });

    it('no help needed after V&V or a confirmed onderzoek: overdracht aan de directbetrokkenen, not afsluiten (an interpretatie)', () => {
      for (const i of [{ ...naVv, hulpOfOndersteuningNodig: false }, { ...naOnderzoek, hulpOfOndersteuningNodig: false }]) {
        const b = besloten(beslisAfsluiting(i));
        expect([b.uitkomst, b.redenen.find((r) => r.regel === 'afsluiting.overdracht-directbetrokkenen')?.interpretatie, soorten(b)]).toEqual([
          'overdracht-directbetrokkenen', true,
          ['informeer-lokaal-team', 'informeer-directbetrokkenen', 'overdrachtsbrief', 'veiligheidsvoorwaarden', 'veiligheidsplan', 'monitoring', 'terugkoppeling-melder'],
        ]);
      }
    });

    it('afsluiten only after an onderzoek that refuted the suspicion, with no help needed: no overdracht, no monitoring', () => {
      const b = besloten(beslisAfsluiting({ ...weerlegd, hulpOfOndersteuningNodig: false, start: '2025-03-01' }));
      expect([b.uitkomst, b.veiligheidsvoorwaarden, soorten(b), b.ontbrekendVoorActies]).toEqual([
        'afsluiten', 'geen', ['informeer-lokaal-team', 'informeer-directbetrokkenen', 'terugkoppeling-melder'], undefined,
      ]);
      expect(b.redenen.map((r) => [r.regel, r.interpretatie])).toEqual([['afsluiting.afsluiten', true], ['afsluiting.geen-veiligheidsvoorwaarden', true]]);
    });

    it('a refuted suspicion with help still needed is an overdracht, without veiligheidsvoorwaarden', () => {
      const b = besloten(beslisAfsluiting(weerlegd));
      expect([b.uitkomst, b.veiligheidsvoorwaarden]).toEqual(['overdracht-lokaal-team', 'geen']);
    });

    it('the monitoring actie gives the invoer of beslisMonitoring, which then decides', () => {
      const m = (i: AfsluitingInvoer) => {
        const a = actie(beslisAfsluiting(i), 'monitoring')[0]!;
        return { overdrachtNa: a['overdrachtNa'], overdrachtAan: a['overdrachtAan'], ...('vermoedenWeerlegd' in a ? { vermoedenWeerlegd: a['vermoedenWeerlegd'] } : {}) };
      };
      expect(m(naVv)).toEqual({ overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'lokaal-team' });
      expect(m({ ...naOnderzoek, hulpOfOndersteuningNodig: false })).toEqual({ overdrachtNa: 'onderzoek', overdrachtAan: 'directbetrokkenen', vermoedenWeerlegd: false });
      const uitkomst = (i: AfsluitingInvoer) => {
        const b = beslisMonitoring({ ...(m(i) as object), overdrachtsdatum: '2025-05-12' } as never);
        return b.status === 'besloten' ? [b.uitkomst, b.momenten] : b;
      };
      expect(uitkomst(naVv)).toEqual(['monitoren', ['2025-08-12', '2026-05-12']]);
      expect(uitkomst(weerlegd)).toEqual(['niet-monitoren', []]);
    });
  });

  describe('the Raad and the jeugdbeschermingstafel (GZ §6.3)', () => {
    const raad: AfsluitingInvoer = { ...naVv, beschermingsmaatregelNodig: true };

    it('without a region: VT verzoekt de Raad om onderzoek (national reading, marked)', () => {
      const b = besloten(beslisAfsluiting(raad));
      expect([b.uitkomst, b.redenen.map((r) => r.regel), soorten(b)]).toEqual([
        'verzoek-onderzoek-raad', ['afsluiting.verzoek-onderzoek-raad', 'afsluiting.veiligheidsvoorwaarden-voorwaarden-en-vervolg'],
        ['informeer-lokaal-team', 'informeer-directbetrokkenen', 'veiligheidsvoorwaarden', 'verzoek-raad', 'terugkoppeling-melder'],
      ]);
    });

    it('in Gelderland-Zuid the route runs via the jeugdbeschermingstafel instead', () => {
      const b = besloten(beslisAfsluiting(raad, GZ));
      expect([b.uitkomst, b.redenen.map((r) => r.regel), b.regelset.regio]).toEqual([
        'verzoek-onderzoek-raad', ['afsluiting.onderzoek-raad-via-jeugdbeschermingstafel', 'afsluiting.veiligheidsvoorwaarden-voorwaarden-en-vervolg'], 'gelderland-zuid',
      ]);
      expect(actie(b, 'jeugdbeschermingstafel').map((a) => [a['door'], a['regio'], a.uitleg])).toEqual([[
        'veilig-thuis', 'gelderland-zuid',
        'De jeugdbeschermingstafel (Rijk van Nijmegen of Rivierenland) heeft uitgewezen dat een onderzoek door de Raad voor de Kinderbescherming nodig is; is het lokale team al betrokken, dan wordt het daarover altijd geïnformeerd. De bron zegt niet wie het verzoek aan de Raad doet.',
      ]]);
    });

    it('after an overdracht aan het lokale team in Gelderland-Zuid the lokale team takes the regie at the tafel; elsewhere no such actie', () => {
      expect(actie(beslisAfsluiting(naVv, GZ), 'jeugdbeschermingstafel').map((a) => [a['door'], a.uitleg])).toEqual([[
        'lokaal-team',
        'Vindt het lokale team na de overdracht bespreking aan de jeugdbeschermingstafel nodig, dan neemt het zelf de regie en vraagt het een gesprek aan; Veilig Thuis kan telefonisch adviseren.',
      ]]);
      expect(actie(beslisAfsluiting(naVv), 'jeugdbeschermingstafel')).toEqual([]);
    });
  });

  describe('a form calls it after every answer', () => {
    it('asks the dienst first', () => {
      expect(beslisAfsluiting({})).toEqual({
        status: 'onvolledig', beslissing: 'afsluiting',
        ontbrekend: ['dienst', 'vermoedenBevestigd', 'beschermingsmaatregelNodig', 'hulpOfOndersteuningNodig', 'betrokkenHulpverlenerKanEnWil'],
        mogelijkeUitkomsten: ['overdracht-lokaal-team', 'overdracht-betrokken-hulpverlening', 'overdracht-directbetrokkenen', 'verzoek-onderzoek-raad', 'afsluiten'],
      });
    });

    it('after V&V the conclusion of an onderzoek is not asked, and afsluiten is not possible', () => {
      expect(beslisAfsluiting({ dienst: 'voorwaarden-en-vervolg' })).toEqual({
        status: 'onvolledig', beslissing: 'afsluiting',
        ontbrekend: ['beschermingsmaatregelNodig', 'hulpOfOndersteuningNodig', 'betrokkenHulpverlenerKanEnWil'],
        mogelijkeUitkomsten: ['overdracht-lokaal-team', 'overdracht-betrokken-hulpverlening', 'overdracht-directbetrokkenen', 'verzoek-onderzoek-raad'],
      });
    });

    it('after onderzoek the conclusion is needed for the veiligheidsvoorwaarden even when the uitkomst is settled', () => {
      expect(beslisAfsluiting({ dienst: 'onderzoek', beschermingsmaatregelNodig: true })).toEqual({
        status: 'onvolledig', beslissing: 'afsluiting', ontbrekend: ['vermoedenBevestigd'], mogelijkeUitkomsten: ['verzoek-onderzoek-raad'],
      });
    });
  });

  it('bad input is an InvoerFout naming the field', () => {
    const fout = vang(() => beslisAfsluiting({ dienst: 'monitoring' } as never));
    expect(fout).toBeInstanceOf(InvoerFout);
    expect((fout as InvoerFout).problemen).toEqual([
      expect.objectContaining({ pad: 'dienst', melding: "Verwacht een van: 'onderzoek', 'voorwaarden-en-vervolg'; kreeg de tekst 'monitoring'." }),
    ]);
    expect(vang(() => beslisAfsluiting({ ...naVv, start: '2025-02-30' }))).toMatchObject({ problemen: [{ pad: 'start' }] });
    expect(vang(() => beslisAfsluiting({ ...naVv, einde: '2025-05-01' } as never))).toMatchObject({ problemen: [{ pad: 'einde' }] });
  });
});
