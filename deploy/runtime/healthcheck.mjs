// The images' HEALTHCHECK (they ship no curl): exit 0 when the URL answers 2xx within the timeout.
// usage: node deploy/runtime/healthcheck.mjs <url> [timeout-ms]
const [url, timeoutMs = '5000'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node deploy/runtime/healthcheck.mjs <url> [timeout-ms]');
  process.exit(64);
}
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(Number(timeoutMs)) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
