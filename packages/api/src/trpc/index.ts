export * from './context';
export * from './dependencyErrors';
export * from './errorFormat';
export * from './init';
