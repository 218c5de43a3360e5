export * from './describe';
export * from './intent';
export * from './names';
export * from './taste';
export * from './text';
