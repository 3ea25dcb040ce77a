import { download } from '../../../lib/api.ts';
import type { PeopleFilters } from './person-schema.ts';

// GET /api/people/export.xlsx?…same filters → the whole filtered list as .xlsx.
export function exportPeople(filters: PeopleFilters): void {
  download('/people/export.xlsx', { ...filters, includeLeft: filters.includeLeft ? 'true' : undefined });
}
