export * from './common';
export * from './perfume';
export * from './vocabulary';
export * from './perfumeRecord';
