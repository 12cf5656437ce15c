// npm run bench: every benchmark, one line per figure (BENCH name value unit / RATIO name value).
import { bench as pakket } from './pakket.js';
import { bench as werkdagen } from './werkdagen.js';
import { bench as beslissingen } from './beslissingen.js';
import { bench as scenarios } from './scenarios.js';
import { bench as beslishulp } from './beslishulp.js';

for (const b of [pakket, werkdagen, beslissingen, scenarios, beslishulp]) await b();
