import { beslisOpNaam, type Beslissing } from './src/rules/beslissingen.ts';
import { beslissingen } from './src/index.ts';
import { selecteer, alleInvoer } from './src/rules/_lib/evaluatie.ts';
for (const naam of Object.keys(beslissingen) as Beslissing[]) {
  const d: any = beslissingen[naam];
  const sel = selecteer(d, { peildatum: 20241, regio: 'gelderland-zuid' }, 'p');
  const inv = [...alleInvoer(sel)].map((f: any) => { const x: any = { ...f }; delete x.gegrondeRedenVastgelegd; if (x.hulpLeidtTotVeiligheid === null) delete x.hulpLeidtTotVeiligheid; if (naam === 'politiemelding') x.ontvangen = '2025-06-02'; return x; });
  const o = { peildatum: '2025-06-02', ...(naam === 'politiemelding' ? { regio: 'gelderland-zuid' } : {}) };
  const n = naam === 'politiemelding' ? 3000000 : 300000;
  const b = performance.now();
  for (let k = 0; k < n; k++) beslisOpNaam(naam, inv[k % inv.length], o);
  console.log(naam, ((performance.now() - b) / n * 1000).toFixed(3));
}
