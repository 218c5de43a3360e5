import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmbeddingRequest,
  type FakeEmbeddingsServer,
  sendEmbeddings,
  startFakeEmbeddings,
} from './fakeEmbeddingsServer';
import { fixturePath } from './fixtures';

const root = path.resolve(import.meta.dirname, '../../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const scratch = mkdtempSync(path.join(tmpdir(), 'scentence-import-cli-'));
const SLOW = 180_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command of packages/db/src/cli as `npm run` would, with only the variables given (no database URL). */
function runCli(script: 'import' | 'reembed', args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.join(root, `packages/db/src/cli/${script}.ts`), ...args], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'test',
        DATABASE_URL: '',
        PERFUME_DATABASE_URL: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// An OpenAI-compatible embeddings endpoint, so the command's OpenAI path runs for real.
let server: FakeEmbeddingsServer;
let openaiBaseUrl: string;
beforeAll(async () => {
  server = await startFakeEmbeddings((_req, raw, res) => {
    const body = JSON.parse(raw) as EmbeddingRequest;
    const data = body.input.map((text, index) => {
      const embedding = new Array<number>(body.dimensions).fill(0.01);
      embedding[index % body.dimensions] = text.length;
      return { object: 'embedding' as const, index, embedding };
    });
    sendEmbeddings(res, body.model, data);
  });
  openaiBaseUrl = server.baseUrl;
});
afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run import', () => {
  it(
    'refuses while the system holds the embedded database, and writes nothing',
    async () => {
      const dataDir = path.join(scratch, 'running');
      mkdirSync(path.join(dataDir, 'perfume'), { recursive: true });
      // This test process stands in for the running system: its pid is alive.
      writeFileSync(path.join(dataDir, 'perfume', 'scentence.lock'), String(process.pid));
      const run = await runCli('import', [fixturePath('scentence-mini.tsv')], { DATA_DIR: dataDir });
      expect(run.code).toBe(75);
      expect(run.stderr.toLowerCase()).toContain(
        `the system is running (pid ${process.pid}); stop it first or set perfume_database_url to import into a server`,
      );
      expect(run.stderr).toContain('시스템이 실행 중입니다');
      expect(readdirSync(path.join(dataDir, 'perfume'))).toEqual(['scentence.lock']);
    },
    SLOW,
  );

  it(
    'stops on a file in no known format before opening anything',
    async () => {
      const dataDir = path.join(scratch, 'unknown');
      const run = await runCli('import', [fixturePath('unknown-format.txt')], { DATA_DIR: dataDir });
      expect(run.code).toBe(65);
      expect(run.stderr).toContain('Expected one of');
      expect(run.stderr).toContain('Fragrantica CSV');
      expect(existsSync(dataDir)).toBe(false);
    },
    SLOW,
  );

  it(
    'validates only on --dry-run',
    async () => {
      const dataDir = path.join(scratch, 'dry');
      const run = await runCli('import', [fixturePath('fragrantica-mini.csv'), '--dry-run'], { DATA_DIR: dataDir });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/valid\s+6/);
      expect(run.stdout).toContain('line 6: main_accords: not valid JSON');
      expect(existsSync(dataDir)).toBe(false);
    },
    SLOW,
  );

  it(
    'imports into the embedded database with OpenAI vectors, then changes nothing the second time',
    async () => {
      const env = {
        DATA_DIR: path.join(scratch, 'embedded'),
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: openaiBaseUrl,
      };
      const first = await runCli('import', [fixturePath('scentence-mini.tsv'), '--batch', '4'], env);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/inserted\s+6/);
      expect(first.stdout).toMatch(/embedded\s+6 \(text-embedding-3-small\)/);
      expect(first.stdout).toMatch(/skipped\s+3/);
      expect(first.stdout).toContain('line 9: expected 17 tab-separated fields, found 4');
      // Not a terminal: plain progress lines, the last one at 100%.
      expect(first.stdout).toMatch(/write perfumes: 6\/6 100%/);

      const second = await runCli('import', [fixturePath('scentence-mini.tsv')], env);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/inserted\s+0/);
      expect(second.stdout).toMatch(/updated\s+0/);
      expect(second.stdout).toMatch(/unchanged\s+6/);

      const reembed = await runCli('reembed', ['--model', 'local'], env);
      expect(reembed.code).toBe(0);
      expect(reembed.stdout).toContain('Re-embedded 6 perfumes with local-v1');

      const merge = await runCli('import', ['--merge-brands'], env);
      expect(merge.stderr).toBe('');
      expect(merge.code).toBe(0);
      expect(merge.stdout).toContain('Brands: no house is split; nothing to merge');
    },
    SLOW,
  );

  it(
    'explains its arguments',
    async () => {
      const run = await runCli('import', [], { DATA_DIR: path.join(scratch, 'usage') });
      expect(run.code).toBe(64);
      expect(run.stderr).toContain('npm run import -- <file>');
      expect(run.stderr).toContain('npm run import -- --merge-brands');
    },
    SLOW,
  );

  it(
    "refuses to merge brands on a perfume server without the members' recom_db, before touching either",
    async () => {
      const run = await runCli('import', ['--merge-brands'], {
        DATA_DIR: path.join(scratch, 'merge-without-recom'),
        PERFUME_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/perfume_db',
      });
      expect(run.code).toBe(64);
      expect(run.stderr).toContain('set RECOM_DATABASE_URL');
    },
    SLOW,
  );
});
