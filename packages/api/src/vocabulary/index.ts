export * from './accordDescriptions';
export * from './accords';
export * from './labels';
export * from './noteDescriptions';
