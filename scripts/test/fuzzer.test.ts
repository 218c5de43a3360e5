import { afterAll, describe, expect, it } from 'vitest';
import { formatReport } from '../fuzz/fuzzReport';
import type { IdentityKind } from '../fuzz/fuzzRequest';
import { type FuzzResult, runFuzz } from '../fuzz/fuzzRun';
import { closeConnections } from '../fuzz/httpSender';
import type { Identities } from '../fuzz/identities';
import type { CheckName } from '../fuzz/responseChecks';
import { MEMBER_AUTHORIZATION, startToyService, type ToyFault } from './fuzz/toyService';

const SEED = 20_260_101;
const REQUESTS = 400;

/** A toy member needs no sign-up: the toy service knows one fixed token. */
function toyIdentities(): Identities {
  return {
    available: ['anonymous', 'member', 'forged'],
    unavailable: [{ identity: 'admin', reason: 'the toy service has no admins' }],
    async authorization(identity: IdentityKind) {
      if (identity === 'member') return MEMBER_AUTHORIZATION;
      return identity === 'forged' ? 'Bearer forged' : null;
    },
    refused() {},
    setupRequests: () => 0,
  };
}

async function fuzzToy(faults: ToyFault[], requests = REQUESTS, onlyCase?: number): Promise<FuzzResult> {
  const toy = await startToyService(faults);
  try {
    return await runFuzz({
      services: [{ name: 'toy', url: toy.url }],
      seed: SEED,
      requests,
      onlyCase,
      identities: toyIdentities(),
    });
  } finally {
    await toy.close();
  }
}

function found(result: FuzzResult): string[] {
  return [
    ...new Set(
      result.failures.flatMap((record) =>
        record.problems.map(
          (problem) => `${record.request.method} ${record.request.operation?.path}: ${problem.check}`,
        ),
      ),
    ),
  ].sort();
}

afterAll(() => closeConnections());

describe('the API contract fuzzer', () => {
  it('passes a service that keeps its contract, after trying every operation as every caller', async () => {
    const result = await fuzzToy([]);
    expect(found(result), formatReport(result)).toEqual([]);
    expect(result.sent).toBe(REQUESTS);
    for (const entry of result.coverage) {
      expect(entry.requests, entry.operation).toBeGreaterThan(0);
    }
    const operations = result.coverage.filter((entry) => !entry.operation.includes(' host: '));
    for (const entry of operations)
      expect(Object.keys(entry.byIdentity).sort(), entry.operation).toEqual(['anonymous', 'forged', 'member']);
    // Both the success and the refusal of each operation were reached.
    const statuses = Object.fromEntries(
      result.coverage.map((entry) => [entry.operation, Object.keys(entry.statuses).sort()]),
    );
    expect(statuses).toMatchObject({
      'toy GET /items': expect.arrayContaining(['200', '400']),
      'toy POST /items': expect.arrayContaining(['200', '400', '401', '413', '415']),
      'toy GET /items/{id}': expect.arrayContaining(['200', '400', '404']),
      'toy GET /me': ['200', '401'],
      'toy host: wrong-method': ['405'],
      'toy host: large-headers': ['431'],
    });
  });

  it.each<[ToyFault, string]>([
    ['prototype-key-crash', 'GET /items: server-error'],
    ['lax-ids', 'GET /items/{id}: accepts-forbidden-input'],
    ['undocumented-status', 'POST /items: undocumented-status'],
    ['wrong-body', 'GET /items/{id}: undocumented-body'],
    ['open-protected', 'GET /me: ignores-security'],
  ])('catches the fault "%s" as %s', async (fault, expected) => {
    const result = await fuzzToy([fault]);
    expect(found(result)).toContain(expected);
    const sample = result.failures.find(
      (record) =>
        `${record.request.method} ${record.request.operation?.path}: ${record.problems[0]?.check}` === expected,
    );
    expect(formatReport(result)).toContain(`replay: npm run fuzz -- --seed ${SEED} --case ${sample?.request.index}`);
  });

  it('replays one case from its seed and number exactly', async () => {
    const full = await fuzzToy(['lax-ids']);
    const original = full.failures.find((record) =>
      record.problems.some((problem) => problem.check === ('accepts-forbidden-input' satisfies CheckName)),
    );
    expect(original).toBeDefined();
    const replay = await fuzzToy(['lax-ids'], REQUESTS, original?.request.index);
    expect(replay.sent).toBe(1);
    expect(
      replay.failures.map((record) => [record.request.method, record.request.target, record.request.body]),
    ).toEqual([[original?.request.method, original?.request.target, original?.request.body]]);
  });
});
