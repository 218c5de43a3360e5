export * from './serviceHost';
export * from './shutdown';
