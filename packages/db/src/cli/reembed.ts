import { parseArgs } from 'node:util';
import { EXIT_CODES, exitWith } from '@scentence/api/config';
import { openCatalogDatabase, SystemRunningError } from './catalogDatabase';
import { chooseEmbedder, EMBEDDER_CHOICES, EmbedderChoiceError } from './embedderChoice';
import { loadCliEnv } from './env';
import { createProgress } from './progress';
import { DEFAULT_REEMBED_BATCH, reembedCatalog } from './reembedCatalog';

const USAGE = [
  '사용법 / usage: npm run reembed -- [--model local|openai] [--batch 200]',
  `  --model  ${EMBEDDER_CHOICES.join(' | ')} (default: openai when OPENAI_API_KEY is set, else local)`,
  '  --batch  perfumes per page (default 200)',
].join('\n');

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length > 0) exitWith(USAGE, EXIT_CODES.usage);
  const batchSize = values.batch === undefined ? DEFAULT_REEMBED_BATCH : Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5_000) {
    exitWith(
      `--batch는 1..5000 사이의 정수여야 합니다. / --batch must be a whole number from 1 to 5000.`,
      EXIT_CODES.usage,
    );
  }
  const env = loadCliEnv();
  let embedder: ReturnType<typeof chooseEmbedder>;
  try {
    embedder = chooseEmbedder(env, values.model);
  } catch (error) {
    if (error instanceof EmbedderChoiceError) exitWith(`${error.message}\n${USAGE}`, EXIT_CODES.usage);
    throw error;
  }
  let opened: Awaited<ReturnType<typeof openCatalogDatabase>>;
  try {
    opened = await openCatalogDatabase(env);
  } catch (error) {
    if (error instanceof SystemRunningError) exitWith(error.message, EXIT_CODES.busy);
    throw error;
  }
  const started = performance.now();
  const progress = createProgress(process.stdout, `reembed ${embedder.model}`);
  try {
    const count = await reembedCatalog(opened.databases.get('perfume'), embedder, {
      batchSize,
      rebuildVectorIndex: opened.embedded,
      onProgress: (done, total) => progress.update(done, total),
      onIndexBuild: () => {
        progress.finish();
        console.log('building the vector index…');
      },
    });
    progress.finish();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Re-embedded ${count.toLocaleString('en-US')} perfumes with ${embedder.model} in ${seconds.toFixed(1)} s`,
    );
  } catch (error) {
    progress.finish();
    console.error(`다시 임베딩하지 못했습니다 / re-embedding failed: ${(error as Error).message}`);
    process.exitCode = EXIT_CODES.failure;
  } finally {
    await opened.databases.close();
  }
}

await main();
