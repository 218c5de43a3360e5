export * from './loadConfig';
export * from './sharedVariables';
