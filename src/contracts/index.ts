export * from './problem.contract.js';
export * from './org.contract.js';
export * from './account.contract.js';
export * from './health.contract.js';
