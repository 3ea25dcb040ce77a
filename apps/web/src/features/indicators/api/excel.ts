import { useCallback } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { download, upload } from '../../../lib/api.ts';

// GET /api/indicators/export.xlsx, GET /api/indicators/import/template.xlsx, POST /api/indicators/import
// (multipart `file`; 202 with the job id — the job fails listing every row and column, nothing written).
export function exportIndicators(agencyId: number | null, year: number, uptoMonth: number | null): void {
  download('/indicators/export.xlsx', { agencyId, year, uptoMonth });
}

export function downloadIndicatorTemplate(agencyId: number | null, year: number): void {
  download('/indicators/import/template.xlsx', { agencyId, year });
}

const JobQueuedSchema = z.object({ jobId: z.number() });

export function useStartIndicatorImport() {
  return useMutation({
    mutationFn: ({ file, agencyId, year }: { file: File; agencyId: number | null; year: number }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload('/indicators/import', form, JobQueuedSchema, { query: { agencyId, year } });
    },
  });
}

/** After a successful import job: the grid and summaries read the new figures. */
export function useRefreshIndicators(): () => Promise<void> {
  const qc = useQueryClient();
  return useCallback(() => qc.invalidateQueries({ queryKey: ['indicators'] }), [qc]);
}
