import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../../..');
const server = path.join(root, 'apps/web/.next/standalone/apps/web/server.js');
const ATTEMPTS = 3;
const RETRY_MS = 20_000;

/**
 * `npm start` builds the web app before starting; in CI the browser tests' global setup has built
 * it before any test runs. Otherwise build it here, waiting out a build another run has going.
 */
export async function ensureWebBuilt(): Promise<void> {
  for (let attempt = 1; !existsSync(server); attempt++) {
    try {
      execFileSync(path.join(root, 'node_modules/.bin/turbo'), ['run', 'build', '--filter=@scentence/web'], {
        cwd: root,
        stdio: 'inherit',
      });
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}
