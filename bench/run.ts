// npm run bench: every benchmark, one line per figure (BENCH name value unit / RATIO name value).
import { bench as pakket } from './pakket.js';
import { bench as werkdagen } from './werkdagen.js';
import { bench as beslissingen } from './beslissingen.js';
import { bench as scenarios } from './scenarios.js';
import { bench as beslishulp } from './beslishulp.js';
import { bench as rapportage } from './rapportage.js';

for (const b of [pakket, werkdagen, beslissingen, scenarios, beslishulp, rapportage]) await b();
