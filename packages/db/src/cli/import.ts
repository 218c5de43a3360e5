import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT_CODES, exitWith } from '@scentence/api/config';
import type { Databases } from '../connections';
import { UnknownFormatError } from '../import/adapters/registry';
import { formatBrandMergeReport, formatMovedReferences } from '../import/brandMergeSummary';
import { DEFAULT_BATCH_SIZE, dryRunSummary, parseCatalog, writeParsedCatalog } from '../import/importCatalog';
import { formatImportSummary } from '../import/importSummary';
import { movePerfumeReferences } from '../repositories/perfumeReferenceMoves';
import { createPerfumeRepository } from '../repositories/perfumeRepository';
import { openCatalogDatabase, RecomDatabaseMissingError, SystemRunningError } from './catalogDatabase';
import { chooseEmbedder, EmbedderChoiceError } from './embedderChoice';
import { type CliEnv, loadCliEnv } from './env';
import { createProgress } from './progress';

const USAGE = [
  '사용법 / usage: npm run import -- <file> [--batch 500] [--dry-run] [--merge-brands]',
  '               npm run import -- --merge-brands',
  '  <file>          Scentence TSV, Fragrantica CSV or Fragrantica JSON (the format is detected)',
  '  --batch         perfumes per transaction (default 500)',
  '  --dry-run       read and validate only; nothing is opened or written',
  '  --merge-brands  then fold brand rows that name one house ("Christian Dior" / "Dior") into one',
].join('\n');

function batchSizeOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BATCH_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 10_000) {
    exitWith(
      `--batch는 1..10000 사이의 정수여야 합니다. / --batch must be a whole number from 1 to 10000, not "${value}".`,
      EXIT_CODES.usage,
    );
  }
  return size;
}

/**
 * Folds split houses in perfume_db (one transaction, committed first), then moves members'
 * references in recom_db to the perfumes it kept (a second one). When the move fails the catalog
 * stays merged and running again finds nothing to merge, so the error names the moves left to make.
 */
async function mergeAndReport(databases: Databases): Promise<void> {
  const perfumes = createPerfumeRepository(databases.get('perfume'));
  const report = await perfumes.mergeDuplicateBrands();
  if (report.merges.length + report.renamed.length > 0) await perfumes.optimize();
  for (const line of formatBrandMergeReport(report)) console.log(line);
  const moves = report.merges.flatMap((merge) =>
    merge.collisions.map((collision) => ({ from: collision.removedId, to: collision.keptId })),
  );
  if (moves.length === 0) return;
  try {
    console.log(formatMovedReferences(await movePerfumeReferences(databases.get('recom'), moves)));
  } catch (error) {
    const pairs = moves.map((move) => `${move.from} → ${move.to}`).join(', ');
    throw new Error(
      `${(error as Error).message}\n` +
        `카탈로그 병합은 유지되었지만 회원의 옷장 항목과 레이어링 투표는 옮기지 못했습니다. 직접 옮겨 주세요 (없어진 향수 id → 남은 향수 id): ${pairs}\n` +
        `The catalog merge was kept, but members' wardrobe entries and layering votes were not moved; move them by hand (removed perfume id → kept perfume id): ${pairs}`,
    );
  }
}

type OpenedCatalog = Awaited<ReturnType<typeof openCatalogDatabase>>;
type ParsedCatalog = ReturnType<typeof parseCatalog>;
type Embedder = ReturnType<typeof chooseEmbedder>;

interface ImportArgs {
  /** Absent with `--merge-brands` alone. */
  file: string | undefined;
  dryRun: boolean;
  mergeBrands: boolean;
  batchSize: number;
}

/** The command line, or null once `--help` has been answered; a wrong one exits with the usage. */
function parseImportArgs(): ImportArgs | null {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      batch: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'merge-brands': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return null;
  }
  const file = positionals[0];
  const mergeBrands = values['merge-brands'];
  if (positionals.length > 1 || (!file && !mergeBrands) || (!file && values['dry-run']))
    exitWith(USAGE, EXIT_CODES.usage);
  return { file, dryRun: values['dry-run'], mergeBrands, batchSize: batchSizeOf(values.batch) };
}

