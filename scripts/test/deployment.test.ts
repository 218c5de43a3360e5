/**
 * Production deployment checks that need no Docker engine: the compose file (docker-compose 1.29
 * `config`), the Dockerfiles' shape and pins, the workflows (actionlint), the scripts (shellcheck,
 * and deploy/rollback run for real against a temporary release folder, a fake compose command and
 * a local health server), the container entry point, and .env.example against what the apps read.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DatabaseUnreachableError,
  databaseEndpointsOf,
  missingDatabaseUrls,
  waitForEndpoints,
} from '../../deploy/runtime/waitForDatabases';
import { argDefaults, contextSources, isDockerIgnored, parseDockerfile } from './deployment/dockerfile';
import {
  composeSubstitutions,
  configurationSources,
  importSchemaKeys,
  NOT_CONFIGURATION,
  parseEnvExample,
  scanSources,
} from './deployment/envCatalog';
import { createReleaseSandbox, REGISTRY, REPO_ROOT, type ReleaseSandbox } from './deployment/releaseSandbox';
import { actionlint, parseYaml, which, yamlPython } from './deployment/tools';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const APPS = { web: 3000, backend: 8000, scentmap: 8001, layering: 8002 } as const;
const SERVICES = ['backend', 'scentmap', 'layering'] as const;
const SECRET = 'test-secret-that-is-at-least-32-characters';

type Json = Record<string, unknown>;
const object = (value: unknown): Json => (value ?? {}) as Json;

// ─── compose file ───────────────────────────────────────────────────────────────────────────────

const dockerCompose = which('docker-compose');
if (!dockerCompose)
  console.warn('compose checks skipped: docker-compose is not installed (apt-get install docker-compose)');

describe.skipIf(!dockerCompose || !yamlPython)('docker-compose.production.yml', () => {
  let projectDir: string;
  beforeAll(() => {
    projectDir = mkdtempSync(path.join(tmpdir(), 'scentence-compose-'));
    writeFileSync(path.join(projectDir, '.env'), read('.env.example'));
  });
  afterAll(() => rmSync(projectDir, { recursive: true, force: true }));

  const config = (args: string[], env: Record<string, string>) =>
    spawnSync(
      dockerCompose!,
      [
        '-f',
        path.join(REPO_ROOT, 'docker-compose.production.yml'),
        '--project-directory',
        projectDir,
        ...args,
        'config',
      ],
      { encoding: 'utf8', env: { NODE_ENV: 'test', PATH: process.env.PATH ?? '', ...env } },
    );

  const services = (env: Record<string, string> = {}) => {
    const result = config(['--profile', 'local'], { AUTH_SECRET: SECRET, ...env });
    expect(result.stderr).not.toMatch(/ERROR/);
    expect(result.status).toBe(0);
    return object(object(parseYaml(result.stdout)).services);
  };

  const publishedPorts = (service: unknown) =>
    ((object(service).ports ?? []) as unknown[]).map((port) =>
      typeof port === 'string' ? port.replace(/\/tcp$/, '') : `${object(port).published}:${object(port).target}`,
    );

  it('validates, and publishes web 3000, backend 8000, scentmap 8001, layering 8002', () => {
    const production = config([], { AUTH_SECRET: SECRET });
    expect(production.stderr).not.toMatch(/ERROR/);
    expect(production.status).toBe(0);
    const all = services();
    for (const [app, port] of Object.entries(APPS)) expect(publishedPorts(all[app])).toEqual([`${port}:${port}`]);
  });

  it('runs the images deploy.sh names, with the tag and registry it passes', () => {
    const all = services({ IMAGE_REGISTRY: REGISTRY, IMAGE_TAG: 'abc123' });
    for (const app of Object.keys(APPS)) expect(object(all[app]).image).toBe(`${REGISTRY}/scentence-${app}:abc123`);
    for (const app of Object.keys(APPS)) {
      expect(object(object(all[app]).build).dockerfile).toBe(`apps/${app}/Dockerfile.production`);
    }
  });

  it('checks health (the web app through /api/backend-openapi), restarts, and starts the web app last', () => {
    const all = services();
    expect((object(object(all.web).healthcheck).test as string[]).join(' ')).toContain(
      'http://127.0.0.1:3000/api/backend-openapi',
    );
    for (const service of SERVICES) {
      expect((object(object(all[service]).healthcheck).test as string[]).join(' ')).toContain(
        `http://127.0.0.1:${APPS[service]}/health`,
      );
    }
    for (const app of Object.keys(APPS)) expect(object(all[app]).restart).toBe('unless-stopped');
    expect(object(all.web).depends_on).toEqual({
      backend: { condition: 'service_healthy' },
      scentmap: { condition: 'service_healthy' },
      layering: { condition: 'service_healthy' },
    });
  });

  it('limits scentmap and layering to 1 CPU and 1 GB, as the original did', () => {
    const all = services();
    for (const service of ['scentmap', 'layering']) {
      const limits = object(object(object(object(all[service]).deploy).resources).limits);
      expect(Number(limits.cpus)).toBe(1);
      expect(limits.memory).toBe('1G');
    }
  });

  it('hands .env to every service and pins the ports and internal URLs the images expect', () => {
    const all = services();
    for (const app of Object.keys(APPS)) {
      const environment = object(object(all[app]).environment);
      expect(environment.NODE_ENV).toBe('production');
      expect(environment.PERFUME_DATABASE_URL).toBe('postgresql://scentence:scentence@postgres:5432/perfume_db');
    }
    expect(object(object(all.backend).environment).BACKEND_PORT).toBe('8000');
    expect(object(object(all.web).environment).BACKEND_URL).toBe('http://backend:8000');
    expect(object(object(all.web).environment).SCENTMAP_URL).toBe('http://scentmap:8001');
    expect(object(object(all.web).environment).LAYERING_URL).toBe('http://layering:8002');
  });

  it('adds PostgreSQL 17 + pgvector on 127.0.0.1:5435 in the local profile, initialised with the three databases', () => {
    const postgres = object(services().postgres);
    expect(postgres.image).toBe('pgvector/pgvector:pg17');
    expect(postgres.profiles).toEqual(['local']);
    expect(publishedPorts(postgres)).toEqual(['127.0.0.1:5435:5432']);
    const initMount = (postgres.volumes as string[]).find((volume) => volume.includes('/docker-entrypoint-initdb.d'));
    expect(initMount).toBe(`${path.join(projectDir, 'deploy/postgres/initdb')}:/docker-entrypoint-initdb.d:ro`);
    const initSql = readdirSync(path.join(REPO_ROOT, 'deploy/postgres/initdb'))
      .map((file) => read(`deploy/postgres/initdb/${file}`))
      .join('\n');
    for (const database of ['perfume_db', 'recom_db', 'member_db'])
      expect(initSql).toContain(`CREATE DATABASE ${database}`);
    expect(initSql).toContain('CREATE EXTENSION IF NOT EXISTS vector');
  });

  it('stops with a message naming AUTH_SECRET when .env leaves it empty', () => {
    const result = config([], {});
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('set AUTH_SECRET in .env');
  });
});

// ─── images ─────────────────────────────────────────────────────────────────────────────────────

describe('Dockerfile.production', () => {
  const rootPackage = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
  const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string }> };
  const dockerignore = read('.dockerignore');

  describe.each(Object.entries(APPS))('apps/%s', (app, port) => {
    const instructions = parseDockerfile(read(`apps/${app}/Dockerfile.production`));
    const defaults = argDefaults(instructions);
    const lastStage = Math.max(...instructions.map((instruction) => instruction.stage));
    const runtime = instructions.filter((instruction) => instruction.stage === lastStage);
    const final = (keyword: string) => runtime.filter((instruction) => instruction.keyword === keyword);

    it('builds in stages from a turbo-pruned workspace on the pinned Node 24', () => {
      expect(instructions.filter((instruction) => instruction.keyword === 'FROM').length).toBeGreaterThanOrEqual(3);
      expect(defaults.get('NODE_IMAGE')).toMatch(new RegExp(`^node:${rootPackage.devDependencies.node}-`));
      expect(rootPackage.devDependencies.node).toMatch(/^24\./);
      expect(defaults.get('TURBO_VERSION')).toBe(rootPackage.devDependencies.turbo);
      expect(instructions.some(({ args }) => args.includes(`turbo prune @scentence/${app} --docker`))).toBe(true);
      expect(instructions.some(({ args }) => /npm ci\b/.test(args))).toBe(true);
    });

    it('runs as the unprivileged node user, exposes its port and checks its health', () => {
      expect(final('USER').map(({ args }) => args)).toEqual(['node']);
      expect(final('EXPOSE').map(({ args }) => args)).toEqual([String(port)]);
      const healthcheck = final('HEALTHCHECK')
        .map(({ args }) => args)
        .join(' ');
      expect(healthcheck).toContain(`http://127.0.0.1:${port}/${app === 'web' ? 'api/backend-openapi' : 'health'}`);
      expect(final('CMD')).toHaveLength(1);
    });

    it('copies from the build context only what .dockerignore lets in', () => {
      for (const source of contextSources(instructions).filter((source) => source !== '.')) {
        expect(existsSync(path.join(REPO_ROOT, source)), source).toBe(true);
        expect(isDockerIgnored(dockerignore, source), `${source} is excluded by .dockerignore`).toBe(false);
      }
    });

    if (app === 'web') {
      it('ships the Next.js standalone server with its static assets', () => {
        const copies = final('COPY').map(({ args }) => args);
        expect(copies.some((args) => args.includes('/app/apps/web/.next/standalone/'))).toBe(true);
        expect(copies.some((args) => args.includes('/app/apps/web/.next/static/'))).toBe(true);
        expect(final('CMD')[0]?.args).toBe('["node", "apps/web/server.js"]');
      });
    } else {
      it('runs the TypeScript sources with the tsx and esbuild the lockfile pins', () => {
        expect(defaults.get('TSX_VERSION')).toBe(lock.packages['node_modules/tsx']?.version);
        expect(defaults.get('ESBUILD_VERSION')).toBe(lock.packages['node_modules/esbuild']?.version);
        expect(instructions.some(({ args }) => args.includes('npm ci --omit=dev'))).toBe(true);
        expect(final('CMD')[0]?.args).toBe(
          `["node", "--import", "tsx", "deploy/runtime/startService.ts", "apps/${app}/src/server.ts"]`,
        );
      });
    }
  });

  it('keeps secrets, dependencies and build output out of the build context', () => {
    for (const file of [
      '.env',
      '.env.production',
      'node_modules/x',
      'apps/web/.next/x',
      '.git/HEAD',
      'apps/backend/test/a.test.ts',
    ]) {
      expect(isDockerIgnored(dockerignore, file), file).toBe(true);
    }
    for (const file of [
      'package-lock.json',
      'apps/backend/src/server.ts',
      'packages/db/src/migrations/perfume/0001_catalog.sql',
    ]) {
      expect(isDockerIgnored(dockerignore, file), file).toBe(false);
    }
  });
});

// ─── workflows ──────────────────────────────────────────────────────────────────────────────────

describe('.github/workflows', async () => {
  const workflows = readdirSync(path.join(REPO_ROOT, '.github/workflows')).filter((file) => /\.ya?ml$/.test(file));

  it('has the CI, deploy and rollback workflows', () => {
    expect(workflows.sort()).toEqual(['ci.yml', 'deploy.yml', 'rollback.yml']);
  });

  it.each(workflows)('%s passes actionlint', async (file) => {
    const problems = await actionlint.lint(read(`.github/workflows/${file}`), `.github/workflows/${file}`);
    expect(problems.map((problem) => `${file}:${problem.line}:${problem.column} ${problem.message}`)).toEqual([]);
  });

  describe.skipIf(!yamlPython)('what they do', () => {
    // YAML 1.1 (as PyYAML reads it) turns the key "on" into true.
    const load = (file: string) => object(parseYaml(read(`.github/workflows/${file}`)));
    const triggers = (workflow: Json) => object(workflow.on ?? workflow.true);
    const steps = (job: unknown) => (object(job).steps ?? []) as Json[];
    const runs = (job: unknown) => steps(job).map((step) => String(step.run ?? ''));

    it('ci.yml installs, lints, typechecks, tests against pgvector/pgvector:pg17 and builds the four images', () => {
      const jobs = object(load('ci.yml').jobs);
      const checks = object(jobs.checks);
      expect(object(object(checks.services).postgres).image).toBe('pgvector/pgvector:pg17');
      for (const command of ['npm ci', 'npm run lint', 'npm run typecheck', 'npm test']) {
        expect(
          runs(checks).some((run) => run.includes(command)),
          command,
        ).toBe(true);
      }
      expect(steps(checks).some((step) => object(step.env).TEST_DATABASE_URL)).toBe(true);
      expect(object(object(object(jobs.images).strategy).matrix).app).toEqual(Object.keys(APPS));
    });

    it('deploy.yml is manual, pushes images tagged by commit, deploys, waits for the public URLs and rolls back', () => {
      const workflow = load('deploy.yml');
      expect(Object.keys(triggers(workflow))).toEqual(['workflow_dispatch']);
      const jobs = object(workflow.jobs);
      const build = steps(jobs.images).find((step) => String(step.uses).startsWith('docker/build-push-action'));
      expect(String(object(build?.with).tags)).toMatch(
        /scentence-\$\{\{ matrix\.app \}\}:\$\{\{ needs\.release\.outputs\.sha \}\}$/,
      );
      expect(object(build?.with).push).toBe(true);
      const deploy = steps(jobs.deploy);
      expect(runs(jobs.deploy).some((run) => run.includes('scripts/deploy.sh "$SHA"'))).toBe(true);
      const publicHealth = deploy.find((step) => step.id === 'public_health');
      for (const url of ['/api/backend-openapi', '/api/scentmap-health', '/api/layering-health']) {
        expect(String(publicHealth?.run)).toContain(`$PUBLIC_BASE_URL${url}`);
      }
      const rollback = deploy.find((step) => String(step.run ?? '').includes('scripts/rollback.sh'));
      expect(rollback?.if).toBe("failure() && steps.public_health.outcome == 'failure'");
    });

    it('rollback.yml is manual, with an optional release that defaults to the previous one', () => {
      const workflow = load('rollback.yml');
      const dispatch = object(triggers(workflow).workflow_dispatch);
      expect(Object.keys(triggers(workflow))).toEqual(['workflow_dispatch']);
      expect(object(object(dispatch.inputs).release).required).toBe(false);
      expect(runs(object(workflow.jobs).rollback).some((run) => run.includes('scripts/rollback.sh'))).toBe(true);
    });
  });
});

// ─── scripts ────────────────────────────────────────────────────────────────────────────────────

const shellcheck = which('shellcheck');
if (!shellcheck) console.warn('shellcheck skipped: it is not installed (apt-get install shellcheck)');

describe.skipIf(!shellcheck)('shellcheck', () => {
  it('passes on the deploy scripts and their libraries', () => {
    const libraries = readdirSync(path.join(REPO_ROOT, 'scripts/lib')).map((file) => `scripts/lib/${file}`);
    const result = spawnSync(shellcheck!, ['-x', 'scripts/deploy.sh', 'scripts/rollback.sh', ...libraries], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

const SHA = {
  a: 'aaaa111111111111111111111111111111111111',
  b: 'bbbb222222222222222222222222222222222222',
  c: 'cccc333333333333333333333333333333333333',
};

describe('scripts/deploy.sh', () => {
  let sandbox: ReleaseSandbox;
  beforeEach(async () => {
    sandbox = await createReleaseSandbox();
  });
  afterEach(() => sandbox.dispose());

  it('pulls and starts a release with its recorded compose file, waits for health and records it', async () => {
    const first = await sandbox.deploy([SHA.a]);
    expect(first.code, first.output).toBe(0);
    const second = await sandbox.deploy([SHA.b]);
    expect(second.code, second.output).toBe(0);

    expect(sandbox.stack()).toEqual([SHA.a, SHA.b]);
    expect(sandbox.running()).toBe(SHA.b);
    const recorded = path.join(sandbox.releasesDir, SHA.b, 'docker-compose.production.yml');
    expect(readFileSync(recorded, 'utf8')).toBe(read('docker-compose.production.yml'));
    const calls = sandbox.composeCalls().filter((call) => call.tag === SHA.b);
    expect(calls.map((call) => call.args.split(' ').slice(6).join(' '))).toEqual([
      'pull',
      'up --detach --no-build --remove-orphans',
    ]);
    expect(calls[0]?.registry).toBe(REGISTRY);
    expect(calls[0]?.args).toBe(`--project-name scentence --project-directory ${sandbox.dir} --file ${recorded} pull`);
    expect(second.stdout).toContain(`[deploy] on failure: roll back to ${SHA.a}`);
    expect(second.stdout).toContain(`[deploy] release ${SHA.b} is live`);
    expect(sandbox.history().map((line) => line.split(' ').slice(1).join(' '))).toEqual([
      `deploy ${SHA.a} ok by tester`,
      `deploy ${SHA.b} ok by tester`,
    ]);
  });

  it('deploying the running release again leaves the release stack as it was', async () => {
    await sandbox.deploy([SHA.a]);
    await sandbox.deploy([SHA.b]);
    const again = await sandbox.deploy([SHA.b]);
    expect(again.code, again.output).toBe(0);
    expect(sandbox.stack()).toEqual([SHA.a, SHA.b]);
    expect(again.stdout).toContain(`on failure: stop (${SHA.b} is already the running release`);
  });

  it('rolls back to the previous release when the new one stays unhealthy', async () => {
    await sandbox.deploy([SHA.a]);
    sandbox.health.unhealthy.add(SHA.b);
    const failed = await sandbox.deploy([SHA.b]);

    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/unhealthy after 2s: http:\/\/127\.0\.0\.1:\d+\/api\/backend-openapi/);
    expect(failed.stdout).toContain(`rolling back to the previous release ${SHA.a}`);
    expect(sandbox.running()).toBe(SHA.a);
    expect(sandbox.stack()).toEqual([SHA.a]);
    const ups = sandbox.composeCalls().filter((call) => call.args.includes(' up '));
    expect(ups.map((call) => call.tag)).toEqual([SHA.a, SHA.b, SHA.a]);
    expect(ups[2]?.args).toContain(path.join(sandbox.releasesDir, SHA.a, 'docker-compose.production.yml'));
    expect(sandbox.history().map((line) => line.split(' ').slice(1, 4).join(' '))).toEqual([
      `deploy ${SHA.a} ok`,
      `deploy ${SHA.b} failed`,
      `restore ${SHA.a} ok`,
    ]);
  });

  it('rolls back when the new release does not even start', async () => {
    await sandbox.deploy([SHA.a]);
    const failed = await sandbox.deploy([SHA.b], { FAKE_COMPOSE_FAIL_UP: SHA.b });
    expect(failed.code).toBe(1);
    const ups = sandbox.composeCalls().filter((call) => call.args.includes(' up '));
    expect(ups.map((call) => call.tag)).toEqual([SHA.a, SHA.b, SHA.a]);
    expect(sandbox.running()).toBe(SHA.a);
    expect(sandbox.stack()).toEqual([SHA.a]);
    expect(sandbox.history().at(-1)).toContain(`restore ${SHA.a} ok (after ${SHA.b} failed)`);
  });

  it('redeploying the running release that fails does not reach further back on its own', async () => {
    await sandbox.deploy([SHA.a]);
    await sandbox.deploy([SHA.b]);
    sandbox.health.unhealthy.add(SHA.b);
    const failed = await sandbox.deploy([SHA.b]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`${SHA.b} was already the running release`);
    expect(sandbox.composeCalls().at(-1)?.tag).toBe(SHA.b);
    expect(sandbox.stack()).toEqual([SHA.a, SHA.b]);
  });

  it('a failing first release has nothing to roll back to and says where to look', async () => {
    sandbox.health.unhealthy.add(SHA.a);
    const failed = await sandbox.deploy([SHA.a]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`no earlier release to roll back to; ${SHA.a} stays as it is`);
    expect(failed.stdout).toContain('logs --tail=200');
    expect(sandbox.stack()).toEqual([]);
  });

  it('in a dry run prints the plan (images, health URLs, rollback target) and changes nothing', async () => {
    await sandbox.deploy([SHA.a]);
    const before = sandbox.composeCalls().length;
    const plan = await sandbox.deploy(['--dry-run', SHA.b]);

    expect(plan.code, plan.output).toBe(0);
    for (const app of Object.keys(APPS)) {
      expect(plan.stdout).toContain(`[deploy] image:    ${REGISTRY}/scentence-${app}:${SHA.b}`);
    }
    for (const url of sandbox.env().HEALTH_URLS!.split(' ')) {
      expect(plan.stdout).toContain(`[deploy] health:   ${url} (timeout 2s)`);
    }
    expect(plan.stdout).toContain(`[deploy] previous: ${SHA.a}`);
    expect(plan.stdout).toContain(`[deploy] on failure: roll back to ${SHA.a}`);
    expect(plan.stdout).toMatch(
      new RegExp(`\\[dry-run\\] would run: env IMAGE_TAG=${SHA.b} IMAGE_REGISTRY=${REGISTRY} \\S+fake-compose .* pull`),
    );
    expect(plan.stdout).toContain('up --detach --no-build --remove-orphans');
    expect(plan.stdout).toContain(
      `[dry-run] would write ${path.join(sandbox.releasesDir, 'stack')}: ${SHA.a} ${SHA.b}`,
    );
    expect(sandbox.composeCalls()).toHaveLength(before);
    expect(sandbox.stack()).toEqual([SHA.a]);
    expect(existsSync(path.join(sandbox.releasesDir, SHA.b))).toBe(false);
  });

  it('in a dry run whose health check fails prints the rollback plan', async () => {
    await sandbox.deploy([SHA.a]);
    const plan = await sandbox.deploy(['--dry-run', SHA.b], {
      HEALTH_URLS: `${sandbox.health.url}/always-503`,
      HEALTH_TIMEOUT: '1',
    });

    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain(`unhealthy after 1s: ${sandbox.health.url}/always-503`);
    expect(plan.stdout).toContain(`rolling back to the previous release ${SHA.a}`);
    expect(plan.stdout).toMatch(
      new RegExp(
        `\\[dry-run\\] would run: env IMAGE_TAG=${SHA.a} .* --file ${path.join(sandbox.releasesDir, SHA.a)}/docker-compose.production.yml up --detach`,
      ),
    );
    expect(plan.stdout).toContain(`[dry-run] would record in history.log:`);
    expect(plan.stdout).toContain(`[dry-run] would wait for the health URLs again and record: restore ${SHA.a}`);
    expect(sandbox.stack()).toEqual([SHA.a]);
    expect(sandbox.history()).toHaveLength(1);
  });

  it('refuses a bad tag or a missing registry before touching anything', async () => {
    expect((await sandbox.deploy(['../etc'])).code).toBe(64);
    const noRegistry = await sandbox.deploy([SHA.a], { IMAGE_REGISTRY: '' });
    expect(noRegistry.code).toBe(64);
    expect(noRegistry.stderr).toContain('IMAGE_REGISTRY is not set');
    expect(sandbox.composeCalls()).toEqual([]);
  });
});

describe('scripts/rollback.sh', () => {
  let sandbox: ReleaseSandbox;
  beforeEach(async () => {
    sandbox = await createReleaseSandbox();
    for (const sha of [SHA.a, SHA.b, SHA.c]) expect((await sandbox.deploy([sha])).code).toBe(0);
  });
  afterEach(() => sandbox.dispose());

  it('returns to the previous release, and again to the one before', async () => {
    const first = await sandbox.rollback([]);
    expect(first.code, first.output).toBe(0);
    expect(sandbox.running()).toBe(SHA.b);
    expect(sandbox.stack()).toEqual([SHA.a, SHA.b]);
    const second = await sandbox.rollback([]);
    expect(second.code, second.output).toBe(0);
    expect(sandbox.running()).toBe(SHA.a);
    expect(sandbox.stack()).toEqual([SHA.a]);
    const none = await sandbox.rollback([]);
    expect(none.code).toBe(64);
    expect(none.stderr).toContain(`there is no release before ${SHA.a} to roll back to`);
  });

  it('takes a release by a short commit SHA and starts it with the compose file recorded for it', async () => {
    const result = await sandbox.rollback(['aaaa111']);
    expect(result.code, result.output).toBe(0);
    expect(sandbox.running()).toBe(SHA.a);
    expect(sandbox.stack()).toEqual([SHA.a]);
    const up = sandbox.composeCalls().at(-1);
    expect(up?.args).toContain(`--file ${path.join(sandbox.releasesDir, SHA.a, 'docker-compose.production.yml')} up`);
    expect(sandbox.history().at(-1)).toContain(`rollback ${SHA.a} ok (from ${SHA.c})`);
  });

  it('in a dry run prints the target, its images and commands, and changes nothing', async () => {
    const before = sandbox.composeCalls().length;
    const plan = await sandbox.rollback(['--dry-run']);
    expect(plan.code, plan.output).toBe(0);
    expect(plan.stdout).toContain(`[rollback] running:  ${SHA.c}`);
    expect(plan.stdout).toContain(`[rollback] target:   ${SHA.b}`);
    expect(plan.stdout).toContain(`[rollback] image:    ${REGISTRY}/scentence-backend:${SHA.b}`);
    expect(plan.stdout).toMatch(new RegExp(`\\[dry-run\\] would run: env IMAGE_TAG=${SHA.b} .* up --detach`));
    expect(sandbox.composeCalls()).toHaveLength(before);
    expect(sandbox.stack()).toEqual([SHA.a, SHA.b, SHA.c]);
  });

  it('fails, and keeps the record, when the target does not become healthy', async () => {
    sandbox.health.unhealthy.add(SHA.b);
    const result = await sandbox.rollback([]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`release ${SHA.b} did not become healthy`);
    expect(sandbox.stack()).toEqual([SHA.a, SHA.b, SHA.c]);
  });

  it('rejects an ambiguous prefix', async () => {
    await sandbox.deploy(['aaaa999999999999999999999999999999999999']);
    const result = await sandbox.rollback(['aaaa']);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("'aaaa' matches several releases");
  });
});

// ─── container entry point ──────────────────────────────────────────────────────────────────────

describe('deploy/runtime', () => {
  const base = { NODE_ENV: 'production', DB_WAIT_TIMEOUT_SECONDS: 60 } as const;

  it('names the database servers to wait for, once each, with PostgreSQL’s default port', () => {
    const env = {
      ...base,
      DATABASE_URL: 'postgresql://u:p@db.internal/fallback',
      PERFUME_DATABASE_URL: 'postgresql://u:p@rds.example:6432/perfume_db',
      RECOM_DATABASE_URL: undefined,
      MEMBER_DATABASE_URL: undefined,
    };
    expect(databaseEndpointsOf(env)).toEqual([
      { host: 'rds.example', port: 6432 },
      { host: 'db.internal', port: 5432 },
    ]);
    expect(missingDatabaseUrls(env)).toEqual([]);
    expect(missingDatabaseUrls({ ...env, DATABASE_URL: undefined })).toEqual([
      'RECOM_DATABASE_URL',
      'MEMBER_DATABASE_URL',
    ]);
  });

  it('waits for a database server that starts late, and gives up naming one that never does', async () => {
    const late = net.createServer((socket) => socket.end());
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    setTimeout(() => late.listen(port, '127.0.0.1'), 300);
    const waits: string[] = [];
    await waitForEndpoints([{ host: '127.0.0.1', port }], {
      timeoutMs: 5_000,
      retryMs: 100,
      onWait: (waiting) => waits.push(String(waiting.length)),
    });
    expect(waits.length).toBeGreaterThan(0);
    await new Promise((resolve) => late.close(resolve));

    const never = waitForEndpoints([{ host: '127.0.0.1', port }], { timeoutMs: 300, retryMs: 100 });
    await expect(never).rejects.toBeInstanceOf(DatabaseUnreachableError);
    await expect(never).rejects.toThrow(`database not reachable after 0.3s: 127.0.0.1:${port}`);
  });

  it('refuses the embedded database in production, naming the variables', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'deploy/runtime/startService.ts', 'apps/backend/src/server.ts'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production' },
        timeout: 30_000,
      },
    );
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('PERFUME_DATABASE_URL (or DATABASE_URL): required in production');
  });

  it('healthcheck.mjs exits 0 only for a 2xx answer', async () => {
    const server = http.createServer((req, res) => {
      res.writeHead(req.url === '/ok' ? 200 : 503);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const check = (url: string) =>
      new Promise<number>((resolve) => {
        execFile(process.execPath, ['deploy/runtime/healthcheck.mjs', url, '1000'], { cwd: REPO_ROOT }, (error) =>
          resolve(error ? Number(error.code) : 0),
        );
      });
    expect(await check(`http://127.0.0.1:${port}/ok`)).toBe(0);
    expect(await check(`http://127.0.0.1:${port}/down`)).toBe(1);
    await new Promise((resolve) => server.close(resolve));
    expect(await check(`http://127.0.0.1:${port}/ok`)).toBe(1);
  });
});

// ─── .env.example ───────────────────────────────────────────────────────────────────────────────

describe('.env.example', async () => {
  const entries = parseEnvExample(read('.env.example'));
  const listed = new Set(entries.map((entry) => entry.name));
  const sources = configurationSources(REPO_ROOT);
  const scanned = scanSources(REPO_ROOT, sources);
  const { readers, failures } = await importSchemaKeys(REPO_ROOT, sources, scanned);
  if (failures.length > 0)
    console.warn(`env modules not imported (their source scan still counts):\n${failures.join('\n')}`);

  it('lists every variable an app reads, with where it is read', () => {
    expect(readers.size).toBeGreaterThan(10);
    const missing = [...readers]
      .filter(([name]) => !listed.has(name) && !(name in NOT_CONFIGURATION))
      .map(([name, where]) => `${name} (${[...where].join(', ')})`);
    expect(missing, 'add these to .env.example, each with a comment').toEqual([]);
  });

  it('lists every variable the compose file substitutes', () => {
    const substituted = composeSubstitutions(read('docker-compose.production.yml'));
    expect(substituted).toEqual(expect.arrayContaining(['AUTH_SECRET', 'IMAGE_REGISTRY', 'IMAGE_TAG']));
    expect(substituted.filter((name) => !listed.has(name))).toEqual([]);
  });

  it('lists the variables of the members, storage and AI features before they land', () => {
    for (const name of [
      'AUTH_SECRET',
      'NEXTAUTH_URL',
      'KAKAO_CLIENT_ID',
      'KAKAO_CLIENT_SECRET',
      'ADMIN_EMAILS',
      'STORAGE_DRIVER',
      'S3_BUCKET',
      'CLOUDFRONT_URL',
      'OPENAI_API_KEY',
    ]) {
      expect(listed.has(name), name).toBe(true);
    }
  });

  it('gives each variable a comment and lists it once', () => {
    expect(entries.filter((entry) => entry.comment.length < 10).map((entry) => entry.name)).toEqual([]);
    expect(entries.length).toBe(listed.size);
  });
});
