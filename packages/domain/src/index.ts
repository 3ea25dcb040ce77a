// The pure domain: no I/O, no clock, no process.env. Everything it needs is an argument.
export {};
