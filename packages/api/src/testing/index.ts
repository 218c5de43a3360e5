export * from './rawHttp';
