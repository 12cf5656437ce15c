/**
 * The options reader (opties.ts) through the public functions: the exact InvoerFout for options
 * that are no plain object, the limits on hints and problems, and which reads the quick checks
 * and zod make of an option's nested values (a getter inside a list shows which read was used).
 */
import { describe, expect, it } from 'vitest';
import { InvoerFout, maakWerkdagkalender, termijnVervolgdienst } from '../index.js';

/** The problems of the InvoerFout `f` throws (fails when it throws anything else or nothing). */
function problemenVan(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    if (e instanceof InvoerFout) return e.problemen;
    throw e;
  }
  throw new Error('no InvoerFout thrown');
}

const vervolg = (opties: unknown) => problemenVan(() => termijnVervolgdienst('2025-03-03', opties as never));
const erft = 'Verwacht een gewoon object met opties, maar kreeg een object dat velden erft (alleen eigen velden tellen als opties).';

describe('leesOpties: options that are no plain object', () => {
  it('names a number', () => {
    expect(vervolg(5)).toEqual([{ pad: 'opties', code: 'verkeerd-type', melding: 'Verwacht een object met opties, maar kreeg het getal 5.' }]);
  });

  it('names a list', () => {
    expect(vervolg([])).toEqual([{ pad: 'opties', code: 'verkeerd-type', melding: 'Verwacht een object met opties, maar kreeg een lijst.' }]);
  });

  it('names the class of an instance', () => {
    expect(vervolg(new Map())).toEqual([{ pad: 'opties', code: 'verkeerd-type', melding: 'Verwacht een gewoon object met opties, maar kreeg een Map.' }]);
  });

  it('says "inherits" for an object whose prototype has no constructor', () => {
    expect(vervolg(Object.create(Object.create(null)))).toEqual([{ pad: 'opties', code: 'verkeerd-type', melding: erft }]);
  });

  it('says "inherits" when the constructor is Object, or its name is empty or no string', () => {
    expect(vervolg(Object.create({}))).toEqual([{ pad: 'opties', code: 'verkeerd-type', melding: erft }]);
    expect(vervolg(Object.create({ constructor: { name: '' } }))).toEqual([{ pad: 'opties', code: 'verkeerd-type', melding: erft }]);
    expect(vervolg(Object.create({ constructor: { name: 42 } }))).toEqual([{ pad: 'opties', code: 'verkeerd-type', melding: erft }]);
  });

  it('gives an InvoerFout for a proxy that throws when its keys are read', () => {
    const p = new Proxy({}, { ownKeys: () => { throw new Error('nee'); } });
    expect(vervolg(p)).toEqual([{ pad: 'opties', code: 'ongeldige-waarde', melding: 'De opties konden niet worden gelezen.' }]);
  });
});

describe('leesOpties: unknown options', () => {
  const bekend = 'Bekend zijn: kalender, atwVerlenging, vanaf.';

  it('gives "Bedoelde u" for the first five unknown options only', () => {
    const opties = { kalendr: 1, kalende: 1, kalnder: 1, kalenderr: 1, kalendar: 1, kallender: 1 };
    expect(vervolg(opties)).toEqual([
      ...['kalendr', 'kalende', 'kalnder', 'kalenderr', 'kalendar'].map((k) => ({
        pad: `opties.${k}`, code: 'onbekend-veld', melding: `Onbekende optie '${k}'. Bedoelde u 'kalender'? ${bekend}`,
      })),
      { pad: 'opties.kallender', code: 'onbekend-veld', melding: `Onbekende optie 'kallender'. ${bekend}` },
    ]);
  });

  const onbekend = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i + 1}`, 1]));
  const getoond = Array.from({ length: 20 }, (_, i) => ({
    pad: `opties.q${i + 1}`, code: 'onbekend-veld', melding: `Onbekende optie 'q${i + 1}'. ${bekend}`,
  }));

  it('lists 20 problems and counts one more as "1 meer probleem"', () => {
    expect(vervolg(onbekend(21))).toEqual([
      ...getoond,
      { pad: 'opties', code: 'meer-problemen', melding: '… en 1 meer probleem (niet getoond).' },
    ]);
  });

  it('counts two more as "2 meer problemen"', () => {
    expect(vervolg(onbekend(22))).toEqual([
      ...getoond,
      { pad: 'opties', code: 'meer-problemen', melding: '… en 2 meer problemen (niet getoond).' },
    ]);
  });
});

describe('leesOpties: a list is read once, element by element: the value checked is the value used', () => {
  /** A list of one element whose value is `waarde(n)` on its n-th read (1-based), and how often it was read. */
  function geteld(waarde: (n: number) => unknown): { lijst: unknown[]; gelezen: () => number } {
    let n = 0;
    const lijst: unknown[] = [];
    Object.defineProperty(lijst, 0, { enumerable: true, get: () => waarde(++n) });
    return { lijst, gelezen: () => n };
  }
  const geenDatum = [{ pad: 'extraVrijeDagen.0', code: 'ongeldige-waarde', melding: "'geen datum' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03)." }];

  it('a value refused on its first read stays refused, whatever later reads would give', () => {
    const { lijst, gelezen } = geteld((n) => (n === 1 ? 'geen datum' : `2025-12-0${n}`));
    expect(problemenVan(() => maakWerkdagkalender({ extraVrijeDagen: lijst as string[] }))).toEqual(geenDatum);
    expect(gelezen()).toBe(1);
    // Also after an option left out (undefined), and after an unknown option (no quick check at all).
    expect(problemenVan(() => maakWerkdagkalender({ beleid: undefined, extraVrijeDagen: geteld((n) => (n === 1 ? 'geen datum' : '2025-12-02')).lijst } as never))).toEqual(geenDatum);
    expect(problemenVan(() => maakWerkdagkalender({ onbekend: 1, extraVrijeDagen: geteld((n) => (n === 1 ? 'geen datum' : '2025-12-02')).lijst } as never))).toEqual([
      { pad: 'onbekend', code: 'onbekend-veld', melding: "Onbekende optie 'onbekend'. Bekend zijn: beleid, extraVrijeDagen." },
      ...geenDatum,
    ]);
  });

  it('a value accepted on its first read is the one the calendar uses', () => {
    const { lijst, gelezen } = geteld((n) => `2025-12-0${n}`);
    const kalender = maakWerkdagkalender({ extraVrijeDagen: lijst as string[] });
    expect([kalender.isWerkdag('2025-12-01'), kalender.isWerkdag('2025-12-02')]).toEqual([false, true]);
    expect(gelezen()).toBe(1);
  });

  it('a getter that throws in a list is an InvoerFout; a list too long to copy is refused for its length, unread', () => {
    const nietTeLezen = [{ pad: '', code: 'ongeldige-waarde', melding: 'De opties konden niet worden gelezen.' }];
    const { lijst } = geteld(() => {
      throw new Error('getter');
    });
    expect(problemenVan(() => maakWerkdagkalender({ extraVrijeDagen: lijst } as never))).toEqual(nietTeLezen);
    // A list longer than any option takes is not copied: its length alone refuses it.
    const lang = new Array<string>(100_001).fill('2025-12-24');
    Object.defineProperty(lang, 5, { enumerable: true, get: () => { throw new Error('getter'); } });
    expect(problemenVan(() => maakWerkdagkalender({ extraVrijeDagen: lang }))).toEqual([
      { pad: 'extraVrijeDagen', code: 'ongeldige-waarde', melding: 'Te veel extra vrije dagen (100001); een kalender neemt er hoogstens 77226.' },
    ]);
  });
});
