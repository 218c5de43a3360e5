import path from 'node:path';
import { parseArgs } from 'node:util';
import { databaseUrlsOf, EXIT_CODES, exitWith } from '@scentence/api/config';
import { createMapLayoutRepository, createPerfumeRepository, DataDirInUseError, openDatabases } from '@scentence/db';
import { loadScentmapEnv } from '../env';
import { computeMapHere } from '../layout/computeMapOffThread';
import { createLayoutJob } from '../layout/layoutJob';

const USAGE = [
  '사용법 / usage: npm run map:layout [-- --force]',
  '  향수 지도(레이아웃·클러스터)를 카탈로그에서 계산해 저장합니다. 저장된 지도가 최신이면 건너뜁니다.',
  '  Computes the scent map (layouts, clusters) from the catalog and stores it; skipped when the stored map is current.',
  '  --force  계산을 다시 합니다 / compute again even when current',
].join('\n');

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) return console.log(USAGE);
  if (positionals.length > 0) exitWith(USAGE, EXIT_CODES.usage);
  const env = loadScentmapEnv();
  let databases: Awaited<ReturnType<typeof openDatabases>>;
  try {
    databases = await openDatabases({
      urls: databaseUrlsOf(env),
      dataDir: path.resolve(env.DATA_DIR),
      maxConnections: 2,
      open: ['perfume'],
    });
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      exitWith(
        `시스템이 실행 중입니다 (pid ${error.pid}): 실행 중인 지도 서비스가 새 카탈로그를 스스로 계산합니다.\n` +
          `The system is running (pid ${error.pid}): its scent map service computes the new map itself.`,
        EXIT_CODES.busy,
      );
    }
    throw error;
  }
  try {
    const perfumes = createPerfumeRepository(databases.get('perfume'));
    const job = createLayoutJob({
      maps: createMapLayoutRepository(databases.get('perfume')),
      catalogVersion: perfumes.catalogVersion,
      compute: computeMapHere,
    });
    const started = performance.now();
    const outcome = await job.run({ force: values.force });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (outcome.kind === 'current') {
      console.log(
        `저장된 지도가 최신입니다 / the stored map is current (catalog version ${outcome.header.catalogVersion})`,
      );
    } else if (outcome.kind === 'computed') {
      console.log(
        `지도를 계산했습니다 / map computed: ${outcome.header.points} perfumes, catalog version ${outcome.header.catalogVersion}, ${seconds} s`,
      );
    } else {
      console.log('다른 프로세스가 같은 지도를 먼저 저장했습니다 / another process stored this map first');
    }
  } finally {
    await databases.close();
  }
}

await main();
