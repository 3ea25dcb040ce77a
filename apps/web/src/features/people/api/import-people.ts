import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { download, upload } from '../../../lib/api.ts';

// GET /api/people/import/template.xlsx — the template; POST /api/people/import?agencyId= (multipart
// field `file`) → 202 { jobId }; the import then runs as a job (see get-job.ts).
export function downloadImportTemplate(): void {
  download('/people/import/template.xlsx');
}

const StartedSchema = z.object({ jobId: z.union([z.number(), z.string()]) });

export function startPeopleImport(
  file: File,
  agencyId: number | null,
): Promise<z.infer<typeof StartedSchema>> {
  const form = new FormData();
  form.append('file', file, file.name);
  return upload('/people/import', form, StartedSchema, { query: { agencyId } });
}

export function useStartPeopleImport() {
  return useMutation({
    mutationFn: ({ file, agencyId }: { file: File; agencyId: number | null }) =>
      startPeopleImport(file, agencyId),
  });
}
