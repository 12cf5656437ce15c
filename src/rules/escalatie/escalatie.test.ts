import { describe, expect, it } from 'vitest';
import { vang } from '../../testhulp.js';
import { regelsets } from '../beslissingen.js';
import { elkeRegelVuurt } from '../_lib/testhulp.js';
import { beslisEscalatie, EscalatieInvoerSchema } from './escalatie.js';
import type { EscalatieInvoer } from './escalatie.js';

const GZ = { regio: 'gelderland-zuid', peildatum: '2025-06-02' } as const;
const beslis = (invoer: EscalatieInvoer) => beslisEscalatie(invoer, GZ);

const casus: EscalatieInvoer = { betreft: 'casus', veiligheidInGevaar: true, afsprakenNietNagekomen: false };
const naManagement: EscalatieInvoer = { ...casus, resultaatManagementoverleg: 'niet-opgelost' };
const naAmbtelijk: EscalatieInvoer = { ...naManagement, resultaatAmbtelijkeEscalatie: 'niet-opgelost' };
const structureel: EscalatieInvoer = { betreft: 'structureel-probleem' };

/** The uitkomst and the acties (soort) of a besloten Besluit. */
const samengevat = (invoer: EscalatieInvoer) => {
  const b = beslis(invoer);
  return b.status === 'besloten' ? [b.uitkomst, b.acties.map((a) => a.soort)] : ['onvolledig', b.ontbrekend];
};

