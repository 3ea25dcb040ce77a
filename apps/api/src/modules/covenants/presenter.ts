import { z } from 'zod';
import type { CovenantRow } from '../../../../../packages/db/src/repositories/covenants.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';
import { COVENANT_STATUSES } from './schemas.ts';

export const COVENANT_STATUS_LABELS: Record<(typeof COVENANT_STATUSES)[number], string> = {
  draft: 'Dự thảo',
  signed: 'Đã ký',
  superseded: 'Đã thay thế',
};

export const CovenantSchema = z
  .object({
    id: z.number().int(),
    agencyId: z.number().int(),
    groupId: z.number().int().nullable(),
    groupName: z.string().nullable(),
    year: z.number().int(),
    title: z.string(),
    content: z.string(),
    status: z.enum(COVENANT_STATUSES),
    signedOn: z.string().nullable(),
    placeName: z.string().nullable(),
    fileName: z.string().nullable(),
    signatories: z.array(
      z.object({
        unitId: z.number().int().nullable(),
        agencyId: z.number().int().nullable(),
        name: z.string(),
        signerName: z.string().nullable(),
        signerTitle: z.string().nullable(),
        signed: z.boolean(),
      }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'Covenant' });
export type CovenantOut = z.infer<typeof CovenantSchema>;

type Sig = {
  unit_id: number | null;
  agency_id: number | null;
  name: string;
  signer_name: string | null;
  signer_title: string | null;
  signed: boolean;
};
export function presentCovenant(c: CovenantRow, sigs: Sig[]): CovenantOut {
  return {
    id: c.id,
    agencyId: c.agency_id,
    groupId: c.group_id,
    groupName: c.group_name,
    year: c.year,
    title: c.title,
    content: c.content,
    status: c.status,
    signedOn: c.signed_on,
    placeName: c.place_name,
    fileName: c.file_name,
    signatories: sigs.map((s) => ({
      unitId: s.unit_id,
      agencyId: s.agency_id,
      name: s.name,
      signerName: s.signer_name,
      signerTitle: s.signer_title,
      signed: s.signed,
    })),
    version: c.version,
  };
}

export const COVENANT_EXPORT_COLUMNS: ExportColumn<CovenantOut>[] = [
  { header: 'Năm', width: 8, type: 'number', value: (r) => r.year },
  { header: 'Tên giao ước', width: 50, value: (r) => r.title },
  { header: 'Phạm vi', width: 28, value: (r) => r.groupName ?? 'Trong cơ quan' },
  { header: 'Các bên ký', width: 50, value: (r) => r.signatories.map((s) => s.name).join('; ') },
  { header: 'Ngày ký', width: 12, type: 'date', value: (r) => r.signedOn },
  { header: 'Trạng thái', width: 14, value: (r) => COVENANT_STATUS_LABELS[r.status] },
  { header: 'Tệp đính kèm', width: 28, value: (r) => r.fileName },
];
