/**
 * The entry `handelingsprotocol/engine`: `maakEngine` loads exactly the rules in force on the
 * peildatum in the region, as fresh copies of the package's rule JSON, and refuses bad input with
 * an InvoerFout in Dutch.
 */
import type { Engine, Rule } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { vang } from '../testhulp.js';
import { InvoerFout } from '../types/fouten.js';
import { beslissingen, regelsets, type Beslissing } from '../rules/beslissingen.js';
import { maakEngine } from './index.js';

const gz = 'gelderland-zuid';
/** The rules an engine holds (json-rules-engine keeps them in `rules`; its types do not declare it). */
const regelsVan = (e: Engine): Rule[] => (e as unknown as { rules: Rule[] }).rules;
const namen = (e: Engine) => regelsVan(e).map((r) => r.name);
const definitieRegel = (naam: Beslissing, id: string) => regelsets[naam].regels.find((r) => r.name === id)!;
/** A deep copy of plain data (the regelsets are JSON). */
const kopie = <T>(w: T): T => JSON.parse(JSON.stringify(w)) as T;

describe('maakEngine: the rules in force', () => {
  it('politiemelding on 31 March 2021 has the rule for zorgmeldingen before April 2021, from 1 April the one for overige zorgmeldingen', () => {
    expect(namen(maakEngine('politiemelding', { regio: gz, peildatum: '2021-03-31' }))).toEqual([
      'politiemelding.verward-persoon',
      'politiemelding.verward-persoon-farent',
      'politiemelding.huiselijk-geweld-of-kindermishandeling',
      'politiemelding.zorgmelding-voor-april-2021',
    ]);
    expect(namen(maakEngine('politiemelding', { regio: gz, peildatum: '2021-04-01' }))).toEqual([
      'politiemelding.verward-persoon',
      'politiemelding.verward-persoon-farent',
      'politiemelding.huiselijk-geweld-of-kindermishandeling',
      'politiemelding.overige-zorgmelding',
    ]);
  });

  it('running the same facts on either side of 1 April 2021 fires the rule of that day, with the definition’s event', async () => {
    const feiten = { betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false };
    const voor = await maakEngine('politiemelding', { regio: gz, peildatum: '2021-03-31' }).run(feiten);
    const na = await maakEngine('politiemelding', { regio: gz, peildatum: '2021-04-01' }).run(feiten);
    expect(voor.events).toEqual([definitieRegel('politiemelding', 'politiemelding.zorgmelding-voor-april-2021').event]);
    expect(na.events).toEqual([definitieRegel('politiemelding', 'politiemelding.overige-zorgmelding').event]);
    expect([voor.events[0]!.type, voor.events[0]!.params!['regel'], na.events[0]!.type, na.events[0]!.params!['regel']]).toEqual([
      'melding', 'politiemelding.zorgmelding-voor-april-2021', 'overige-zorgmelding', 'politiemelding.overige-zorgmelding',
    ]);
  });

  it('the regional rules are not loaded without a regio (politiemelding has only regional rules, so there is no engine)', () => {
    const fout = vang(() => maakEngine('politiemelding', { peildatum: '2021-04-01' }));
    expect(fout).toBeInstanceOf(InvoerFout);
    expect((fout as InvoerFout).problemen).toHaveLength(1);
  });

  it('a regional decision without a regio names opties.regio (as beslisPolitiemelding does)', () => {
    expect(vang(() => maakEngine('politiemelding', { peildatum: '2021-04-01' }))).toMatchObject({
      problemen: [{ pad: 'opties.regio', melding: 'Deze beslissing (Zorgmelding van de politie) is regionaal: geef opties.regio op (regio’s met afspraken: gelderland-zuid).' }],
    });
  });

  it('a decision without regional rules loads all its rules on 2 June 2025, with or without a regio', () => {
    for (const naam of ['adviesOfMelding', 'ambtshalveMelding', 'monitoring', 'afwegingskader'] as const) {
      // Every rule in force on that day (adviesOfMelding's rule from before the chat ended on 2020-05-31).
      const alle = regelsets[naam].regels.filter((r) => r.event.params.geldigTot === undefined).map((r) => r.name);
      expect(alle.length, naam).toBeGreaterThan(0);
      expect(namen(maakEngine(naam, { peildatum: '2025-06-02' })), naam).toEqual(alle);
      expect(namen(maakEngine(naam, { peildatum: '2025-06-02', regio: gz })), naam).toEqual(alle);
    }
  });

  it('a decision with national and regional rules loads the national ones without a regio, and the region’s own instead where it replaces them', () => {
    const alle = regelsets.vervolg.regels.map((r) => r.name);
    const landelijk = alle.filter((n) => !n.endsWith('-jeugdbeschermingstafel'));
    const gzRegels = alle.filter((n) => n !== 'vervolg.verzoek-onderzoek-raad');
    expect(namen(maakEngine('vervolg', { peildatum: '2025-06-02' }))).toEqual(landelijk);
    expect(namen(maakEngine('vervolg', { peildatum: '2025-06-02', regio: gz }))).toEqual(gzRegels);
    expect(landelijk).toContain('vervolg.verzoek-onderzoek-raad');
    expect(gzRegels).toContain('vervolg.onderzoek-jeugdbeschermingstafel');
  });

  it('every loaded rule has the definition’s name and event: type = the value it decides; params with regel id, uitleg, bronnen', () => {
    for (const naam of Object.keys(beslissingen) as Beslissing[]) {
      const engine = maakEngine(naam, { peildatum: '2025-06-02', regio: gz });
      for (const r of regelsVan(engine)) {
        const def = definitieRegel(naam, r.name);
        expect(r.ruleEvent, r.name).toEqual(def.event);
        expect([r.ruleEvent.type, r.ruleEvent.params!['regel'], r.ruleEvent.params!['uitleg']], r.name).toEqual([
          def.event.params.waarde, r.name, def.event.params.uitleg,
        ]);
      }
    }
  });

  it('a run gives the events of the rules that fire, as the definition has them', async () => {
    const { events } = await maakEngine('vervolg', { peildatum: '2025-06-02' }).run({ beschermingsmaatregelNodig: true });
    expect(events).toEqual([definitieRegel('vervolg', 'vervolg.verzoek-onderzoek-raad').event]);
    expect(events[0]!.type).toBe('verzoek-onderzoek-raad');
    const m = await maakEngine('monitoring', { peildatum: '2025-06-02' }).run({ overdrachtAan: 'gecertificeerde-instelling', overdrachtNa: 'onderzoek' });
    expect(m.events.map((e) => [e.type, e.params!['regel']])).toEqual([['niet-monitoren', 'monitoring.gecertificeerde-instelling']]);
  });
});

