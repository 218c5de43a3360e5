export * from './serviceHost';
export * from './shutdown';
export * from './standalone';
