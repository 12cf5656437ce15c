import { beslisVervolg } from './src/index.ts';
import { beslissingen } from './src/rules/beslissingen.ts';
import { isZekerGeldig } from './src/rules/_lib/schema.ts';
import { selecteer, evalueer } from './src/rules/_lib/evaluatie.ts';
const i = { spoedOfCrisis: false, beschermingsmaatregelNodig: false, aanwijzingenAcuteOfStructureleOnveiligheid: true, multiproblematiek: false, bevestigenOfWeerleggenNodig: false, directbetrokkenenBereidEnInStaat: true, betrokkenHulpverlenerKanEnWil: false, hulpOfOndersteuningNodig: true };
const d = beslissingen.vervolg;
function t(naam: string, f: () => unknown, n = 500000) { for (let k=0;k<50000;k++) f(); const b=performance.now(); for (let k=0;k<n;k++) f(); console.log(naam, ((performance.now()-b)/n*1000).toFixed(3), 'µs'); }
const g = isZekerGeldig(d);
t('zekerGeldig', () => g(i));
t('selecteer', () => selecteer(d, { peildatum: 20240 }, 'p'));
const sel = selecteer(d, { peildatum: 20240 }, 'p');
t('evalueer', () => evalueer(sel, i as never));
t('beslis', () => beslisVervolg(i, { peildatum: '2025-06-02' }));
