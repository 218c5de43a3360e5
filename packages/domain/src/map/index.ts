export * from './mapFilter';
