export * from './hostOnShippedCatalog';
export * from './shippedCatalogDatabase';
export * from './tcpProxy';
export * from './testDatabases';
export * from './testEnv';
