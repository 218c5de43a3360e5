import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseBehindProxy } from '../src/testing/testDatabases';

/**
 * The database connection dropping under the driver (postgres.js 3.4.x) used to end the process:
 * a write deferred to a closed connection, or a rejection nobody awaited. Vitest fails a file on
 * an uncaught error, so each case here passing means the process would have lived.
 */
let fixture: Awaited<ReturnType<typeof createDatabaseBehindProxy>>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const codeOf = (error: unknown) => (error as { code?: string }).code;

beforeAll(async () => {
  fixture = await createDatabaseBehindProxy();
}, 120_000);
afterAll(async () => {
  await fixture?.close();
});

async function expectWorkingAgain() {
  // Long enough for a write the driver deferred (setImmediate) to have run.
  await pause(200);
  await fixture.proxy.restore();
  const sql = fixture.databases.get('perfume');
  expect(await sql.begin(async (tx) => (await tx<{ two: number }[]>`SELECT 2 AS two`)[0]?.two)).toBe(2);
}

describe('a transaction whose database connection drops', { timeout: 60_000 }, () => {
  it('fails with a connection error when its next query comes after the drop, and the client works again', async () => {
    const sql = fixture.databases.get('perfume');
    const outcome = await sql
      .begin(async (tx) => {
        await tx`SELECT 1`;
        await fixture.proxy.cut();
        await pause(100);
        await tx`SELECT 2`;
      })
      .then(() => 'committed', codeOf);
    expect(outcome).toBe('CONNECTION_CLOSED');
    await expectWorkingAgain();
  });

  it('fails with a connection error when the drop comes during a query, and the client works again', async () => {
    const sql = fixture.databases.get('perfume');
    const outcome = await sql
      .begin(async (tx) => {
        await tx`SELECT 1`;
        await Promise.all([tx`SELECT 2`, fixture.proxy.cut()]);
      })
      .then(() => 'committed', codeOf);
    expect(['CONNECTION_CLOSED', 'ECONNRESET']).toContain(outcome);
    await expectWorkingAgain();
  });
});

describe('connections opened after the databases', { timeout: 60_000 }, () => {
  it('do not ask for the array types again, and still read and write arrays', async () => {
    const sql = fixture.databases.get('perfume');
    // A connection reset while it asks for the types used to reject a promise nobody awaited.
    fixture.proxy.resetWhenClientSends('typarray');
    await fixture.proxy.cut();
    await pause(100);
    await fixture.proxy.restore();
    const [row] = await sql`SELECT ${['a', 'b']}::text[] AS letters, 'b' = ANY(${['a', 'b']}) AS found`;
    expect(row).toEqual({ letters: ['a', 'b'], found: true });
  });
});
