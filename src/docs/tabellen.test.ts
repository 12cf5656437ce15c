import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { beslissingDocument, beslissingDocumenten } from './tabellen.js';
import { beslissingen as definities } from '../rules/beslissingen.js';

describe('docs/beslissingen', () => {
  it('the committed documents are up to date (run `npm run docs` after changing a rule)', () => {
    const documenten = beslissingDocumenten();
    expect(readdirSync('docs/beslissingen').sort()).toEqual(Object.keys(documenten).sort());
    for (const [naam, tekst] of Object.entries(documenten)) {
      expect(readFileSync(`docs/beslissingen/${naam}`, 'utf8'), `docs/beslissingen/${naam} is verouderd: voer npm run docs uit`).toBe(tekst);
    }
  });

  it('the table has one row per way a rule fires, with "—" where a fact does not matter', () => {
    const tekst = beslissingDocument(definities.vervolg);
    expect(tekst).toContain('| — | — | ja | — | — | — | — | **verzoek-onderzoek-raad** | `vervolg.verzoek-onderzoek-raad` |');
    expect(tekst).toContain('| nee | nee | nee | — | — | — | nee | **geen-vervolgstappen** | `vervolg.geen-vervolgstappen` |');
    expect(tekst).toContain('```mermaid\nflowchart LR');
    for (const r of definities.vervolg.regels) expect(tekst).toContain(`### \`${r.name}\``);
  });

  it('regional and dated rules show their validity', () => {
    const tekst = beslissingDocument(definities.politiemelding);
    expect(tekst).toContain('| nee | — | — | **melding** | `politiemelding.zorgmelding-voor-april-2021` | 2019-07-01 t/m 2021-03-31 (gelderland-zuid) |');
    expect(tekst).toContain('| ja | — | alle behalve Maasdriel, Zaltbommel | **bijzondere-zorg** |');
  });
});
