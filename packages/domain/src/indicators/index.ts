// Indicators (chỉ tiêu): exact decimal arithmetic and the figures a report prints. Pure: no I/O.
export * from './decimal.ts';
export * from './figures.ts';
