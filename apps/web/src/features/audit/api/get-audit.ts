import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { pageOf, request, type Page } from '../../../lib/api.ts';
import { AuditEntrySchema, type AuditEntry } from '../../../lib/audit.ts';

// GET /api/audit?entity=&entityId=&userId=&action=&from=&to=&q=&page=&pageSize= → newest first.
export interface AuditFilters {
  entity?: string | null;
  entityId?: number | null;
  userId?: number | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
  q?: string | null;
}

const AuditPageSchema = pageOf(AuditEntrySchema);

export function fetchAudit(
  query: AuditFilters & { page: number; pageSize: number },
): Promise<Page<AuditEntry>> {
  return request('/audit', AuditPageSchema, { query: { ...query } });
}

export function useAudit(query: AuditFilters & { page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => fetchAudit(query),
    placeholderData: keepPreviousData,
  });
}
