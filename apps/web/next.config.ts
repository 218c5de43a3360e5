import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import { STATIC_SECURITY_HEADERS } from './src/security/contentSecurityPolicy';

// The standalone server must trace files from the whole monorepo (workspace packages live there).
const monorepoRoot = fileURLToPath(new URL('../..', import.meta.url));

const nextConfig: NextConfig = {
  transpilePackages: ['@scentence/api', '@scentence/domain'],
  output: 'standalone',
  outputFileTracingRoot: monorepoRoot,
  turbopack: { root: monorepoRoot },
  poweredByHeader: false,
  // The per-request headers (CSP with its nonce, HSTS) come from src/proxy.ts.
  headers: async () => [{ source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] }],
};

export default nextConfig;
