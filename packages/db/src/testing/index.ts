export * from './testDatabases';
export * from './tcpProxy';
