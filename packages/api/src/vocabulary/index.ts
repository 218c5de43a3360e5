export * from './accordDescriptions';
export * from './accords';
export * from './brandCountries';
export * from './labels';
export * from './noteDescriptions';
export * from './noteFamilies';
