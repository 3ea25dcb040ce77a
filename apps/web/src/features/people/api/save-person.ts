import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api.ts';
import { PersonSchema, type Person, type PersonInput } from './person-schema.ts';

// POST /api/people (create) and PUT /api/people/:id (edit, with the `version` that was read: a stale one
// comes back 409 `conflict`).
export function createPerson(input: PersonInput): Promise<Person> {
  return request('/people', PersonSchema, { method: 'POST', body: input });
}

export function updatePerson(id: number, input: PersonInput & { version: number }): Promise<Person> {
  return request(`/people/${id}`, PersonSchema, { method: 'PUT', body: input });
}

export function useSavePerson(id: number | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonInput & { version?: number }) =>
      id === null ? createPerson(input) : updatePerson(id, { ...input, version: input.version ?? 0 }),
    onSuccess: async (person) => {
      qc.setQueryData(['people', 'detail', person.id], person);
      await qc.invalidateQueries({ queryKey: ['people', 'list'] });
      await qc.invalidateQueries({ queryKey: ['people', 'audit', person.id] });
    },
  });
}
