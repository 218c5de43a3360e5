export * from './catalogProcedures';
