import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api.ts';

// DELETE /api/people/:id → 204 (the server marks `endDate` instead when history refers to the person).
export function deletePerson(id: number): Promise<void> {
  return request(`/people/${id}`, null, { method: 'DELETE' });
}

export function useDeletePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deletePerson,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['people'] }),
  });
}
