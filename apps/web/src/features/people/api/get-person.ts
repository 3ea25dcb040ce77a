import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api.ts';
import { PersonSchema, type Person } from './person-schema.ts';

// GET /api/people/:id → Person with its unit history.
export function fetchPerson(id: number): Promise<Person> {
  return request(`/people/${id}`, PersonSchema);
}

export const personKey = (id: number) => ['people', 'detail', id] as const;

export function usePerson(id: number | null) {
  return useQuery({
    queryKey: personKey(id ?? 0),
    queryFn: () => fetchPerson(id as number),
    enabled: id !== null,
  });
}
