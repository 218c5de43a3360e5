export * from './testDatabases';
