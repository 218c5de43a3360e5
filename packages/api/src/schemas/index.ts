export * from './catalogPages';
export * from './common';
export * from './member';
export * from './perfume';
export * from './perfumeRecord';
export * from './vocabulary';
