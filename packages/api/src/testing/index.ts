export * from './lookupHostGuards';
export * from './mapPoints';
export * from './rawHttp';
