import { download } from '../../../lib/api.ts';

// GET /api/units/export.xlsx?agencyId= → the unit list as .xlsx.
export function exportUnits(agencyId: number | null | undefined): void {
  download('/units/export.xlsx', { agencyId });
}
