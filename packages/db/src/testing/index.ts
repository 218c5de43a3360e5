export * from './tcpProxy';
export * from './testDatabases';
