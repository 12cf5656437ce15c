/**
 * The web component in a real browser: Debian's Chromium driven by playwright-core, on the example
 * page (examples/beslishulp/) served from 127.0.0.1 with a freshly built bundle. Every step is
 * checked with axe-core; the test writes docs/beslishulp.png.
 */
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startVoorbeeldserver, type Voorbeeldserver } from '../examples/beslishulp/serveer.js';
import { beslisMonitoring, beslisPolitiemelding, beslisVervolg, doorloopAfwegingskader, regios } from '../src/index.js';
import { axeFouten, startChromium } from './chromium.js';

let server: Voorbeeldserver;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startVoorbeeldserver();
  browser = await startChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.sluit();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  const fouten: string[] = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') fouten.push(m.text());
  });
  await page.goto(server.url);
  await page.locator('#afwegingskader form').waitFor();
  // Every besluit event, in order: which element, and its detail.
  await page.evaluate(() => {
    const w = window as unknown as { besluiten: { id: string; detail: unknown }[] };
    w.besluiten = [];
    document.addEventListener('besluit', (e) => w.besluiten.push({ id: (e.target as Element).id, detail: (e as CustomEvent).detail }));
  });
  return async () => {
    expect(fouten).toEqual([]);
    await page.close();
  };
});

const besluiten = (id: string) =>
  page.evaluate((id) => (window as unknown as { besluiten: { id: string; detail: unknown }[] }).besluiten.filter((b) => b.id === id).map((b) => b.detail), id);

