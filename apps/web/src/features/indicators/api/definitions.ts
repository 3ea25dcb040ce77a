import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';
import { IndicatorSchema, type IndicatorKind } from './schemas.ts';

// GET/POST/PUT/DELETE /api/indicators — the year's indicators (children right after their parent).
export function useIndicators(agencyId: number | null, year: number) {
  return useQuery({
    queryKey: ['indicators', 'list', agencyId, year],
    queryFn: ({ signal }) =>
      request('/indicators', z.array(IndicatorSchema), { query: { agencyId, year }, signal }),
  });
}

export interface IndicatorInput {
  parentId: number | null;
  code: string;
  name: string;
  kind: IndicatorKind;
  unit: string | null;
  quantityUnit: string | null;
  precision: number;
  percentPrecision: number;
  planValue: string | null;
  sourceNote: string | null;
}

export function useSaveIndicator() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      id: number | null;
      agencyId: number | null;
      year: number;
      input: IndicatorInput;
      version?: number;
    }) =>
      v.id === null
        ? request('/indicators', IndicatorSchema, {
            method: 'POST',
            body: { ...v.input, year: v.year, ...(v.agencyId ? { agencyId: v.agencyId } : {}) },
          })
        : request(`/indicators/${v.id}`, IndicatorSchema, {
            method: 'PUT',
            body: { ...v.input, version: v.version },
          }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['indicators'] });
    },
  });
}

export function useDeleteIndicator() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; version: number }) =>
      request(`/indicators/${v.id}`, null, { method: 'DELETE', body: { version: v.version } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['indicators'] });
    },
  });
}
