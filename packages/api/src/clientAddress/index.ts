export * from './canonicalAddress';
export * from './forwardedClient';
export * from './proxyTrust';
export * from './throttleAddress';
