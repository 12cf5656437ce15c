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

/** A list of one element whose value is `waarde(n)` on its n-th read (1-based). */
function lijstMetGetter(waarde: (n: number) => unknown): unknown[] {
  const lijst: unknown[] = [];
  let n = 0;
  Object.defineProperty(lijst, 0, { enumerable: true, get: () => waarde(++n) });
  return lijst;
}

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

describe('leesOpties: which reads check a nested value', () => {
  it('lets zod judge a value the quick check refused, and accepts it when zod does', () => {
    // Read 1 (the quick check) is no date; read 2 (zod) and read 3 (the calendar) are.
    const lijst = lijstMetGetter((n) => (n === 1 ? 'geen datum' : `2025-12-0${n}`));
    const kalender = maakWerkdagkalender({ extraVrijeDagen: lijst as string[] });
    expect(kalender.isWerkdag('2025-12-03')).toBe(false);
    expect(kalender.isWerkdag('2025-12-02')).toBe(true);
  });

  it('runs the quick check on a value after an option left out (undefined)', () => {
    const lijst = lijstMetGetter((n) => (n === 1 ? 'geen datum' : `2025-12-0${n}`));
    const kalender = maakWerkdagkalender({ beleid: undefined, extraVrijeDagen: lijst } as never);
    expect(kalender.isWerkdag('2025-12-03')).toBe(false);
  });

  it('does not run zod when the quick checks accept everything', () => {
    // Read 1 is the quick check, read 2 the calendar's own: zod never reads the list.
    const lijst = lijstMetGetter((n) => `2025-12-0${n}`);
    const kalender = maakWerkdagkalender({ extraVrijeDagen: lijst as string[] });
    expect(kalender.isWerkdag('2025-12-02')).toBe(false);
    expect(kalender.isWerkdag('2025-12-01')).toBe(true);
    expect(kalender.isWerkdag('2025-12-03')).toBe(true);
  });

  it('runs no quick check after an unknown option: zod reads the value first', () => {
    const lijst = lijstMetGetter((n) => (n === 1 ? 'geen datum' : `2025-12-0${n}`));
    expect(problemenVan(() => maakWerkdagkalender({ onbekend: 1, extraVrijeDagen: lijst } as never))).toEqual([
      { pad: 'onbekend', code: 'onbekend-veld', melding: "Onbekende optie 'onbekend'. Bekend zijn: beleid, extraVrijeDagen." },
      { pad: 'extraVrijeDagen.0', code: 'ongeldige-waarde', melding: "'geen datum' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03)." },
    ]);
  });

  it('passes on an error thrown by a nested getter while zod reads it', () => {
    const fout = new Error('getter');
    const lijst = lijstMetGetter(() => { throw fout; });
    let gegooid: unknown;
    try {
      maakWerkdagkalender({ onbekend: 1, extraVrijeDagen: lijst } as never);
    } catch (e) {
      gegooid = e;
    }
    expect(gegooid).toBe(fout);
  });
});
