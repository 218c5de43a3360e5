export * from './authSecret';
export * from './loadConfig';
export * from './sharedVariables';
