export * from './authSecret';
export * from './exitCodes';
export * from './loadConfig';
export * from './sharedVariables';
