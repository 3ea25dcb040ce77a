// Staff quality ratings (rules.md §7): levels, the HTXSNV cap (R-RATE-2), the discipline check (R-RATE-1).
export * from './rules.ts';
