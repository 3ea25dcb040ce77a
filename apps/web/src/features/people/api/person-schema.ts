import { z } from 'zod';

// Shapes of a person on the wire (docs/api-contract.md, People). Shared by this feature's endpoint files.
const date = z.string().nullable().optional();

export const PersonRowSchema = z.object({
  id: z.number(),
  code: z.string(),
  fullName: z.string(),
  gender: z.enum(['nam', 'nu']),
  birthDate: date,
  category: z.enum(['cong-chuc', 'vien-chuc', 'hop-dong']),
  position: z.string().nullable().optional(),
  isLeader: z.boolean(),
  unitId: z.number().nullable().optional(),
  unitName: z.string().nullable().optional(),
  partyMember: z.boolean().nullable().optional(),
  startDate: date,
  endDate: date,
});
export type PersonRow = z.infer<typeof PersonRowSchema>;

export const UnitHistorySchema = z.object({
  unitId: z.number().nullable().optional(),
  unitName: z.string().nullable().optional(),
  position: z.string().nullable().optional(),
  isLeader: z.boolean().nullable().optional(),
  fromDate: z.string(),
  toDate: date,
});

export const PersonSchema = PersonRowSchema.extend({
  agencyId: z.number(),
  familyName: z.string().nullable().optional(),
  givenName: z.string().nullable().optional(),
  sectorSince: date,
  hazardousWork: z.boolean().nullable().optional(),
  partyJoinedOn: date,
  partyCellId: z.number().nullable().optional(),
  unionMember: z.boolean().nullable().optional(),
  youthMember: z.boolean().nullable().optional(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
  version: z.number(),
  unitHistory: z.array(UnitHistorySchema).default([]),
});
export type Person = z.infer<typeof PersonSchema>;

/** The body of POST/PUT /api/people; blank optional fields are sent as null. */
export interface PersonInput {
  fullName: string;
  gender: 'nam' | 'nu';
  birthDate?: string | null;
  category: 'cong-chuc' | 'vien-chuc' | 'hop-dong';
  position?: string | null;
  isLeader: boolean;
  unitId: number;
  code: string;
  startDate?: string | null;
  endDate?: string | null;
  sectorSince?: string | null;
  hazardousWork?: boolean;
  partyMember?: boolean;
  partyJoinedOn?: string | null;
  partyCellId?: number | null;
  unionMember?: boolean;
  youthMember?: boolean;
  email?: string | null;
  phone?: string | null;
  note?: string | null;
  unitChangedOn?: string;
}

/** Filters of the staff list; the same ones go to the Excel export. */
export interface PeopleFilters {
  agencyId?: number | null;
  unitId?: number | null;
  category?: string | null;
  leader?: 'true' | 'false' | null;
  q?: string | null;
  includeLeft?: boolean;
}
