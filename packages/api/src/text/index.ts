export * from './brandSlug';
export * from './foldText';
