export * from './context';
export * from './dependencyErrors';
export * from './errorFormat';
export * from './init';
export * from './messageError';
export * from './operationDocs';
export * from './procedureMeta';
export * from './retryAfter';
