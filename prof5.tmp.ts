import { beslisOpNaam } from './src/rules/beslissingen.ts';
import { beslissingen } from './src/index.ts';
import { selecteer, alleInvoer } from './src/rules/_lib/evaluatie.ts';
const sel = selecteer(beslissingen.politiemelding, { peildatum: 20241, regio: 'gelderland-zuid' }, 'p');
const inv = [...alleInvoer(sel)].map((f) => ({ ...f, ontvangen: '2025-06-02' }));
const o = { peildatum: '2025-06-02', regio: 'gelderland-zuid' };
function t(naam: string, f: (i: number) => unknown, n = 1000000) { for (let k=0;k<50000;k++) f(k); const b=performance.now(); for (let k=0;k<n;k++) f(k); console.log(naam, ((performance.now()-b)/n*1000).toFixed(3), 'µs'); }
t('bench-mix', (k) => beslisOpNaam('politiemelding', inv[k % inv.length], o));
t('bench-mix zonder peildatum', (k) => beslisOpNaam('politiemelding', inv[k % inv.length], { regio: 'gelderland-zuid' }));
console.log(Object.keys(inv[0]));
