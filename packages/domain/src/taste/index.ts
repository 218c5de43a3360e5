export * from './recommendationReason';
export * from './tasteProfile';
export * from './tasteWeights';
