/**
 * Region profiles: which gemeenten belong to a Veilig Thuis region, and the source that says so.
 * A region's own rules (samenwerkingsafspraken) live with the decision they change, marked with
 * `regio` in their params.
 */
import type { Bron } from '../types/bron.js';
import { diepBevroren } from '../types/bevries.js';

export interface Regioprofiel {
  id: string;
  naam: string;
  gemeenten: readonly string[];
  bronnen: Bron[];
}

export const BRON_GZ = 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0';

/** The region profiles this package knows, keyed by id. */
export const regios: Readonly<Record<string, Regioprofiel>> = /* @__PURE__ */ diepBevroren({
  'gelderland-zuid': {
    id: 'gelderland-zuid',
    naam: 'Veilig Thuis Gelderland-Zuid',
    gemeenten: [
      'Berg en Dal', 'Beuningen', 'Buren', 'Culemborg', 'Druten', 'Heumen', 'Maasdriel', 'Mook en Middelaar',
      'Neder-Betuwe', 'Nijmegen', 'Tiel', 'West-Betuwe', 'West Maas en Waal', 'Wijchen', 'Zaltbommel',
    ],
    bronnen: [
      { document: BRON_GZ, vindplaats: 'voorblad en §1, voetnoot 1 (de 14 gemeenten van Gelderland-Zuid en Mook en Middelaar); §5.2' },
    ],
  },
});

/** Whether `naam` is a region of this package (an own key of `regios`: 'toString' is none). */
export const isRegio = (naam: unknown): naam is string => typeof naam === 'string' && Object.hasOwn(regios, naam);
