import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * A benchmark's servers in a process of their own (under tsx, so the loader keeps its core): the
 * script prints what it serves as one JSON line on stdout once it is ready.
 */
export async function startBenchChild<T>(
  script: string,
  args: readonly string[],
  env?: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; fixtures: T }> {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [script, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    ...(env && { env }),
  });
  const first = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next();
  if (first.done) throw new Error(`${script} ended before it was ready`);
  child.stdout?.resume();
  return { child, fixtures: JSON.parse(String(first.value)) as T };
}

/** Stops the servers' process (SIGTERM: each closes and cleans up after itself) and waits for it. */
export async function stopBenchChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
