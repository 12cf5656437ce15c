// Runs one benchmark by name: `npx tsx bench/los.ts beslissingen`.
const naam = process.argv[2] ?? '';
const modules: Record<string, () => Promise<{ bench: () => Promise<void> }>> = {
  pakket: () => import('./pakket.js'),
  werkdagen: () => import('./werkdagen.js'),
  beslissingen: () => import('./beslissingen.js'),
  scenarios: () => import('./scenarios.js'),
};
if (!Object.hasOwn(modules, naam)) {
  console.error(`Onbekende benchmark '${naam}'. Bekend: ${Object.keys(modules).join(', ')}.`);
  process.exit(2);
}
await (await modules[naam]!()).bench();
export {};
