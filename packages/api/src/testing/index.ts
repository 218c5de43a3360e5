export * from './lookupHostGuards';
export * from './rawHttp';
