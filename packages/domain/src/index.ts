export * from './describe';
export * from './intent';
export * from './map';
export * from './names';
export * from './random';
export * from './taste';
export * from './text';
