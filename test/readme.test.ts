/** The worked examples of the README give what the README says they give. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as hp from '../src/index.js';

describe('README worked examples', () => {
  it('vervolg', () => {
    const b = hp.beslisVervolg({
      spoedOfCrisis: true, moment: '2025-04-17T20:15:00+02:00', beschermingsmaatregelNodig: false,
      aanwijzingenAcuteOfStructureleOnveiligheid: true, bevestigenOfWeerleggenNodig: false,
      directbetrokkenenBereidEnInStaat: true, betrokkenHulpverlenerKanEnWil: false,
    }, { regio: 'gelderland-zuid' });
    expect(b.status === 'besloten' && [b.uitkomst, b.redenen.map((r) => [r.regel, r.interpretatie]), b.acties.map((a) => a.soort), b.acties[0]!['wanneer'], b.regelset]).toEqual([
      'voorwaarden-en-vervolg', [['vervolg.voorwaarden-en-vervolg', true]],
      ['spoedinterventie', 'informeer-directbetrokkenen', 'terugkoppeling-melder', 'informeer-lokaal-team', 'vervolgdienst', 'veiligheidsvoorwaarden'], 'sez',
      { id: 'vervolg', versie: '1.0.0', geldigVanaf: '2019-01-01', regio: 'gelderland-zuid' },
    ]);
    expect(hp.beslisVervolg({ aanwijzingenAcuteOfStructureleOnveiligheid: true, beschermingsmaatregelNodig: false })).toEqual({
      status: 'onvolledig', beslissing: 'vervolg',
      ontbrekend: ['bevestigenOfWeerleggenNodig', 'directbetrokkenenBereidEnInStaat', 'betrokkenHulpverlenerKanEnWil'],
      mogelijkeUitkomsten: ['overdracht-betrokken-hulpverlening', 'voorwaarden-en-vervolg', 'onderzoek'],
    });
  });

  it('advies of melding, ambtshalve melding, monitoring, afwegingskader, politiemelding', () => {
    const a = hp.beslisAdviesOfMelding({ wens: 'advies', contactpersoon: 'professional', vermoedenHuiselijkGeweldOfKindermishandeling: true, meldplichtigVolgensAfwegingskader: true, inStaatTotHerstelVeiligheid: true });
    expect(a.status === 'besloten' && [a.uitkomst, a.vtAdviseert, a.redenen.map((r) => r.regel), a.acties.map((x) => x.soort)]).toEqual([
      'advies', 'melden', ['adviesOfMelding.wens-advies', 'adviesOfMelding.vt-adviseert-melden-meldplicht'], ['afsluiten-advies'],
    ]);
    const am = hp.beslisAmbtshalveMelding({ adviesvragerIsProfessional: true, vtAdviseertMelden: true, adviesvragerMeldtZelf: false, risicoHoogEnAcuut: true, geenOvereenstemmingNaOpschaling: true, persoonsgegevensBekend: true });
    expect(am.status === 'besloten' && [am.uitkomst, am.acties.map((x) => [x.soort, x['werkdagen']])]).toEqual(['ambtshalve-melding', [['registreer-melding', undefined], ['veiligheidsbeoordeling', 5]]]);
    const m = hp.beslisMonitoring({ overdrachtNa: 'onderzoek', overdrachtAan: 'lokaal-team', vermoedenWeerlegd: false, overdrachtsdatum: '2025-03-14' });
    expect(m.status === 'besloten' && [m.uitkomst, m.verplicht, m.momenten, m.redenen[0]!.regel]).toEqual(['monitoren', true, ['2025-06-14', '2026-03-14'], 'monitoring.na-onderzoek']);
    const k = hp.doorloopAfwegingskader({ vermoeden: true, acuteOfStructureleOnveiligheid: false, passendeHulpMogelijk: true, hulpGeaccepteerd: true });
    expect(k.status === 'besloten' && [k.uitkomst, k.samenMetVeiligThuis, k.volgendeVraag]).toEqual(['hulp-bieden', false, 'hulpLeidtTotVeiligheid']);
    expect(hp.afwegingsvragen.map((v) => `${v.nummer}. ${v.vraag}`)[0]).toBe('1. Blijft het vermoeden van huiselijk geweld en/of kindermishandeling bestaan?');
    const p = hp.beslisPolitiemelding({ gemeente: 'Zaltbommel', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false, ontvangen: '2024-10-03T23:10:00+02:00' }, { regio: 'gelderland-zuid' });
    expect(p.status === 'besloten' && [p.uitkomst, p.veiligheidsbeoordeling, p.bewaartermijnTot, p.acties.map((x) => x.soort), p.regelset]).toEqual([
      'overige-zorgmelding', false, '2026-10-03', ['intern-verrijken', 'doorzetten', 'informeer-politie', 'vastleggen-als-advies'],
      { id: 'politiemelding', versie: '1.0.0', geldigVanaf: '2021-04-01', regio: 'gelderland-zuid' },
    ]);
  });

  it('regelsets and the zod example', () => {
    expect(hp.regelsets.vervolg.regels[0]!.name).toBe('vervolg.verzoek-onderzoek-raad');
    expect(hp.VervolgInvoerSchema.safeParse({ spoedOfCrisis: 'ja' }, { error: hp.nlFoutmelding }).error?.issues[0]?.message).toBe("Verwacht true of false, maar kreeg de tekst 'ja'.");
  });

  it('escalatie', () => {
    const e = hp.beslisEscalatie(
      { betreft: 'casus', veiligheidInGevaar: true, afsprakenNietNagekomen: false, resultaatManagementoverleg: 'niet-opgelost', resultaatAmbtelijkeEscalatie: 'nog-niet-gevoerd' },
      { regio: 'gelderland-zuid' },
    );
    expect(e.status === 'besloten' && [
      e.uitkomst, e.redenen.map((r) => [r.regel, r.interpretatie]), e.redenen[0]!.uitleg.startsWith('Het overleg op managementniveau heeft geen afdoende resultaat opgeleverd: de tweede route is de ambtelijke escalatie, '),
      e.acties.map((a) => [a.soort, a['met'] ?? null, a['vorm'] ?? null, a['door'] ?? null, a['aan'] ?? null]), e.regelset,
    ]).toEqual([
      'ambtelijke-escalatie', [['escalatie.ambtelijke-escalatie', true]], true,
      [
        ['ambtelijke-escalatie', 'de beleidsmedewerker van de betreffende gemeente', 'gesprek', null, null],
        ['informeer-wethouder', null, null, 'de beleidsmedewerker van de gemeente', 'zijn of haar eigen wethouder'],
        ['zicht-op-escalaties', null, null, 'Veilig Thuis', null],
      ],
      { id: 'escalatie', versie: '1.0.0', geldigVanaf: '2019-01-01', regio: 'gelderland-zuid' },
    ]);
  });

  it('afsluiting', () => {
    const b = hp.beslisAfsluiting({
      dienst: 'onderzoek', vermoedenBevestigd: true, beschermingsmaatregelNodig: false,
      hulpOfOndersteuningNodig: true, betrokkenHulpverlenerKanEnWil: false, start: '2025-03-01',
    });
    expect(b.status === 'besloten' && [
      b.uitkomst, b.veiligheidsvoorwaarden, b.redenen.map((r) => [r.regel, r.interpretatie ?? null]), b.redenen[0]!.uitleg,
      b.acties.map((a) => a.soort), b.acties[0]!.uitleg.includes('tot en met maandag 12 mei 2025.'), b.regelset,
    ]).toEqual([
      'overdracht-lokaal-team', 'opstellen',
      [['afsluiting.overdracht-lokaal-team', true], ['afsluiting.veiligheidsvoorwaarden-onderzoek', null]],
      'Na afloop van de dienst is nog hulp of ondersteuning nodig en er is geen betrokken hulpverlener die die hulp kan en wil bieden: Veilig Thuis draagt de casus over aan het lokale team.',
      [
        'warme-overdracht', 'zicht-op-veiligheid', 'informeer-lokaal-team', 'informeer-directbetrokkenen', 'overdrachtsbrief',
        'veiligheidsvoorwaarden', 'veiligheidsplan', 'oppakken-door-lokaal-team', 'verantwoordelijkheid-lokaal-team',
        'contact-bij-geen-herstel', 'hulp-door-lokaal-team', 'monitoring', 'terugkoppeling-melder',
      ],
      true,
      { id: 'afsluiting', versie: '1.0.0', geldigVanaf: '2019-01-01' },
    ]);
    const a = b.status === 'besloten' ? b.acties : [];
    expect([
      [a[0]!['aan'], a[0]!['wijze'], a[0]!['waar'], a[0]!['uiterlijk']],
      [a[1]!['door'], a[1]!['tot']], a[2]!['over'], a[3]!['wijze'], [a[4]!['wijze'], a[4]!['ook']], a[5]!['door'], a[6]!['door'],
      [a[11]!['overdrachtNa'], a[11]!['overdrachtAan'], a[11]!['vermoedenWeerlegd']],
    ]).toEqual([
      ['lokaal-team', 'persoonlijk contact', 'huishouden', '2025-05-12'],
      ['veilig-thuis', 'de bevestiging van de overdracht door het lokale team'], 'de uitkomsten van het onderzoek', 'schriftelijk',
      ['schriftelijk', 'de relevante betrokken professionals'], 'veilig-thuis', 'overdrachtspartij',
      ['onderzoek', 'lokaal-team', false],
    ]);
  });
});

describe('README text', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('the table of foutcodes is exactly FOUTCODES, in its order', () => {
    const sectie = readme.slice(readme.indexOf('### Foutcodes'), readme.indexOf('### Betrouwbaarheid'));
    const rijen = [...sectie.matchAll(/^\| `([a-z-]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(rijen).toEqual(Object.entries(hp.FOUTCODES));
  });

  it('the JSON Schema example gives what it says', () => {
    expect(readme).toContain("schema.properties.spoedOfCrisis.title;                // 'Is er sprake van spoed of crisis?'");
    expect((hp.jsonSchema('vervolg')['properties'] as Record<string, { title: string }>)['spoedOfCrisis']!.title).toBe('Is er sprake van spoed of crisis?');
  });
});
