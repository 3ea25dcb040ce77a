import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api.ts';
import { UnitSchema, type Unit } from '../../../lib/endpoints/units.ts';

// POST /api/units (create) and PUT /api/units/:id (edit, with `version`) — officers and administrators.
export interface UnitInput {
  agencyId: number;
  code: string;
  name: string;
  shortName?: string;
  kind: string;
  sortOrder?: number;
  active: boolean;
}

export function createUnit(input: UnitInput): Promise<Unit> {
  return request('/units', UnitSchema, { method: 'POST', body: input });
}

export function updateUnit(id: number, input: UnitInput & { version: number }): Promise<Unit> {
  return request(`/units/${id}`, UnitSchema, { method: 'PUT', body: input });
}

export function useSaveUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: UnitInput & { version?: number } }) =>
      id === null ? createUnit(input) : updateUnit(id, { ...input, version: input.version ?? 0 }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['units'] });
      await qc.invalidateQueries({ queryKey: ['agencies'] });
    },
  });
}
