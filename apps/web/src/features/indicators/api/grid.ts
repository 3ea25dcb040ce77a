import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';
import { CellSchema, GridSchema, RevisionSchema, type Cell, type ValueKind } from './schemas.ts';

// GET /api/indicators/grid?agencyId&year&uptoMonth → indicators × 12 months with the computed figures.
export function useIndicatorGrid(agencyId: number | null, year: number, uptoMonth: number | null) {
  return useQuery({
    queryKey: ['indicators', 'grid', agencyId, year, uptoMonth],
    queryFn: ({ signal }) =>
      request('/indicators/grid', GridSchema, { query: { agencyId, year, uptoMonth }, signal }),
    placeholderData: keepPreviousData,
  });
}

export type CellFields = Omit<Cell, 'id' | 'version'>;

// PUT /api/indicators/:id/values/:month/:kind — one cell (every field sent; all empty deletes the cell).
export function useSaveCell() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      indicatorId: number;
      month: number;
      kind: ValueKind;
      fields: CellFields;
      version?: number;
    }) =>
      request(
        `/indicators/${v.indicatorId}/values/${v.month}/${v.kind}`,
        z.object({ changed: z.boolean(), cell: CellSchema.nullable() }),
        { method: 'PUT', body: { ...v.fields, ...(v.version !== undefined ? { version: v.version } : {}) } },
      ),
    onSuccess: async (_r, v) => {
      await qc.invalidateQueries({ queryKey: ['indicators', 'grid'] });
      await qc.invalidateQueries({ queryKey: ['indicators', 'revisions', v.indicatorId] });
    },
  });
}

// GET /api/indicators/:id/revisions — the history of the indicator's cells, newest first.
export function useRevisions(indicatorId: number | null) {
  return useQuery({
    queryKey: ['indicators', 'revisions', indicatorId],
    queryFn: ({ signal }) =>
      request(`/indicators/${indicatorId}/revisions`, z.array(RevisionSchema), { signal }),
    enabled: indicatorId !== null,
  });
}
