/**
 * `npm run fuzz -- [--requests 10000] [--seed N] [--case N]` fuzzes the three services in this
 * process over fresh embedded databases; `--backend URL --scentmap URL --layering URL` fuzzes
 * running services instead (members need their AUTH_SECRET in the environment). Prints the
 * report and exits 1 when any answer broke the contract.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadFuzzEnv } from './fuzzEnv';
import { describeCase, formatReport } from './fuzzReport';
import { runFuzz, type ServiceTarget } from './fuzzRun';
import { closeConnections } from './httpSender';
import { createIdentities } from './identities';
import { startInProcessServices } from './inProcessServices';
import { randomSeed } from './random';

const SERVICE_NAMES = ['backend', 'scentmap', 'layering'] as const;

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    case: { type: 'string' },
    concurrency: { type: 'string', default: '4' },
    report: { type: 'string' },
    'admin-email': { type: 'string', multiple: true },
    backend: { type: 'string' },
    scentmap: { type: 'string' },
    layering: { type: 'string' },
  },
});

function count(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) {
    console.error(`--${name} takes a whole number, not ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return value;
}

const env = loadFuzzEnv();
const seed = count('seed', values.seed) ?? randomSeed();
const given: ServiceTarget[] = SERVICE_NAMES.flatMap((name) => {
  const url = values[name];
  return url ? [{ name, url: url.replace(/\/$/, '') }] : [];
});
const inProcess = given.length === 0 ? await startInProcessServices() : null;
const services = inProcess?.targets ?? given;
const backendUrl = services.find((service) => service.name === 'backend')?.url;

try {
  const identities = await createIdentities({
    backendUrl,
    authSecret: inProcess?.authSecret ?? env.AUTH_SECRET,
    adminEmails: inProcess?.adminEmails ?? values['admin-email'] ?? [],
  });
  console.error(`fuzzing ${services.map((service) => `${service.name} ${service.url}`).join(', ')} with seed ${seed}`);
  const result = await runFuzz({
    services,
    seed,
    requests: count('requests', values.requests) ?? 2000,
    onlyCase: count('case', values.case),
    concurrency: count('concurrency', values.concurrency),
    identities,
    onProgress(done, total) {
      if (done % 1000 === 0 || done === total) console.error(`  ${done}/${total}`);
    },
    onCase(record) {
      if (values.case !== undefined) console.log(describeCase(record, seed));
    },
  });
  const report = formatReport(result);
  console.log(report);
  if (values.report) writeFileSync(values.report, `${report}\n`);
  process.exitCode = result.failures.length > 0 ? 1 : 0;
} finally {
  closeConnections();
  await inProcess?.close();
}