/** The text a user reads in the component, line by line (empty lines left out). */
const tekst = async (el: Locator) => (await el.locator('div[lang=nl]').innerText()).split('\n').map((r) => r.trim()).filter(Boolean);
/** The texts of the answers given, as a screen reader reads them (with the hidden part of the Wijzig button). */
const gegeven = async (el: Locator) => (await el.locator('.antwoorden li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
/** The question asked now: its fact (data-feit) and its vraag. */
const vraag = (el: Locator) => el.locator('form').getAttribute('data-feit');
const mogelijk = (el: Locator) => el.locator('.mogelijk li').allInnerTexts();

async function geenAxeFouten(): Promise<void> {
  expect(await axeFouten(page)).toEqual([]);
}

/** Answers the question shown with the option labelled `label` and goes on; then checks the page with axe. */
async function kies(el: Locator, label: string): Promise<void> {
  await el.locator('form').getByLabel(label, { exact: true }).check();
  await el.getByRole('button', { name: 'Volgende' }).click();
  await geenAxeFouten();
}

describe('<hp-beslishulp> in Chromium', () => {
  it('afwegingskader to melden: one question at a time, the outcomes narrowing, the Besluit, the event', async () => {
    const el = page.locator('#afwegingskader');
    await geenAxeFouten();
    expect(await tekst(el)).toEqual([
      'Afwegingskader van de Meldcode (stap 4 en 5)',
      'Blijft het vermoeden van huiselijk geweld en/of kindermishandeling bestaan?',
      'Na signalen in kaart brengen, collegiale consultatie en het gesprek met de betrokkenen. Nee: afsluiten en vastleggen. Deze vraag mag u met Veilig Thuis bespreken.',
      'Ja',
      'Nee',
      'Volgende',
      'Nog mogelijke uitkomsten',
      'Afsluiten en vastleggen',
      'Melden bij Veilig Thuis',
      'Hulp bieden of organiseren',
    ]);
    await kies(el, 'Ja');
    expect(await vraag(el)).toBe('acuteOfStructureleOnveiligheid');
    expect(await el.locator('legend').innerText()).toBe('Is er sprake van (een vermoeden van) acute of structurele onveiligheid?');
    expect(await mogelijk(el)).toEqual(['Melden bij Veilig Thuis', 'Hulp bieden of organiseren']);
    expect(await besluiten('afwegingskader')).toEqual([]);
    await kies(el, 'Ja');

    const b = await el.locator('.besluit').innerText();
    expect(b.split('\n').filter(Boolean).slice(0, 5)).toEqual([
      'Besluit: Melden bij Veilig Thuis',
      'Vragen 3 tot en met 5 samen met Veilig Thuis: ja',
      'Volgende vraag: Ben ik in staat passende hulp te bieden of organiseren? Nu beantwoorden',
      'Redenen',
      'Vraag 2: er is (een vermoeden van) acute of structurele onveiligheid; melden bij Veilig Thuis is dan altijd de norm. De vragen 3 tot en met 5 beantwoordt de professional samen met Veilig Thuis.',
    ]);
    const direct = doorloopAfwegingskader({ vermoeden: true, acuteOfStructureleOnveiligheid: true });
    expect(direct.status).toBe('besloten');
    if (direct.status !== 'besloten') return;
    // Every reden with its uitleg, interpretatie and bronnen; every actie with its uitleg.
    for (const r of direct.redenen) {
      expect(b).toContain(r.uitleg);
      expect(b).toContain(`Interpretatie: ${r.toelichting}`);
      expect(b).toContain(`Bron: ${r.bronnen.map((x) => x.document + (x.vindplaats ? `, ${x.vindplaats}` : '')).join('; ')}`);
    }
    expect(await el.locator('.besluit h4').allInnerTexts()).toEqual(['Redenen', 'Acties']);
    expect(await el.locator('.besluit ol').nth(1).locator('> li > p:first-child').allInnerTexts()).toEqual(direct.acties.map((a) => a.uitleg));
    expect(await besluiten('afwegingskader')).toEqual([direct]);
    expect(await gegeven(el)).toEqual([
      'Blijft het vermoeden van huiselijk geweld en/of kindermishandeling bestaan? Ja Wijzig het antwoord op: Blijft het vermoeden van huiselijk geweld en/of kindermishandeling bestaan?',
      'Is er sprake van (een vermoeden van) acute of structurele onveiligheid? Ja Wijzig het antwoord op: Is er sprake van (een vermoeden van) acute of structurele onveiligheid?',
    ]);
  });

  it('afwegingskader to hulp-bieden, then vraag 5 answered later: hulp-afsluiten', async () => {
    const el = page.locator('#afwegingskader');
    for (const a of ['Ja', 'Nee', 'Ja']) await kies(el, a);
    expect(await vraag(el)).toBe('hulpGeaccepteerd');
    expect(await mogelijk(el)).toEqual(['Melden bij Veilig Thuis', 'Hulp bieden of organiseren']);
    await kies(el, 'Ja');
    expect(await el.locator('#besluit-kop').innerText()).toBe('Besluit: Hulp bieden of organiseren');
    expect(await el.locator('form').count()).toBe(0);
    const antwoorden = { vermoeden: true, acuteOfStructureleOnveiligheid: false, passendeHulpMogelijk: true, hulpGeaccepteerd: true };
    const direct = doorloopAfwegingskader(antwoorden);
    expect(direct).toMatchObject({ status: 'besloten', uitkomst: 'hulp-bieden', volgendeVraag: 'hulpLeidtTotVeiligheid' });
    expect(await besluiten('afwegingskader')).toEqual([direct]);
    expect((await el.locator('.besluit').innerText()).split('\n').filter(Boolean).slice(0, 4)).toEqual([
      'Besluit: Hulp bieden of organiseren',
      'Vragen 3 tot en met 5 samen met Veilig Thuis: nee',
      'Volgende vraag: Leidt deze hulp tot stabiele veiligheid? Nu beantwoorden',
      'Redenen',
    ]);

    await el.getByRole('button', { name: 'Nu beantwoorden' }).click();
    expect(await vraag(el)).toBe('hulpLeidtTotVeiligheid');
    await geenAxeFouten();
    await kies(el, 'Ja');
    expect(await el.locator('#besluit-kop').innerText()).toBe('Besluit: Hulp afsluiten');
    expect((await besluiten('afwegingskader')).at(-1)).toEqual(doorloopAfwegingskader({ ...antwoorden, hulpLeidtTotVeiligheid: true }));
  });

  it('going back and changing an answer', async () => {
    const el = page.locator('#afwegingskader');
    await kies(el, 'Ja');
    // Vorige vraag: the first question again, with its answer chosen.
    await el.getByRole('button', { name: 'Vorige vraag' }).click();
    await geenAxeFouten();
    expect(await vraag(el)).toBe('vermoeden');
    expect(await el.locator('form').getByLabel('Ja', { exact: true }).isChecked()).toBe(true);
    await kies(el, 'Nee');
    expect(await el.locator('#besluit-kop').innerText()).toBe('Besluit: Afsluiten en vastleggen');
    expect(await besluiten('afwegingskader')).toEqual([doorloopAfwegingskader({ vermoeden: false })]);

    // Wijzig in the list of answers: back to Ja, and the next question is asked again.
    await el.getByRole('button', { name: 'Wijzig het antwoord op: Blijft het vermoeden van huiselijk geweld en/of kindermishandeling bestaan?' }).click();
    await geenAxeFouten();
    expect(await vraag(el)).toBe('vermoeden');
    expect(await el.locator('#besluit-kop').count()).toBe(1); // the Besluit stays in view while the answer is being changed
    await kies(el, 'Ja');
    expect(await vraag(el)).toBe('acuteOfStructureleOnveiligheid');
    expect(await el.locator('#besluit-kop').count()).toBe(0);
    expect(await mogelijk(el)).toEqual(['Melden bij Veilig Thuis', 'Hulp bieden of organiseren']);
    // Back to Nee: the same Besluit again, and the host hears of it again.
    await el.getByRole('button', { name: 'Vorige vraag' }).click();
    await kies(el, 'Nee');
    expect(await besluiten('afwegingskader')).toEqual([doorloopAfwegingskader({ vermoeden: false }), doorloopAfwegingskader({ vermoeden: false })]);

    // Opnieuw beginnen: no answers left.
    await el.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    expect(await vraag(el)).toBe('vermoeden');
    expect(await el.locator('.antwoorden').count()).toBe(0);
  });

  it('works with the keyboard only, with a visible focus', async () => {
    const el = page.locator('#afwegingskader');
    const focus = () => el.evaluate((e) => {
      const a = e.shadowRoot!.activeElement as HTMLElement | null;
      return a ? { wat: a.tagName.toLowerCase() + (a.id ? '#' + a.id : ''), tekst: a.textContent?.trim() ?? '', rand: getComputedStyle(a).outlineStyle + ' ' + getComputedStyle(a).outlineWidth } : null;
    });
    await page.keyboard.press('Tab'); // the first radio of the first question
    expect(await focus()).toMatchObject({ wat: 'input', rand: 'solid 3px' });
    await page.keyboard.press('Space'); // Ja
    await page.keyboard.press('Tab');
    expect(await focus()).toEqual({ wat: 'button', tekst: 'Volgende', rand: 'solid 3px' });
    await page.keyboard.press('Enter');
    expect(await vraag(el)).toBe('acuteOfStructureleOnveiligheid');
    expect(await focus()).toMatchObject({ wat: 'input' }); // focus moved to the new question
    await page.keyboard.press('ArrowDown'); // Nee
    await page.keyboard.press('Enter'); // submits the form
    expect(await vraag(el)).toBe('passendeHulpMogelijk');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focus()).toMatchObject({ wat: 'button', tekst: 'Vorige vraag' });
    await page.keyboard.press('Enter');
    expect(await vraag(el)).toBe('acuteOfStructureleOnveiligheid');
    expect(await el.locator('form').getByLabel('Nee', { exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp'); // Ja
    await page.keyboard.press('Enter');
    expect(await focus()).toMatchObject({ wat: 'h3#besluit-kop', tekst: 'Besluit: Melden bij Veilig Thuis' });
    expect(await besluiten('afwegingskader')).toEqual([doorloopAfwegingskader({ vermoeden: true, acuteOfStructureleOnveiligheid: true })]);
  });

  it('vervolg to Voorwaarden & Vervolg with spoed outside kantooruren (the SEZ), and the screenshot', async () => {
    const el = page.locator('#vervolg');
    await el.scrollIntoViewIfNeeded();
    const gevraagd: string[] = [];
    const jaNee: Record<string, string> = {
      aanwijzingenAcuteOfStructureleOnveiligheid: 'Ja',
      beschermingsmaatregelNodig: 'Nee',
      bevestigenOfWeerleggenNodig: 'Nee',
      directbetrokkenenBereidEnInStaat: 'Ja',
      betrokkenHulpverlenerKanEnWil: 'Nee',
      spoedOfCrisis: 'Ja',
    };
    const mogelijkheden: string[][] = [];
    for (;;) {
      const feit = await vraag(el);
      if (feit === 'moment' || feit === null) break;
      gevraagd.push(feit);
      mogelijkheden.push(await mogelijk(el));
      await kies(el, jaNee[feit]!);
    }
    expect(gevraagd).toEqual(Object.keys(jaNee));
    expect(mogelijkheden).toEqual([
      ['Overdracht aan het lokale team', 'Overdracht aan betrokken hulpverlening', 'Voorwaarden & Vervolg', 'Onderzoek', 'Overdracht aan de directbetrokkenen (geen vervolgstappen van Veilig Thuis)'],
      ['Overdracht aan betrokken hulpverlening', 'Voorwaarden & Vervolg', 'Onderzoek'],
      ['Overdracht aan betrokken hulpverlening', 'Voorwaarden & Vervolg', 'Onderzoek'],
      ['Overdracht aan betrokken hulpverlening', 'Voorwaarden & Vervolg', 'Onderzoek'],
      ['Overdracht aan betrokken hulpverlening', 'Voorwaarden & Vervolg'],
      [], // besloten: V&V; spoedOfCrisis completes the acties
    ]);
    // The uitkomst is settled; the moment of the spoed is still needed for the spoedinterventie.
    expect(await el.locator('#besluit-kop').innerText()).toBe('Besluit: Voorwaarden & Vervolg');
    expect((await el.locator('form').innerText()).split('\n').filter(Boolean)).toEqual([
      'De uitkomst staat vast; deze vraag is nog nodig om de acties compleet te maken.',
      'Wanneer werd de spoed of crisis bekend? (datum en tijd, Nederlandse tijd)',
      'Datum en tijd met tijdzone, bijvoorbeeld 2025-04-17T14:30:00+02:00. Bepaalt of Veilig Thuis dezelfde dag gaat (binnen kantooruren) of de SEZ wordt ingezet; de bron zegt niet op welk moment dat wordt beoordeeld, wij nemen het moment waarop de spoed of crisis bekend wordt.',
      'Volgende Vorige vraag',
    ]);
    await geenAxeFouten();
    // An empty field: the form's own Dutch message at the field.
    await el.getByRole('button', { name: 'Volgende' }).click();
    expect(await el.locator('#veldfout').innerText()).toBe('Vul een datum en tijd in.');
    expect(await el.getByLabel('Wanneer werd de spoed of crisis bekend?').getAttribute('aria-invalid')).toBe('true');
    await geenAxeFouten();
    // Thursday 17 April 2025, 20:00 Dutch time (the browser runs in UTC here): outside kantooruren.
    await el.getByLabel('Wanneer werd de spoed of crisis bekend?').fill('2025-04-17T20:00');
    await el.getByRole('button', { name: 'Volgende' }).click();
    await geenAxeFouten();
    expect(await el.locator('form').count()).toBe(0);

    const antwoorden = {
      aanwijzingenAcuteOfStructureleOnveiligheid: true, beschermingsmaatregelNodig: false, bevestigenOfWeerleggenNodig: false,
      directbetrokkenenBereidEnInStaat: true, betrokkenHulpverlenerKanEnWil: false, spoedOfCrisis: true, moment: '2025-04-17T20:00:00+02:00',
    };
    const { moment: _, ...zonderMoment } = antwoorden;
    const { spoedOfCrisis: __, ...zonderSpoed } = zonderMoment;
    const direct = beslisVervolg(antwoorden, { regio: 'gelderland-zuid' });
    expect(direct.status === 'besloten' && direct.acties[0]).toMatchObject({ soort: 'spoedinterventie', wanneer: 'sez' });
    // An event for every new besloten Besluit: settled after vraag 5 (spoed still unknown), with
    // spoed (moment unknown), and complete.
    expect(await besluiten('vervolg')).toEqual([
      beslisVervolg(zonderSpoed, { regio: 'gelderland-zuid' }),
      beslisVervolg(zonderMoment, { regio: 'gelderland-zuid' }),
      direct,
    ]);

    const spoed = el.locator('.besluit ol').nth(1).locator('> li').first();
    expect((await spoed.innerText()).split('\n').filter(Boolean)).toEqual([
      'Spoed en crisis buiten kantooruren: de SEZ wordt ingezet. Indien nodig zet Veilig Thuis Ambulante Spoedhulp in en geeft het lokale team achteraf een beschikking af; Veilig Thuis stemt deze interventie af met het lokale team.',
      'Wanneer: de SEZ wordt ingezet (buiten kantooruren)',
      'Interpretatie: De bron noemt kantooruren zonder tijden; wij lezen ze als de kantoortijden van 9 tot 17 uur uit §8.4 (bereikbaarheid voor de overdracht), op een dag dat de organisatie open is (de openingskalender).',
      expect.stringMatching(/^Bron: /),
    ]);
    expect((await gegeven(el)).at(-1)).toBe(
      'Wanneer werd de spoed of crisis bekend? donderdag 17 april 2025 om 20:00 Wijzig het antwoord op: Wanneer werd de spoed of crisis bekend?',
    );

    await el.locator('h2').evaluate((h) => {
      h.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -24);
    });
    await page.screenshot({ path: resolve(import.meta.dirname, '../docs/beslishulp.png') });

    // Changing the moment to 14:30 the same day: within kantooruren, the same day.
    await el.getByRole('button', { name: 'Wijzig het antwoord op: Wanneer werd de spoed of crisis bekend?' }).click();
    expect(await el.getByLabel('Wanneer werd de spoed of crisis bekend?').inputValue()).toBe('2025-04-17T20:00');
    await el.getByLabel('Wanneer werd de spoed of crisis bekend?').fill('2025-04-17T14:30');
    await el.getByRole('button', { name: 'Volgende' }).click();
    expect(await spoed.locator('dd').first().innerText()).toBe('dezelfde dag (binnen kantooruren)');
    expect((await besluiten('vervolg')).at(-1)).toEqual(beslisVervolg({ ...antwoorden, moment: '2025-04-17T14:30:00+02:00' }, { regio: 'gelderland-zuid' }));
  });

  it('monitoring: a prefilled answer, an InvoerFout shown at its field in Dutch, the momenten', async () => {
    const el = page.locator('#monitoring');
    // voorbeeld.js prefilled overdrachtNa (the property antwoorden).
    expect(await gegeven(el)).toEqual([
      'Na welke dienst van Veilig Thuis is overgedragen? Na onderzoek Wijzig het antwoord op: Na welke dienst van Veilig Thuis is overgedragen?',
    ]);
    expect(await vraag(el)).toBe('overdrachtAan');
    await kies(el, 'Het lokale team');
    expect(await el.locator('legend').innerText()).toBe('Heeft het onderzoek het vermoeden weerlegd?');
    await kies(el, 'Nee');
    expect(await vraag(el)).toBe('overdrachtsdatum');
    // A date the package does not know: the decision's InvoerFout, at the field, never a stack trace.
    const datum = el.getByLabel('Op welke datum is de casus overgedragen?');
    await datum.fill('1800-03-31');
    await el.getByRole('button', { name: 'Volgende' }).click();
    expect(await el.locator('#veldfout').innerText()).toBe("De datum '1800-03-31' valt in het jaar 1800, buiten wat dit pakket kent (1990 tot en met 2200).");
    expect(await datum.getAttribute('aria-invalid')).toBe('true');
    expect(await el.locator('.fout').count()).toBe(1);
    await geenAxeFouten();
    await datum.fill('2025-03-31');
    await el.getByRole('button', { name: 'Volgende' }).click();
    await geenAxeFouten();
    expect(await el.locator('#besluit-kop').innerText()).toBe('Besluit: Monitoren');
    const direct = beslisMonitoring({ overdrachtNa: 'onderzoek', overdrachtAan: 'lokaal-team', vermoedenWeerlegd: false, overdrachtsdatum: '2025-03-31' });
    expect(direct).toMatchObject({ status: 'besloten', momenten: ['2025-06-30', '2026-03-31'] });
    expect((await besluiten('monitoring')).at(-1)).toEqual(direct);
    expect(await el.locator('.besluit > dl').innerText()).toBe('Monitoren verplicht: ja\nMonitoringmomenten: maandag 30 juni 2025; dinsdag 31 maart 2026');
  });

  it('politiemelding: the gemeente from the region’s list, a date with an optional time', async () => {
    await page.evaluate(() => {
      for (const id of ['pm1', 'pm2']) {
        const el = document.createElement('hp-beslishulp');
        el.id = id;
        el.setAttribute('beslissing', 'politiemelding');
        el.setAttribute('regio', 'gelderland-zuid');
        document.querySelector('main')!.append(el);
      }
    });
    const opties = { regio: 'gelderland-zuid' };
    const pm1 = page.locator('#pm1');
    await kies(pm1, 'Ja');
    const gemeente = pm1.getByLabel('In welke gemeente woont het huishouden?');
    expect(await gemeente.locator('option').allInnerTexts()).toEqual(['Kies een gemeente', ...regios['gelderland-zuid']!.gemeenten]);
    await gemeente.selectOption('Nijmegen');
    await pm1.getByRole('button', { name: 'Volgende' }).click();
    await geenAxeFouten();
    expect(await pm1.locator('#besluit-kop').innerText()).toBe('Besluit: Doorzetten naar GGD Bijzondere Zorg');
    expect(await besluiten('pm1')).toEqual([beslisPolitiemelding({ betreftVerwardPersoon: true, gemeente: 'Nijmegen' }, opties)]);

    const pm2 = page.locator('#pm2');
    await kies(pm2, 'Nee');
    await kies(pm2, 'Ja');
    await pm2.getByLabel('Wanneer is de politiemelding ontvangen?').fill('2025-04-17');
    await pm2.getByLabel('Tijd (niet verplicht, Nederlandse tijd)').fill('23:30');
    await pm2.getByRole('button', { name: 'Volgende' }).click();
    await geenAxeFouten();
    const antwoorden = { betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: true, ontvangen: '2025-04-17T23:30:00+02:00' };
    // Settled before ontvangen was known (which completes the acties), and complete.
    const { ontvangen: _, ...zonderOntvangen } = antwoorden;
    expect(await besluiten('pm2')).toEqual([beslisPolitiemelding(zonderOntvangen, opties), beslisPolitiemelding(antwoorden, opties)]);
    expect((await gegeven(pm2)).at(-1)).toBe('Wanneer is de politiemelding ontvangen? donderdag 17 april 2025 om 23:30 Wijzig het antwoord op: Wanneer is de politiemelding ontvangen?');
    // Changing it to a date alone.
    await pm2.getByRole('button', { name: 'Wijzig het antwoord op: Wanneer is de politiemelding ontvangen?' }).click();
    expect(await pm2.getByLabel('Tijd (niet verplicht, Nederlandse tijd)').inputValue()).toBe('23:30');
    await pm2.getByLabel('Tijd (niet verplicht, Nederlandse tijd)').fill('');
    await pm2.getByRole('button', { name: 'Volgende' }).click();
    expect((await besluiten('pm2')).at(-1)).toEqual(beslisPolitiemelding({ ...antwoorden, ontvangen: '2025-04-17' }, opties));
  });

  it('a wrong attribute is explained in Dutch', async () => {
    await page.evaluate(() => {
      const el = document.createElement('hp-beslishulp');
      el.id = 'fout';
      el.setAttribute('beslissing', 'bestaatniet');
      document.querySelector('main')!.append(el);
      const el2 = document.createElement('hp-beslishulp');
      el2.id = 'regio';
      el2.setAttribute('beslissing', 'vervolg');
      el2.setAttribute('regio', 'atlantis');
      document.querySelector('main')!.append(el2);
    });
    expect(await tekst(page.locator('#fout'))).toEqual([
      "Onbekende beslissing 'bestaatniet'. Kies voor het attribuut beslissing een van: adviesOfMelding, ambtshalveMelding, vervolg, monitoring, afwegingskader, politiemelding, afsluiting, escalatie.",
    ]);
    expect(await page.locator('#regio .fout').innerText()).toBe("De beslishulp is niet goed ingesteld: Onbekende regio 'atlantis'. Bekende regio's: gelderland-zuid.");
  });
});
