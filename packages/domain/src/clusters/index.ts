// Cluster (Cụm, Khối thi đua) scoring and ranking: pure functions over plain data.
export * from './scoring.ts';
export * from './ranking.ts';
