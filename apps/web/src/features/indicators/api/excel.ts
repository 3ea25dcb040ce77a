import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { download, upload } from '../../../lib/api.ts';

// GET /api/indicators/export.xlsx, GET /api/indicators/import/template.xlsx, POST /api/indicators/import
// (multipart `file`; 422 `import-invalid` with every row and column in `details`, nothing written).
export function exportIndicators(agencyId: number | null, year: number, uptoMonth: number | null): void {
  download('/indicators/export.xlsx', { agencyId, year, uptoMonth });
}

export function downloadIndicatorTemplate(agencyId: number | null, year: number): void {
  download('/indicators/import/template.xlsx', { agencyId, year });
}

const ImportResultSchema = z.object({ written: z.number(), unchanged: z.number(), message: z.string() });

export function useImportIndicators() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, agencyId, year }: { file: File; agencyId: number | null; year: number }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload('/indicators/import', form, ImportResultSchema, { query: { agencyId, year } });
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['indicators'] });
    },
  });
}
