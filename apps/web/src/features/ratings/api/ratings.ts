import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { download, request, upload } from '../../../lib/api.ts';

// GET/PUT /api/ratings/grid, GET /api/people/:id/disciplines, POST/PUT/DELETE /api/disciplines,
// GET /api/ratings/export.xlsx, GET /api/ratings/import/template.xlsx, POST /api/ratings/import (job).

export const RATING_VALUES = ['htxsnv', 'httnv', 'htnv', 'khtnv'] as const;
export type RatingValue = (typeof RATING_VALUES)[number];
const Rating = z.enum(RATING_VALUES);

const WarningSchema = z.object({
  code: z.string(),
  rule: z.string(),
  personId: z.number().nullable(),
  message: z.string(),
});
export type RatingWarning = z.infer<typeof WarningSchema>;

export const GridRowSchema = z.object({
  personId: z.number(),
  code: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  ratingId: z.number().nullable(),
  version: z.number().nullable(),
  selfRating: Rating.nullable(),
  proposedRating: Rating.nullable(),
  finalRating: Rating.nullable(),
  monthsWorked: z.number().nullable(),
  absenceDays: z.number().nullable(),
  maternityLeave: z.boolean(),
  recruitedOn: z.string().nullable(),
  note: z.string().nullable(),
  overCapReason: z.string().nullable(),
  disciplines: z.array(
    z.object({
      id: z.number(),
      level: z.string(),
      levelText: z.string(),
      decidedOn: z.string().nullable(),
      decisionRef: z.string().nullable(),
      version: z.number(),
    }),
  ),
  transferred: z.boolean(),
  fromLeaves: z
    .object({
      monthsWorked: z.number().nullable(),
      absenceDays: z.number().nullable(),
      transferredFrom: z.string().nullable(),
    })
    .nullable()
    .optional(),
  unitsInYear: z.array(
    z.object({ unitId: z.number(), unitName: z.string(), from: z.string(), to: z.string().nullable() }),
  ),
  warnings: z.array(WarningSchema),
});
export type GridRow = z.infer<typeof GridRowSchema>;

export const GridSchema = z.object({
  unitId: z.number(),
  unitName: z.string(),
  agencyId: z.number(),
  year: z.number(),
  canFinalise: z.boolean(),
  cap: z.object({
    used: z.number(),
    allowed: z.number(),
    baseCount: z.number(),
    base: z.enum(['httnv', 'httnv-or-above']),
    percent: z.number(),
    exceeded: z.boolean(),
    text: z.string(),
  }),
  rows: z.array(GridRowSchema),
  warnings: z.array(WarningSchema),
});
export type Grid = z.infer<typeof GridSchema>;

export function useRatingGrid(unitId: number | null, year: number) {
  return useQuery({
    queryKey: ['ratings', 'grid', unitId, year],
    queryFn: ({ signal }) => request('/ratings/grid', GridSchema, { query: { unitId, year }, signal }),
    enabled: unitId !== null,
    placeholderData: keepPreviousData,
  });
}

export interface RowChange {
  personId: number;
  version: number | null;
  proposedRating?: RatingValue | null;
  finalRating?: RatingValue | null;
  monthsWorked?: number | null;
  absenceDays?: number | null;
  maternityLeave?: boolean;
}

export function useSaveGrid() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      unitId: number;
      year: number;
      capOverrideReason?: string | null;
      rows: RowChange[];
    }) => request('/ratings/grid', GridSchema.extend({ written: z.number() }), { method: 'PUT', body }),
    onSuccess: (g) => {
      qc.setQueryData(['ratings', 'grid', g.unitId, g.year], g);
    },
  });
}

export const DisciplineSchema = z.object({
  id: z.number(),
  personId: z.number(),
  year: z.number(),
  kind: z.string(),
  level: z.string(),
  levelText: z.string(),
  decidedOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  issuedBy: z.string().nullable(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
  reason: z.string().nullable(),
  status: z.string(),
  version: z.number(),
});
export type Discipline = z.infer<typeof DisciplineSchema>;

export function useDisciplines(personId: number | null) {
  return useQuery({
    queryKey: ['disciplines', personId],
    queryFn: ({ signal }) =>
      request(`/people/${personId}/disciplines`, z.array(DisciplineSchema), { signal }),
    enabled: personId !== null,
  });
}

export interface DisciplineInput {
  personId: number;
  year: number;
  level: string;
  decidedOn?: string | null;
  decisionRef?: string | null;
  fromDate?: string | null;
  toDate?: string | null;
  reason?: string | null;
}

export function useCreateDiscipline() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DisciplineInput) =>
      request('/disciplines', DisciplineSchema, { method: 'POST', body }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['disciplines'] });
      await qc.invalidateQueries({ queryKey: ['ratings', 'grid'] });
    },
  });
}

export function useDeleteDiscipline() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: { id: number; version: number }) =>
      request(`/disciplines/${d.id}`, null, { method: 'DELETE', body: { version: d.version } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['disciplines'] });
      await qc.invalidateQueries({ queryKey: ['ratings', 'grid'] });
    },
  });
}

export function exportRatings(unitId: number | null, year: number): void {
  download('/ratings/export.xlsx', { unitId, year });
}

export function downloadRatingTemplate(unitId: number | null, year: number): void {
  download('/ratings/import/template.xlsx', { unitId, year });
}

export function useStartRatingImport() {
  return useMutation({
    mutationFn: ({ file, year }: { file: File; year: number }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload('/ratings/import', form, z.object({ jobId: z.number() }), { query: { year } });
    },
  });
}

const SelfSchema = z.object({
  personId: z.number(),
  year: z.number(),
  version: z.number().nullable(),
  selfRating: Rating.nullable(),
  proposedRating: Rating.nullable(),
  finalRating: Rating.nullable(),
});

// GET/PUT /api/ratings/self — the signed-in person's own self-assessment.
export function useSelfRating(year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['ratings', 'self', year],
    queryFn: ({ signal }) => request('/ratings/self', SelfSchema, { query: { year }, signal }),
    enabled,
  });
}

export function useSaveSelfRating() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { year: number; selfRating: RatingValue | null; version: number | null }) =>
      request('/ratings/self', SelfSchema, { method: 'PUT', body }),
    onSuccess: (r) => qc.setQueryData(['ratings', 'self', r.year], r),
  });
}

const SettingsSchema = z.object({ agencyId: z.number(), capBase: z.enum(['httnv', 'httnv-or-above']) });

// GET/PUT /api/ratings/settings — what the 20% of R-RATE-2 is taken of.
export function useRatingSettings(enabled: boolean) {
  return useQuery({
    queryKey: ['ratings', 'settings'],
    queryFn: ({ signal }) => request('/ratings/settings', SettingsSchema, { signal }),
    enabled,
  });
}

export function useSaveRatingSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { capBase: 'httnv' | 'httnv-or-above' }) =>
      request('/ratings/settings', SettingsSchema, { method: 'PUT', body }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['ratings'] });
    },
  });
}
