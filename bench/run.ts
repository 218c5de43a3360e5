/**
 * `npm run bench [-- name …]`: runs the benchmarks (all, or the named ones) one after another and
 * prints each figure beside a baseline measured in the same run.
 */
import { run as catalog } from './catalog.bench';
import { run as catalogLoad } from './catalogLoad.bench';
import { run as chat } from './chat.bench';
import { run as chatModel } from './chatModel.bench';
import { run as importing } from './import.bench';
import { run as layering } from './layering.bench';
import { run as map } from './map.bench';
import { run as mapDrawing } from './mapDrawing.bench';
import { run as search } from './search.bench';
import { run as systemLoad } from './systemLoad.bench';
import { run as wardrobe } from './wardrobe.bench';

const benchmarks: Record<string, () => Promise<string[]>> = {
  search,
  import: importing,
  catalog,
  'catalog-load': catalogLoad,
  wardrobe,
  map,
  'map-drawing': mapDrawing,
  layering,
  chat,
  'chat-model': chatModel,
  'system-load': systemLoad,
};

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
for (const [name, bench] of Object.entries(benchmarks)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n## ${name}`);
  for (const line of await bench()) console.log(line);
}
