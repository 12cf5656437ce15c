import { describe, expect, it } from 'vitest';
import { beslissingen, termijnVeiligheidsbeoordeling } from '../index.js';
import { antwoordTekst, bronnenHtml, esc, veldenHtml } from './weergave.js';

describe('how the beslishulp shows a Besluit', () => {
  it('escapes every value', () => {
    expect(esc(`<b onclick="x">'&'</b>`)).toBe('&#60;b onclick=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/b&#62;');
    expect(bronnenHtml([{ document: 'A <b>', vindplaats: '§1' }, { document: 'B' }])).toBe('<p class="bron">Bron: A &#60;b&#62;, §1; B</p>');
    expect(bronnenHtml([])).toBe('');
  });

  it('shows the fields it knows, in a fixed order, in Dutch; a termijn with the days it skipped', () => {
    const termijn = termijnVeiligheidsbeoordeling('2025-04-17');
    expect(veldenHtml({ soort: 'x', interpretatie: 'Zo gelezen.', wanneer: 'sez', uiterlijk: '2025-04-28', door: 'veilig-thuis', termijn })).toBe(
      '<dl><div><dt>Uiterlijk:</dt> <dd>maandag 28 april 2025</dd></div><div><dt>Wanneer:</dt> <dd>de SEZ wordt ingezet (buiten kantooruren)</dd></div>' +
        '<div><dt>Interpretatie:</dt> <dd>Zo gelezen.</dd></div></dl>' +
        '<p>Termijn: uiterlijk maandag 28 april 2025. Overgeslagen dagen: vrijdag 18 april 2025 (Goede Vrijdag); zaterdag 19 april 2025 (zaterdag); ' +
        'zondag 20 april 2025 (zondag); maandag 21 april 2025 (Tweede Paasdag); zaterdag 26 april 2025 (zaterdag); zondag 27 april 2025 (zondag).</p>',
    );
    // A Termijn itself (its fields on the object), and one that skipped nothing.
    expect(veldenHtml({ ...termijnVeiligheidsbeoordeling('2025-04-01'), bronnen: [] })).toBe(
      '<dl><div><dt>Uiterlijk:</dt> <dd>dinsdag 8 april 2025</dd></div></dl><p>Termijn: uiterlijk dinsdag 8 april 2025. Overgeslagen dagen: zaterdag 5 april 2025 (zaterdag); zondag 6 april 2025 (zondag).</p>',
    );
    expect(veldenHtml({ overgeslagen: [] })).toBe('<p>Termijn. Geen dagen overgeslagen.</p>');
    expect(veldenHtml({ verplicht: true, momenten: ['2025-06-30', '2026-03-31'], samenMetVeiligThuis: false })).toBe(
      '<dl><div><dt>Monitoren verplicht:</dt> <dd>ja</dd></div><div><dt>Monitoringmomenten:</dt> <dd>maandag 30 juni 2025; dinsdag 31 maart 2026</dd></div>' +
        '<div><dt>Vragen 3 tot en met 5 samen met Veilig Thuis:</dt> <dd>nee</dd></div></dl>',
    );
    expect(veldenHtml({ momenten: [], wie: 'iemand' })).toBe('');
  });

  it('shows an answer as the user chose it', () => {
    const { monitoring, vervolg, afwegingskader } = beslissingen;
    expect(antwoordTekst(afwegingskader.feiten.vermoeden, false)).toBe('Nee');
    expect(antwoordTekst(monitoring.feiten.overdrachtNa, 'voorwaarden-en-vervolg')).toBe('Na Voorwaarden & Vervolg');
    expect(antwoordTekst(vervolg.feiten.moment, '2025-04-17T20:00:00+02:00')).toBe('donderdag 17 april 2025 om 20:00');
    expect(antwoordTekst(vervolg.feiten.ontvangen, '2025-04-17')).toBe('donderdag 17 april 2025');
    expect(antwoordTekst(monitoring.feiten.overdrachtsdatum, '2025-03-31')).toBe('maandag 31 maart 2025');
    expect(antwoordTekst(monitoring.feiten.gegrondeRedenGeenMonitoring, 'Gezin verhuisd')).toBe('Gezin verhuisd');
  });
});
