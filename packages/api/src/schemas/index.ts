export * from './common';
export * from './perfume';
export * from './vocabulary';
export * from './perfumeRecord';
export * from './member';
export * from './catalogPages';
