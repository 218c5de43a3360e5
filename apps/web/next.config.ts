import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

// The standalone server must trace files from the whole monorepo (workspace packages live there).
const monorepoRoot = fileURLToPath(new URL('../..', import.meta.url));

const nextConfig: NextConfig = {
  transpilePackages: ['@scentence/api', '@scentence/domain'],
  output: 'standalone',
  outputFileTracingRoot: monorepoRoot,
  turbopack: { root: monorepoRoot },
  poweredByHeader: false,
};

export default nextConfig;
