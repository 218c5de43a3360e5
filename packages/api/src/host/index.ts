export * from './conditionalGet';
export * from './eventStreams';
export * from './serviceHost';
export * from './shutdown';
export * from './standalone';
