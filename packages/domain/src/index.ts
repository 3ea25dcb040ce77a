// The pure domain: no I/O, no clock, no process.env. Everything it needs is an argument.
export * from './text/vietnamese.ts';
export * as eligibility from './eligibility/index.ts';
