import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// /api/registrations: the user's own registration, the officer's board, return with a reason, accept,
// and the agency's deadlines.
export const RegistrationSchema = z.object({
  id: z.number(),
  year: z.number(),
  subjectKind: z.enum(['person', 'unit']),
  personId: z.number().nullable(),
  personName: z.string().nullable(),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  status: z.enum(['draft', 'submitted', 'returned', 'accepted']),
  deadlineOn: z.string().nullable(),
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  returnedReason: z.string().nullable(),
  commitments: z.string().nullable(),
  items: z.array(z.object({ code: z.string(), otherName: z.string().nullable(), label: z.string() })),
  version: z.number(),
});
export type Registration = z.infer<typeof RegistrationSchema>;

const SettingsSchema = z.object({
  agencyId: z.number(),
  year: z.number(),
  registrationRequired: z.boolean(),
  registrationDeadline: z.string().nullable(),
  initiativeDeadline: z.string().nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

const BoardSchema = z.object({
  settings: SettingsSchema,
  units: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      status: z.enum(['not-sent', 'submitted', 'returned', 'accepted']),
      statusLabel: z.string(),
      late: z.boolean(),
      returnedReason: z.string().nullable(),
      headcount: z.number(),
      peopleRegistered: z.number(),
    }),
  ),
});

export function useRegistrations(year: number) {
  return useQuery({
    queryKey: ['registrations', 'list', year],
    queryFn: () => request(`/registrations?year=${year}`, z.array(RegistrationSchema)),
  });
}

/** Registrations for one topical movement (its titles and forms). */
export function useMovementRegistrations(movementId: number | null, year: number) {
  return useQuery({
    queryKey: ['registrations', 'movement', movementId, year],
    queryFn: () =>
      request(`/registrations?year=${year}&movementId=${movementId}`, z.array(RegistrationSchema)),
    enabled: movementId !== null,
  });
}

export function useBoard(year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['registrations', 'board', year],
    queryFn: () => request(`/registrations/board?year=${year}`, BoardSchema),
    enabled,
  });
}

export function useSettings(year: number) {
  return useQuery({
    queryKey: ['registrations', 'settings', year],
    queryFn: () => request(`/registrations/settings?year=${year}`, SettingsSchema),
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['registrations'] });
}

export function useSaveRegistration() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: {
      year: number;
      subjectKind: 'person' | 'unit';
      unitId?: number;
      items: { code: string }[];
      commitments?: string;
      movementId?: number;
      submit: boolean;
    }) => request('/registrations', RegistrationSchema, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useReturnRegistration() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id: number; version: number; reason: string }) =>
      request(`/registrations/${v.id}/return`, RegistrationSchema, {
        method: 'POST',
        body: { version: v.version, reason: v.reason },
      }),
    onSuccess: invalidate,
  });
}

export function useAcceptRegistration() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id: number; version: number }) =>
      request(`/registrations/${v.id}/accept`, RegistrationSchema, {
        method: 'POST',
        body: { version: v.version },
      }),
    onSuccess: invalidate,
  });
}

export function useSaveSettings() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: {
      year: number;
      registrationRequired: boolean;
      registrationDeadline: string | null;
      initiativeDeadline: string | null;
    }) => request('/registrations/settings', SettingsSchema, { method: 'PUT', body }),
    onSuccess: invalidate,
  });
}
