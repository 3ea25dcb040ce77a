import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { pageOf, request, type Page } from '../../../lib/api.ts';
import { PersonRowSchema, type PeopleFilters, type PersonRow } from './person-schema.ts';

// GET /api/people?…filters&page&pageSize → one page, sorted by given name then family name (server).
export interface PeopleQuery extends PeopleFilters {
  page: number;
  pageSize: number;
}

const PeoplePageSchema = pageOf(PersonRowSchema);

export function fetchPeople(query: PeopleQuery, signal?: AbortSignal): Promise<Page<PersonRow>> {
  return request('/people', PeoplePageSchema, {
    query: { ...query, includeLeft: query.includeLeft ? 'true' : undefined },
    ...(signal ? { signal } : {}),
  });
}

export function usePeople(query: PeopleQuery) {
  return useQuery({
    queryKey: ['people', 'list', query],
    queryFn: ({ signal }) => fetchPeople(query, signal),
    placeholderData: keepPreviousData,
  });
}
