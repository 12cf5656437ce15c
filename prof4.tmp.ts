import { beslisPolitiemelding } from './src/index.ts';
const r = { regio: 'gelderland-zuid' };
const gem = ['Tiel','Maasdriel','Nijmegen','Zaltbommel'];
for (let k=0;k<3000000;k++) beslisPolitiemelding({ betreftVerwardPersoon: k%3===0, betreftHuiselijkGeweldOfKindermishandeling: k%2===0, gemeente: gem[k%4], ontvangen: '2025-06-02' }, r);
