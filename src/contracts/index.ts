export * from './problem.contract.js';
export * from './org.contract.js';
export * from './account.contract.js';
export * from './health.contract.js';
export * from './catalogue.contract.js';
export * from './ledger.contract.js';
export * from './common.contract.js';
