/**
 * The API contract, fuzzed: the three service hosts on port 0 over fresh test databases, every
 * operation of their /openapi.json documents tried with valid and broken input, anonymously, as
 * a member, as an admin and with forged tokens. A failure prints the operation, the request, the
 * answer and the command that replays it (`npm run fuzz -- --seed S --case N`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFuzzEnv } from '../fuzz/fuzzEnv';
import { formatNotCovered, formatReport, groupFailures } from '../fuzz/fuzzReport';
import { type FuzzResult, runFuzz } from '../fuzz/fuzzRun';
import { closeConnections } from '../fuzz/httpSender';
import { createIdentities, type Identities } from '../fuzz/identities';
import { type InProcessServices, startInProcessServices } from '../fuzz/inProcessServices';
import { createRandom } from '../fuzz/random';

const env = loadFuzzEnv();
/** Fixed, so CI is repeatable; FUZZ_SEED and FUZZ_REQUESTS explore further. */
const SEED = env.FUZZ_SEED ?? 8_008;
/** Counted, not timed: about 40 s on the CI machine, well under two minutes with the start. */
const REQUESTS = env.FUZZ_REQUESTS ?? 1_200;

let services: InProcessServices;
let identities: Identities;
let result: FuzzResult;

beforeAll(async () => {
  services = await startInProcessServices();
  identities = await createIdentities({
    backendUrl: services.targets.find((target) => target.name === 'backend')?.url,
    authSecret: services.authSecret,
    adminEmails: services.adminEmails,
  });
  result = await runFuzz({ services: services.targets, seed: SEED, requests: REQUESTS, identities });
  console.log(formatNotCovered(result));
}, 300_000);

afterAll(async () => {
  closeConnections();
  await services?.close();
});

describe('the API contract of backend, scentmap and layering', () => {
  it('reads every service document and tries every operation as every kind of caller', () => {
    expect(result.services.map((service) => service.name)).toEqual(['backend', 'scentmap', 'layering']);
    for (const service of result.services) expect(service.operations, service.name).toBeGreaterThan(0);
    expect(result.identitiesUnavailable).toEqual([]);
    for (const entry of result.coverage) {
      expect(entry.requests, `${entry.operation} got no request`).toBeGreaterThan(0);
      if (!entry.operation.includes(' host: ')) {
        expect(Object.keys(entry.byIdentity).sort(), entry.operation).toEqual([
          'admin',
          'anonymous',
          'forged',
          'member',
        ]);
      }
    }
    expect(result.notSent.map((record) => record.outcome)).toEqual([]);
  });

  it('answers every request with a documented status and body, no 5xx, no input the document forbids', () => {
    expect(
      groupFailures(result.failures).map((group) => group.key),
      formatReport(result),
    ).toEqual([]);
  });
});

describe("the fuzzer's callers", () => {
  it('signs a new member up when the one it used was withdrawn, instead of excluding operations', async () => {
    const backend = services.targets.find((target) => target.name === 'backend')?.url;
    const random = createRandom(SEED);
    const me = (authorization: string | null) =>
      fetch(`${backend}/api/members/me`, { headers: authorization ? { authorization } : {} });
    const first = await identities.authorization('member', random);
    const before = (await (await me(first)).json()) as { id: string };
    const admin = await identities.authorization('admin', random);
    const withdrawal = await fetch(`${backend}/api/admin/members/${before.id}/status`, {
      method: 'PUT',
      headers: { authorization: admin ?? '', 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'withdrawn' }),
    });
    expect(withdrawal.status).toBe(200);
    expect((await me(first)).status).toBe(401);

    identities.refused('member', first);
    const second = await identities.authorization('member', random);
    const after = await me(second);
    expect(after.status).toBe(200);
    expect(((await after.json()) as { id: string }).id).not.toBe(before.id);
  });
});
