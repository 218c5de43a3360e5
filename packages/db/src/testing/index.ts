export * from './hostOnShippedCatalog';
export * from './tcpProxy';
export * from './testDatabases';
export * from './testEnv';
