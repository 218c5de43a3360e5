/**
 * The backend as an outside integrator meets it: types generated from its /openapi.json with the
 * openapi-typescript CLI, a small program on openapi-fetch typechecked against them with tsc, then
 * run against the live host.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackendHost } from './support/backendHost';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const PROGRAM = path.join(import.meta.dirname, 'restIntegrator/integratorClient.ts');
const AUTH_SECRET = 'rest-integrator-secret-that-is-long-enough';

let backend: TestBackendHost;
let origin: string;
// Under the repository's node_modules (ignored by git) so the program resolves openapi-fetch.
let workDir: string;

beforeAll(async () => {
  backend = await startTestBackend(AUTH_SECRET, ['perfume', 'member']);
  origin = backend.baseUrl;
  const cache = path.join(REPO_ROOT, 'node_modules/.cache');
  await mkdir(cache, { recursive: true });
  workDir = await mkdtemp(path.join(cache, 'scentence-rest-integrator-'));
});
afterAll(async () => {
  await backend?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** Runs a node script; a failure shows what it printed. */
async function node(args: string[]): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, args, { cwd: workDir, timeout: 120_000 });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`node ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

describe('a client generated from /openapi.json', () => {
  it('signs up, gets tokens, reads and changes the profile, refreshes and reads a validation error', async () => {
    await node([
      path.join(REPO_ROOT, 'node_modules/openapi-typescript/bin/cli.js'),
      `${origin}/openapi.json`,
      '--output',
      path.join(workDir, 'schema.d.ts'),
    ]);
    await copyFile(PROGRAM, path.join(workDir, 'integratorClient.ts'));
    await writeFile(path.join(workDir, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(
      path.join(workDir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2023',
          module: 'ESNext',
          moduleResolution: 'bundler',
          strict: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: true,
          types: ['node'],
          outDir: 'out',
        },
        files: ['integratorClient.ts'],
      }),
    );
    // Typechecks the program against the generated types, and emits what node runs.
    await node([path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', workDir]);

    const email = 'integrator@example.com';
    const report = JSON.parse(await node([path.join(workDir, 'out/integratorClient.js'), origin, email]));
    expect(report).toEqual({
      memberId: expect.any(String),
      signedInAs: report.memberId,
      tokenType: 'Bearer',
      anonymous: { status: 401, code: 'UNAUTHORIZED' },
      me: { id: report.memberId, nickname: '연동회원', email },
      changed: { nickname: '바뀐연동', userMode: 'expert' },
      refreshedToken: true,
      meAfterRefresh: { id: report.memberId, nickname: '바뀐연동' },
      invalid: { status: 400, code: 'BAD_REQUEST', paths: expect.arrayContaining(['nickname']) },
      oldRefresh: { status: 401, code: 'UNAUTHORIZED' },
    });
  });
});
