import { download } from '../../../lib/api.ts';
import type { AuditFilters } from './get-audit.ts';

// GET /api/audit/export.xlsx?…same filters → .xlsx.
export function exportAudit(filters: AuditFilters): void {
  download('/audit/export.xlsx', { ...filters });
}
