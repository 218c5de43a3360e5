/**
 * Runs once when the server starts: a bad configuration stops it with a message naming the variable,
 * and the request guards go in front of the server (methods Next cannot route, oversized headers).
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next's compile-time switch (not configuration); it keeps env.ts out of the edge bundle.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { webEnv } = await import('./env');
    webEnv();
    const { installRequestGuards } = await import('./server/requestGuards');
    installRequestGuards();
  }
}
