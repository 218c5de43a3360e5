export * from './accords';
export * from './labels';
export * from './accordDescriptions';
export * from './noteDescriptions';
