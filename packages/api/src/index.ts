export * from './schemas';
export * from './trpc';
export * from './vocabulary';