async function openCatalogOrExit(env: CliEnv, mergeBrands: boolean): Promise<OpenedCatalog> {
  try {
    return await openCatalogDatabase(env, mergeBrands ? ['perfume', 'recom'] : ['perfume']);
  } catch (error) {
    if (error instanceof SystemRunningError) exitWith(error.message, EXIT_CODES.busy);
    if (error instanceof RecomDatabaseMissingError) exitWith(error.message, EXIT_CODES.usage);
    throw error;
  }
}

function chooseEmbedderOrExit(env: CliEnv): Embedder {
  try {
    return chooseEmbedder(env);
  } catch (error) {
    if (error instanceof EmbedderChoiceError) exitWith(error.message, EXIT_CODES.usage);
    throw error;
  }
}

/** Reads and parses the file; an unreadable file or an unknown format exits before anything is opened. */
async function readCatalogFile(filePath: string): Promise<ParsedCatalog> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    exitWith(`파일을 읽을 수 없습니다 / cannot read ${filePath}: ${(error as Error).message}`, EXIT_CODES.noInput);
  }
  try {
    return parseCatalog(filePath, text);
  } catch (error) {
    if (error instanceof UnknownFormatError) {
      exitWith(
        `알 수 없는 카탈로그 형식입니다. 아무것도 쓰지 않았습니다.\n${error.message}\nNothing was written.`,
        EXIT_CODES.badInput,
      );
    }
    throw error;
  }
}

/** `--merge-brands` without a file: only the merge, on the same database the import would open. */
async function mergeBrandsOnly(env: CliEnv): Promise<void> {
  const opened = await openCatalogOrExit(env, true);
  try {
    await mergeAndReport(opened.databases);
  } catch (error) {
    // A failed catalog merge changed nothing; a failed move after it kept the merge (the message says what is left).
    console.error(`브랜드 병합 실패 / merging brands failed: ${(error as Error).message}`);
    process.exitCode = EXIT_CODES.failure;
  } finally {
    await opened.databases.close();
  }
}

interface ImportRun {
  args: ImportArgs & { file: string };
  parsed: ParsedCatalog;
  embedder: Embedder;
  opened: OpenedCatalog;
  /** When the run began (before the file was read), for the summary's time. */
  started: number;
}

/** Writes the perfumes and their embeddings with a progress line per step, then prints the summary. */
async function writeAndReport({ args, parsed, embedder, opened, started }: ImportRun): Promise<void> {
  const progress = {
    perfumes: createProgress(process.stdout, 'write perfumes'),
    embeddings: createProgress(process.stdout, `embed ${embedder.model}`),
  };
  let step: keyof typeof progress = 'perfumes';
  try {
    const summary = await writeParsedCatalog(
      opened.databases.get('perfume'),
      parsed,
      {
        batchSize: args.batchSize,
        embedder,
        // The embedded database belongs to this process alone (the lock), so nobody queries
        // the vector index while it is rebuilt.
        rebuildVectorIndex: opened.embedded,
        onProgress: (current, done, total) => {
          if (current !== step) progress[step].finish();
          step = current;
          progress[current].update(done, total);
        },
        onIndexBuild: () => {
          progress[step].finish();
          console.log('building the vector index…');
        },
      },
      started,
    );
    progress[step].finish();
    for (const line of formatImportSummary(summary, args.file)) console.log(line);
    if (args.mergeBrands) await mergeAndReport(opened.databases);
  } catch (error) {
    progress[step].finish();
    // Finished batches stay written (each is its own transaction); running the import again completes it.
    console.error(`가져오기 실패 / import failed: ${(error as Error).message}`);
    process.exitCode = EXIT_CODES.failure;
  } finally {
    await opened.databases.close();
  }
}

async function main() {
  const args = parseImportArgs();
  if (!args) return;
  const env = loadCliEnv();
  const { file } = args;
  if (!file) {
    await mergeBrandsOnly(env);
    return;
  }
  const filePath = path.resolve(env.INIT_CWD ?? process.cwd(), file);
  const started = performance.now();
  const parsed = await readCatalogFile(filePath);
  if (args.dryRun) {
    const summary = dryRunSummary(parsed, (performance.now() - started) / 1000);
    for (const line of formatImportSummary(summary, file)) console.log(line);
    return;
  }
  const embedder = chooseEmbedderOrExit(env);
  const opened = await openCatalogOrExit(env, args.mergeBrands);
  await writeAndReport({ args: { ...args, file }, parsed, embedder, opened, started });
}

await main();
