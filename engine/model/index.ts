export * from './graph';
export * from './finding';
