export * from './foldForMatch';
export * from './hangulFolding';
export * from './jamo';
export * from './koreanEndings';
export * from './koreanParticles';
export * from './latinFolding';
export * from './similarity';
export * from './tokens';
