import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { hasChromium } from './browser';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Vitest global setup of the browser tests: builds the web app once (turbo caches it) before
 * any test file starts a system, so no two files build at the same time.
 */
export default function buildWebOnce(): void {
  if (!hasChromium) {
    console.warn('Browser tests skipped: /usr/bin/chromium is not installed (apt-get install chromium).');
    return;
  }
  execFileSync(
    path.join(root, 'node_modules/.bin/turbo'),
    ['run', 'build', '--filter=@scentence/web', '--output-logs=errors-only'],
    { cwd: root, stdio: 'inherit' },
  );
}
