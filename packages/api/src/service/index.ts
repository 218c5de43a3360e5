export * from './createService';
export * from './runServiceStandalone';
export * from './serviceEnv';
