import { type CaseRecord, type FuzzResult, subjectOf } from './fuzzRun';
import { isAnswer } from './httpSender';
import { CHECK_DESCRIPTIONS } from './responseChecks';

const EXCERPT = 400;

/** Escaped, with long runs of one character written as `[×5000]`, and cut at the limit. */
function excerpt(text: string, limit = EXCERPT): string {
  const escaped = JSON.stringify(text)
    .slice(1, -1)
    .replace(/(.)\1{19,}/gu, (run, character: string) => `${character}×${run.length / character.length}`);
  return escaped.length > limit ? `${escaped.slice(0, limit)}… (${text.length} characters)` : escaped;
}

/** The request and answer of one case, as a failure message shows them, with its replay command. */
export function describeCase(record: CaseRecord, seed: number): string {
  const { request, outcome } = record;
  const headers = Object.entries({
    ...request.headers,
    ...(record.authorization ? { authorization: record.authorization } : {}),
  })
    .map(([name, value]) => `${name}: ${excerpt(value, 120)}`)
    .join(' | ');
  const body =
    request.body === null
      ? ''
      : `\n      body: ${excerpt(typeof request.body === 'string' ? request.body : request.body.toString('latin1'))}`;
  const answer = isAnswer(outcome)
    ? `${outcome.status} ${outcome.headers['content-type'] ?? '(no content type)'}${outcome.headers.allow ? ` allow: ${outcome.headers.allow}` : ''}\n      body: ${excerpt(outcome.body) || '(empty)'}`
    : `none: ${outcome.error}`;
  return [
    `    case #${request.index} (${request.kind}, as ${request.identity}): ${request.note}`,
    `    request: ${request.method} ${excerpt(request.target, 300)}${headers ? `\n      headers: ${headers}` : ''}${body}`,
    `    response: ${answer}`,
    ...record.problems.map((problem) => `    ✗ ${problem.check}: ${problem.detail}`),
    `    replay: npm run fuzz -- --seed ${seed} --case ${request.index}`,
  ].join('\n');
}

/** Failures grouped by what, where and which status, one sample each. */
export function groupFailures(records: readonly CaseRecord[]): { key: string; count: number; sample: CaseRecord }[] {
  const groups = new Map<string, { key: string; count: number; sample: CaseRecord }>();
  for (const record of records) {
    const status = isAnswer(record.outcome) ? record.outcome.status : 'no answer';
    const checks = [...new Set(record.problems.map((problem) => CHECK_DESCRIPTIONS[problem.check]))].sort();
    const key = `${subjectOf(record.request)} → ${status}: ${checks.join('; ')}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { key, count: 1, sample: record });
  }
  return [...groups.values()];
}

export function formatReport(result: FuzzResult): string {
  const lines: string[] = [];
  const operations = result.services.map((service) => `${service.name} ${service.operations}`).join(', ');
  lines.push(
    `API contract fuzz: seed ${result.seed}, ${result.sent} requests (+${result.setupRequests} to set up); operations: ${operations}`,
  );
  const groups = groupFailures(result.failures);
  lines.push(`\nFailures: ${result.failures.length} requests in ${groups.length} groups`);
  groups.forEach((group, index) => {
    lines.push(`\n[${index + 1}] ${group.key} — ${group.count} request${group.count === 1 ? '' : 's'}`);
    lines.push(describeCase(group.sample, result.seed));
  });

  if (result.refusedValid.length) {
    const byOperation = new Map<string, CaseRecord>();
    for (const record of result.refusedValid) {
      if (!byOperation.has(subjectOf(record.request))) byOperation.set(subjectOf(record.request), record);
    }
    lines.push(
      `\nDocumented-valid input answered 400 (the document allows more than the server takes): ${result.refusedValid.length} requests`,
    );
    for (const [subject, record] of byOperation) {
      const body = isAnswer(record.outcome) ? excerpt(record.outcome.body, 200) : '';
      lines.push(
        `  ${subject}: case #${record.request.index} ${record.request.method} ${excerpt(record.request.target, 160)} → ${body}`,
      );
    }
  }

  lines.push(formatNotCovered(result));

  lines.push('\nStatuses by operation:');
  for (const entry of result.coverage) {
    const statuses = Object.entries(entry.statuses)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
    lines.push(`  ${entry.operation}: ${entry.requests} (${statuses})`);
  }
  return lines.join('\n');
}

/** What the run could not exercise: inputs it cannot generate, identities, dependencies, budget. */
export function formatNotCovered(result: FuzzResult): string {
  const lines: string[] = [];
  const countBy = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  for (const [subject, count] of countBy(result.dependencyUnavailable.map((record) => subjectOf(record.request)))) {
    lines.push(`  a dependency was unavailable (503) in ${count} requests: ${subject}`);
  }
  for (const what of result.unsupported) lines.push(`  input not generated: ${what}`);
  for (const entry of result.coverage) {
    if (entry.validInputGaps > 0) {
      lines.push(`  no documented-valid input generated in ${entry.validInputGaps} valid cases: ${entry.operation}`);
    }
    if (entry.requests === 0) {
      lines.push(
        `  no request sent: ${entry.operation} (raise --requests past ${result.sweepLength} for a full sweep)`,
      );
    }
  }
  for (const entry of result.identitiesUnavailable) lines.push(`  identity ${entry.identity}: ${entry.reason}`);
  const reasons = result.notSent.map((record) => (isAnswer(record.outcome) ? '' : record.outcome.error));
  for (const [reason, count] of countBy(reasons)) lines.push(`  not sent (${count}): ${reason}`);
  return `\nNot covered:${lines.length ? `\n${lines.join('\n')}` : ' nothing'}`;
}