describe('beslisEscalatie', () => {
  elkeRegelVuurt('escalatie', beslis, [
    { regel: 'escalatie.geen-escalatie', invoer: { betreft: 'casus', veiligheidInGevaar: false, afsprakenNietNagekomen: false }, uitkomst: 'geen-escalatie' },
    { regel: 'escalatie.managementoverleg', invoer: { ...casus, resultaatManagementoverleg: 'nog-niet-gevoerd' }, uitkomst: 'managementoverleg' },
    { regel: 'escalatie.opgelost-managementoverleg', invoer: { ...casus, resultaatManagementoverleg: 'opgelost' }, uitkomst: 'opgelost' },
    { regel: 'escalatie.ambtelijke-escalatie', invoer: { ...naManagement, resultaatAmbtelijkeEscalatie: 'nog-niet-gevoerd' }, uitkomst: 'ambtelijke-escalatie' },
    { regel: 'escalatie.opgelost-ambtelijk', invoer: { ...naManagement, resultaatAmbtelijkeEscalatie: 'opgelost' }, uitkomst: 'opgelost' },
    { regel: 'escalatie.bestuurlijke-escalatie', invoer: { ...naAmbtelijk, resultaatBestuurlijkeEscalatie: 'nog-niet-gevoerd' }, uitkomst: 'bestuurlijke-escalatie' },
    { regel: 'escalatie.opgelost-bestuurlijk', invoer: { ...naAmbtelijk, resultaatBestuurlijkeEscalatie: 'opgelost' }, uitkomst: 'opgelost' },
    { regel: 'escalatie.wethouder-bepaalt', invoer: { ...naAmbtelijk, resultaatBestuurlijkeEscalatie: 'niet-opgelost' }, uitkomst: 'wethouder-bepaalt' },
    { regel: 'escalatie.structurele-escalatie', invoer: { ...structureel, resultaatStructureleEscalatie: 'nog-niet-gevoerd' }, uitkomst: 'structurele-escalatie' },
    { regel: 'escalatie.opgelost-structureel', invoer: { ...structureel, resultaatStructureleEscalatie: 'opgelost' }, uitkomst: 'opgelost' },
    { regel: 'escalatie.agendering-algemeen-bestuur', invoer: { ...structureel, resultaatStructureleEscalatie: 'niet-opgelost' }, uitkomst: 'agendering-algemeen-bestuur' },
  ]);

  it('every rule is a regional agreement of Gelderland-Zuid, from the start of the Handelingsprotocol 2019 (no date of its own)', () => {
    expect(new Set(regelsets.escalatie.regels.map((r) => `${r.event.params.regio} ${r.event.params.geldigVanaf} ${r.event.params.geldigTot}`))).toEqual(
      new Set(['gelderland-zuid 2019-01-01 undefined']),
    );
    const b = beslis({ ...casus, resultaatManagementoverleg: 'nog-niet-gevoerd' });
    expect(b.status === 'besloten' && b.regelset).toEqual({ id: 'escalatie', versie: '1.0.0', geldigVanaf: '2019-01-01', regio: 'gelderland-zuid' });
  });

  it('one criterion suffices (bijlage 4 §3), either of them', () => {
    expect(samengevat({ betreft: 'casus', veiligheidInGevaar: true, resultaatManagementoverleg: 'nog-niet-gevoerd' })[0]).toBe('managementoverleg');
    expect(samengevat({ betreft: 'casus', afsprakenNietNagekomen: true, resultaatManagementoverleg: 'nog-niet-gevoerd' })[0]).toBe('managementoverleg');
    expect(samengevat({ betreft: 'casus', veiligheidInGevaar: true, afsprakenNietNagekomen: true, resultaatManagementoverleg: 'nog-niet-gevoerd' })[0]).toBe('managementoverleg');
  });

  it('the routes in order, with the acties of each: who, with whom, in what form', () => {
    expect([
      samengevat({ ...casus, resultaatManagementoverleg: 'nog-niet-gevoerd' }),
      samengevat({ ...naManagement, resultaatAmbtelijkeEscalatie: 'nog-niet-gevoerd' }),
      samengevat({ ...naAmbtelijk, resultaatBestuurlijkeEscalatie: 'nog-niet-gevoerd' }),
      samengevat({ ...naAmbtelijk, resultaatBestuurlijkeEscalatie: 'niet-opgelost' }),
      samengevat({ ...naAmbtelijk, resultaatBestuurlijkeEscalatie: 'opgelost' }),
    ]).toEqual([
      ['managementoverleg', ['managementoverleg', 'zicht-op-escalaties']],
      ['ambtelijke-escalatie', ['ambtelijke-escalatie', 'informeer-wethouder', 'zicht-op-escalaties']],
      ['bestuurlijke-escalatie', ['bestuurlijke-escalatie', 'zicht-op-escalaties']],
      ['wethouder-bepaalt', ['vervolgstap-wethouder', 'zicht-op-escalaties']],
      ['opgelost', ['zicht-op-escalaties']],
    ]);
    const b = beslis({ ...naAmbtelijk, resultaatBestuurlijkeEscalatie: 'nog-niet-gevoerd' });
    expect(b.status === 'besloten' && b.acties[0]).toEqual({
      soort: 'bestuurlijke-escalatie',
      uitleg: 'De directeur van Veilig Thuis bespreekt de situatie met de aangewezen wethouder van de betreffende gemeente; zij bepalen wat er moet gebeuren.',
      bronnen: [{ document: 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0', vindplaats: 'bijlage 4 "Escalatiemodel", §4, derde route, bestuurlijke escalatie ("De directeur Veilig Thuis bespreekt de situatie met de aangewezen wethouder in de betreffende gemeente"; "Uitkomst II: … De wethouder bepaalt (in overleg met de betrokkenen) wat de vervolgstap moet zijn.")' }],
      door: 'de directeur van Veilig Thuis',
      met: 'de aangewezen wethouder van de betreffende gemeente',
      vorm: 'bespreking',
    });
  });

  it('the managementoverleg: teamleider VT and coördinator wijkteam, with the medewerkers', () => {
    const b = beslis({ ...casus, resultaatManagementoverleg: 'nog-niet-gevoerd' });
    expect(b.status === 'besloten' && [b.acties[0]!['door'], b.acties[0]!['met']]).toEqual([
      ['de teamleider van Veilig Thuis', 'de coördinator van het betreffende sociaal wijkteam'],
      ['de betreffende medewerker van Veilig Thuis', 'de betreffende medewerker van het sociaal wijkteam'],
    ]);
  });

  it('the ambtelijke escalatie: the beleidsmedewerker informs his or her own wethouder', () => {
    const b = beslis({ ...naManagement, resultaatAmbtelijkeEscalatie: 'nog-niet-gevoerd' });
    expect(b.status === 'besloten' && b.acties[1]).toMatchObject({
      soort: 'informeer-wethouder',
      uitleg: 'Vervolgens informeert de beleidsmedewerker van de gemeente zijn of haar eigen wethouder.',
      door: 'de beleidsmedewerker van de gemeente',
      aan: 'zijn of haar eigen wethouder',
    });
  });

  it('a later route is not asked, and does not count, once an earlier one solved it', () => {
    const b = beslis({ ...casus, resultaatManagementoverleg: 'opgelost', resultaatAmbtelijkeEscalatie: 'niet-opgelost', resultaatBestuurlijkeEscalatie: 'niet-opgelost' });
    expect(b.status === 'besloten' && [b.uitkomst, b.redenen.map((r) => r.regel)]).toEqual(['opgelost', ['escalatie.opgelost-managementoverleg']]);
    expect(beslis({ ...casus, resultaatManagementoverleg: 'opgelost' }).status).toBe('besloten');
  });

  it('no criterion: geen escalatie, without asking about the routes, and no acties', () => {
    const b = beslis({ betreft: 'casus', veiligheidInGevaar: false, afsprakenNietNagekomen: false });
    expect(b.status === 'besloten' && [b.uitkomst, b.acties, b.ontbrekendVoorActies]).toEqual(['geen-escalatie', [], undefined]);
  });

  it('a structural problem: the directeur VT stems af, then talks to the wethouder if needed; uitkomst II goes to the next AB', () => {
    expect([
      samengevat({ ...structureel, resultaatStructureleEscalatie: 'nog-niet-gevoerd' }),
      samengevat({ ...structureel, resultaatStructureleEscalatie: 'opgelost' }),
      samengevat({ ...structureel, resultaatStructureleEscalatie: 'niet-opgelost' }),
    ]).toEqual([
      ['structurele-escalatie', ['afstemming-structureel-probleem', 'bespreek-met-wethouder']],
      ['opgelost', []],
      ['agendering-algemeen-bestuur', ['agenderen-algemeen-bestuur']],
    ]);
    const b = beslis({ ...structureel, resultaatStructureleEscalatie: 'niet-opgelost' });
    expect(b.status === 'besloten' && [b.acties[0]!['wanneer'], b.acties[0]!['inOverlegMet'], b.redenen[0]!.interpretatie]).toEqual([
      'het eerstvolgende Algemeen Bestuur', 'de betrokken wethouder van de gemeente', true,
    ]);
    const s = beslis({ ...structureel, resultaatStructureleEscalatie: 'nog-niet-gevoerd' });
    expect(s.status === 'besloten' && s.acties[1]).toMatchObject({ door: 'de directeur van Veilig Thuis', met: 'de betreffende wethouder', indienNodig: true });
  });

  it('a structural problem does not ask the criteria of a casus (bijlage 4 §3 is about casuïstiek)', () => {
    expect(beslis(structureel)).toEqual({
      status: 'onvolledig', beslissing: 'escalatie', ontbrekend: ['resultaatStructureleEscalatie'],
      mogelijkeUitkomsten: ['opgelost', 'structurele-escalatie', 'agendering-algemeen-bestuur'],
    });
  });

  it('partial: asks casus or structural first, then the criteria, then the routes in order', () => {
    expect(beslis({})).toEqual({
      status: 'onvolledig', beslissing: 'escalatie',
      ontbrekend: ['betreft', 'veiligheidInGevaar', 'afsprakenNietNagekomen', 'resultaatManagementoverleg', 'resultaatAmbtelijkeEscalatie', 'resultaatBestuurlijkeEscalatie', 'resultaatStructureleEscalatie'],
      mogelijkeUitkomsten: ['geen-escalatie', 'managementoverleg', 'ambtelijke-escalatie', 'bestuurlijke-escalatie', 'opgelost', 'wethouder-bepaalt', 'structurele-escalatie', 'agendering-algemeen-bestuur'],
    });
    expect(beslis({ betreft: 'casus', veiligheidInGevaar: false })).toEqual({
      status: 'onvolledig', beslissing: 'escalatie',
      ontbrekend: ['afsprakenNietNagekomen', 'resultaatManagementoverleg', 'resultaatAmbtelijkeEscalatie', 'resultaatBestuurlijkeEscalatie'],
      mogelijkeUitkomsten: ['geen-escalatie', 'managementoverleg', 'ambtelijke-escalatie', 'bestuurlijke-escalatie', 'opgelost', 'wethouder-bepaalt'],
    });
    expect(beslis({ ...casus, resultaatManagementoverleg: 'niet-opgelost' })).toEqual({
      status: 'onvolledig', beslissing: 'escalatie',
      ontbrekend: ['resultaatAmbtelijkeEscalatie', 'resultaatBestuurlijkeEscalatie'],
      mogelijkeUitkomsten: ['ambtelijke-escalatie', 'bestuurlijke-escalatie', 'opgelost', 'wethouder-bepaalt'],
    });
  });

  it('solved either way while it is unknown whether it is a casus: opgelost, and the zicht actie waits for betreft', () => {
    const b = beslis({ veiligheidInGevaar: true, resultaatManagementoverleg: 'opgelost', resultaatStructureleEscalatie: 'opgelost' });
    expect(b.status === 'besloten' && [b.uitkomst, b.redenen.map((r) => r.regel), b.acties, b.ontbrekendVoorActies]).toEqual([
      'opgelost', ['escalatie.opgelost-managementoverleg', 'escalatie.opgelost-structureel'], [], ['betreft'],
    ]);
  });

  it('is regional: needs opties.regio, and applies from 1 januari 2019', () => {
    expect(vang(() => beslisEscalatie(casus, {}))).toMatchObject({
      name: 'InvoerFout',
      problemen: [{ pad: 'opties.regio', melding: 'Deze beslissing (Escalatiemodel) is regionaal: geef opties.regio op (regio’s met afspraken: gelderland-zuid).' }],
    });
    expect(vang(() => beslisEscalatie(casus, { regio: 'gelderland-zuid', peildatum: '2018-12-31' }))).toMatchObject({
      problemen: [{ pad: 'opties.peildatum', melding: "Op 2018-12-31 gelden geen regels voor de beslissing 'escalatie'; de vroegste gelden vanaf 2019-01-01." }],
    });
    expect(beslisEscalatie({ ...casus, resultaatManagementoverleg: 'nog-niet-gevoerd' }, { regio: 'gelderland-zuid', peildatum: '2019-01-01' }).status).toBe('besloten');
  });

  it('bad input: a value outside the options, a wrong type, an unknown key', () => {
    expect(vang(() => beslis({ resultaatManagementoverleg: 'gevoerd' } as unknown as EscalatieInvoer))).toMatchObject({
      problemen: [{ pad: 'resultaatManagementoverleg', melding: "Verwacht een van: 'nog-niet-gevoerd', 'opgelost', 'niet-opgelost'; kreeg de tekst 'gevoerd'." }],
    });
    expect(vang(() => beslis({ veiligheidInGevaar: 'ja' } as unknown as EscalatieInvoer))).toMatchObject({
      problemen: [{ pad: 'veiligheidInGevaar', melding: "Verwacht true of false, maar kreeg de tekst 'ja'." }],
    });
    expect(EscalatieInvoerSchema.safeParse({ veiligheidInGevaarr: true }).success).toBe(false);
  });
});
