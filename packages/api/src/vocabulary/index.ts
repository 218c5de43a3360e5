export * from './accords';
export * from './labels';
