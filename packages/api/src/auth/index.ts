export * from './accessToken';
