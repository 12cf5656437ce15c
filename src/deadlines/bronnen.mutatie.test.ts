import { describe, expect, it } from 'vitest';
import type { Bron } from '../types/bron.js';
import { BRON, kopieBron } from './bronnen.js';

describe('kopieBron', () => {
  it('copies document and url of a source with a url', () => {
    const b: Bron = { document: 'd', url: 'https://example.org/' };
    const k = kopieBron(b);
    expect(k).not.toBe(b);
    expect(Object.entries(k)).toEqual([['document', 'd'], ['url', 'https://example.org/']]);
  });

  it('copies only document and vindplaats of a source without a url', () => {
    const k = kopieBron({ document: 'd', vindplaats: 'v', url: undefined, extra: 1 } as unknown as Bron);
    expect(Object.entries(k)).toEqual([['document', 'd'], ['vindplaats', 'v']]);
  });

  it('gives a source without vindplaats no vindplaats key', () => {
    expect(Object.entries(kopieBron(BRON.dateHolidays))).toEqual([['document', 'date-holidays (npm), feestdagen van type "public" voor NL']]);
    expect(Object.entries(kopieBron({ document: 'd', vindplaats: undefined } as unknown as Bron))).toEqual([['document', 'd']]);
  });
});
