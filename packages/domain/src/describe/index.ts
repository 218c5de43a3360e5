export * from './perfumeDescription';