describe('maakEngine: fresh copies', () => {
  it('changing the engine’s rules or a run’s event params does not change regelsets, beslissingen or the next engine', async () => {
    const voor = kopie(regelsets);
    const engine = maakEngine('politiemelding', { regio: gz, peildatum: '2025-06-02' });
    const regel = regelsVan(engine).find((r) => r.name === 'politiemelding.verward-persoon')!;
    regel.ruleEvent.params!['uitleg'] = 'X';
    (regel.ruleEvent.params!['bronnen'] as { document: string }[])[0]!.document = 'X';
    expect(engine.removeRule('politiemelding.huiselijk-geweld-of-kindermishandeling')).toBe(true);
    const { events } = await engine.run({ betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false });
    expect(events.map((e) => e.type)).toEqual(['overige-zorgmelding']);
    const params = events[0]!.params as { uitleg: string; bronnen: { document: string }[]; extra: Record<string, unknown> };
    params.uitleg = 'X';
    params.bronnen[0]!.document = 'X';
    params.bronnen.push({ document: 'Y' });
    params.extra['veiligheidsbeoordeling'] = true;

    expect(regelsets).toEqual(voor);
    expect(beslissingen.politiemelding.regels).toEqual(voor.politiemelding.regels);
    const opnieuw = maakEngine('politiemelding', { regio: gz, peildatum: '2025-06-02' });
    expect(namen(opnieuw)).toContain('politiemelding.huiselijk-geweld-of-kindermishandeling');
    for (const r of regelsVan(opnieuw)) expect(r.ruleEvent, r.name).toEqual(definitieRegel('politiemelding', r.name).event);
  });

  it('two engines share no rule object', () => {
    const a = regelsVan(maakEngine('vervolg', { peildatum: '2025-06-02' }));
    const b = regelsVan(maakEngine('vervolg', { peildatum: '2025-06-02' }));
    a.forEach((r, i) => {
      expect(r.ruleEvent.params).not.toBe(b[i]!.ruleEvent.params);
      expect(r.ruleEvent.params).not.toBe(regelsets.vervolg.regels[i]!.event.params);
    });
  });
});

describe('maakEngine: bad input', () => {
  const bekend = 'Bekend: adviesOfMelding, ambtshalveMelding, vervolg, monitoring, afwegingskader, politiemelding, afsluiting, escalatie.';
  it.each([
    ['vervolgg', `Onbekende beslissing 'vervolgg'. Bedoelde u 'vervolg'? ${bekend}`],
    ['Monitoring', `Onbekende beslissing 'Monitoring'. Bedoelde u 'monitoring'? ${bekend}`],
    ['rapportage', `Onbekende beslissing 'rapportage'. ${bekend}`],
    ['toString', `Onbekende beslissing 'toString'. ${bekend}`],
  ])('an unknown beslissing %j', (naam, melding) => {
    const fout = vang(() => maakEngine(naam as Beslissing));
    expect(fout).toBeInstanceOf(InvoerFout);
    expect((fout as InvoerFout).problemen).toMatchObject([{ pad: 'beslissing', melding }]);
  });

  it.each([
    ['2025-02-30', "'2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen."],
    ['2025-2-3', "'2025-2-3' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03)."],
    ['2025-06-02T10:00:00+02:00', "'2025-06-02T10:00:00+02:00' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03)."],
    ['2018-12-31', "Op 2018-12-31 gelden geen regels voor de beslissing 'vervolg'."],
  ])('a bad peildatum %j', (peildatum, melding) => {
    const fout = vang(() => maakEngine('vervolg', { peildatum }));
    expect(fout).toBeInstanceOf(InvoerFout);
    expect((fout as InvoerFout).problemen).toMatchObject([{ pad: 'opties.peildatum', melding }]);
  });

  it('an unknown regio and an unknown option', () => {
    expect(vang(() => maakEngine('vervolg', { regio: 'utrecht' }))).toMatchObject({
      problemen: [{ pad: 'opties.regio', melding: "Onbekende regio 'utrecht'. Bekende regio's: gelderland-zuid." }],
    });
    expect(vang(() => maakEngine('vervolg', { regoi: gz } as never))).toMatchObject({
      problemen: [{ pad: 'opties.regoi', code: 'onbekend-veld', melding: "Onbekende optie 'regoi'. Bedoelde u 'regio'? Bekend zijn: peildatum, regio, kalender, openingskalender." }],
    });
  });
});
