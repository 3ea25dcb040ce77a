import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../lib/api.ts';

// /api/council-sessions, /api/council-rounds, /api/council-ballots, /api/unit-meetings: bình xét.
const num = z.number();
const numN = z.number().nullable();
const strN = z.string().nullable();

export const TITLE_LABELS: Record<string, string> = {
  'lao-dong-tien-tien': 'Lao động tiên tiến',
  'chien-si-thi-dua-co-so': 'Chiến sĩ thi đua cơ sở',
  'chien-si-thi-dua-cap-tinh': 'Chiến sĩ thi đua cấp tỉnh',
  'chien-si-thi-dua-toan-quoc': 'Chiến sĩ thi đua toàn quốc',
  'tap-the-lao-dong-tien-tien': 'Tập thể lao động tiên tiến',
  'tap-the-lao-dong-xuat-sac': 'Tập thể lao động xuất sắc',
  'co-thi-dua-cap-tinh': 'Cờ thi đua cấp tỉnh',
  'co-thi-dua-chinh-phu': 'Cờ thi đua của Chính phủ',
  'giay-khen': 'Giấy khen',
  'bang-khen-cap-tinh': 'Bằng khen cấp tỉnh',
  'bang-khen-thu-tuong': 'Bằng khen của Thủ tướng Chính phủ',
  'huan-chuong-lao-dong-hang-ba': 'Huân chương Lao động hạng Ba',
  'huan-chuong-lao-dong-hang-nhi': 'Huân chương Lao động hạng Nhì',
  'huan-chuong-lao-dong-hang-nhat': 'Huân chương Lao động hạng Nhất',
  'ky-niem-chuong-cong-thuong': 'Kỷ niệm chương ngành Công Thương',
};
export const ROLE_LABELS: Record<string, string> = {
  chair: 'Chủ tịch',
  'vice-chair': 'Phó Chủ tịch',
  standing: 'Ủy viên thường trực',
  secretary: 'Thư ký',
  member: 'Ủy viên',
};
export const RESULT_LABELS: Record<string, string> = {
  pending: 'Chưa kiểm phiếu',
  passed: 'Đạt',
  failed: 'Không đạt',
  'passed-over-quota': 'Đạt ngưỡng, ngoài chỉ tiêu',
};
export const STATUS_LABELS: Record<string, string> = {
  planned: 'Đang chuẩn bị',
  open: 'Đang bỏ phiếu',
  closed: 'Đã kết thúc',
  cancelled: 'Đã huỷ',
};
export const ATTENDANCE_LABELS: Record<string, string> = {
  present: 'Có mặt',
  absent: 'Vắng mặt',
  'absent-written': 'Vắng, gửi phiếu bằng văn bản',
};

const SessionRow = z.object({
  id: num,
  council_id: num,
  year: num,
  held_on: strN,
  place: strN,
  status: z.string(),
  council_name: z.string(),
  agency_name: z.string(),
  member_count: numN,
  quorum: numN,
  candidate_count: numN,
  round_count: numN,
});
export type SessionRowT = z.infer<typeof SessionRow>;

const Quota = z.object({
  id: num,
  code: z.string(),
  label: z.string(),
  base: num,
  share: numN,
  limit: num,
  granted: num,
  used: num,
  basis: z.string(),
  full: z.boolean(),
  text: z.string(),
});

const Candidate = z.object({
  id: num,
  code: z.string(),
  name: z.string(),
  person_position: strN,
  person_unit_name: strN,
  unit_name: strN,
  yes_count: numN,
  no_count: numN,
  abstain_count: numN,
  result: z.string(),
  version: num,
  quota_override_id: numN,
  override_reason: strN,
  tally: z
    .object({
      percent: z.number().optional(),
      tied: z.boolean().optional(),
      text: z.string().optional(),
      required: z.number().optional(),
    })
    .nullable(),
  eligibilitySummary: z
    .object({ status: z.string(), text: z.string(), citations: z.array(z.string()) })
    .nullable(),
  paper: z.object({ ballots_count: num, yes_count: num, no_count: num }).nullable(),
});
export type CandidateT = z.infer<typeof Candidate>;

const Round = z.object({
  round: z.object({ id: num, round_no: num, status: z.string(), reason: strN, version: num }),
  voted: num,
  electronic: num,
  paperVoters: num,
  votedMemberIds: z.array(num),
  iVoted: z.boolean(),
  tied: z.boolean(),
  hasNext: z.boolean(),
  candidates: z.array(Candidate),
});
export type RoundT = z.infer<typeof Round>;

export const SessionSchema = z.object({
  session: z.object({
    id: num,
    year: num,
    held_on: strN,
    place: strN,
    status: z.string(),
    quorum: numN,
    member_count: numN,
    minutes: strN,
    version: num,
    council_name: z.string(),
  }),
  regime: z.string(),
  manage: z.boolean(),
  mayOverride: z.boolean(),
  me: z.object({ memberId: num, role: z.string() }).nullable(),
  members: z.array(
    z.object({
      id: num,
      full_name: strN,
      role: z.string(),
      title: strN,
      attendance: z.string(),
      note: strN,
    }),
  ),
  present: num,
  written: num,
  quorumMet: z.boolean(),
  quotas: z.array(Quota),
  rounds: z.array(Round),
});
export type SessionT = z.infer<typeof SessionSchema>;

const CouncilList = z.array(
  z.object({
    council: z.object({ id: num, name: z.string() }),
    members: z.array(z.object({ id: num, full_name: strN, role: z.string() })),
  }),
);

const qk = ['council-sessions'];
function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: qk });
    void qc.invalidateQueries({ queryKey: ['council-ballots'] });
    void qc.invalidateQueries({ queryKey: ['unit-meetings'] });
  };
}

export function useSessions(enabled: boolean, year?: number) {
  return useQuery({
    queryKey: [...qk, 'list', year ?? null],
    queryFn: () => request('/council-sessions', z.array(SessionRow), { query: { year } }),
    enabled,
  });
}
export function useEmulationCouncils(enabled: boolean) {
  return useQuery({
    queryKey: ['emulation-councils'],
    queryFn: () => request('/emulation-councils', CouncilList),
    enabled,
  });
}
export function useSession(id: number) {
  return useQuery({
    queryKey: [...qk, id],
    queryFn: () => request(`/council-sessions/${id}`, SessionSchema),
  });
}

/** A POST/PUT on a council path returning the session. */
export function useSessionAction<V>(path: (v: V) => string, method: 'POST' | 'PUT' = 'POST') {
  const inv = useInvalidate();
  return useMutation({
    mutationFn: (v: V & { body?: unknown }) =>
      request(path(v), SessionSchema, { method, body: v.body ?? {} }),
    onSuccess: inv,
  });
}

export function useCreateSession() {
  const inv = useInvalidate();
  return useMutation({
    mutationFn: (body: { councilId: number; year: number; heldOn?: string; place?: string }) =>
      request('/council-sessions', SessionSchema, { method: 'POST', body }),
    onSuccess: inv,
  });
}

export function useImportProposals(id: number) {
  const inv = useInvalidate();
  return useMutation({
    mutationFn: () =>
      request(`/council-sessions/${id}/import-proposals`, z.object({ added: num }), { method: 'POST' }),
    onSuccess: inv,
  });
}

const Recount = z.object({
  matches: z.boolean(),
  text: z.string(),
  differences: z.array(
    z.object({ name: z.string(), field: z.string(), stored: z.string(), recomputed: z.string() }),
  ),
});
export function useRecount() {
  return useMutation({
    mutationFn: (roundId: number) =>
      request(`/council-rounds/${roundId}/recount`, Recount, { method: 'POST' }),
  });
}

// ---------------------------------------------------------------- ballots

const MyBallot = z.object({
  sessionId: num,
  councilName: z.string(),
  year: num,
  heldOn: strN,
  place: strN,
  roundId: num,
  roundNo: num,
  reason: strN,
  attendance: z.string(),
  voted: z.boolean(),
  candidates: z.array(
    z.object({
      id: num,
      code: z.string(),
      title: z.string(),
      name: z.string(),
      position: strN,
      unitName: strN,
      eligibility: z
        .object({ status: z.string(), text: z.string(), citations: z.array(z.string()) })
        .nullable(),
    }),
  ),
});
export type MyBallotT = z.infer<typeof MyBallot>;

export function useMyBallots() {
  return useQuery({
    queryKey: ['council-ballots', 'mine'],
    queryFn: () => request('/council-ballots/mine', z.array(MyBallot)),
  });
}
export function useCastBallot() {
  const inv = useInvalidate();
  return useMutation({
    mutationFn: (v: { roundId: number; choices: { candidateId: number; choice: string }[] }) =>
      request(
        `/council-rounds/${v.roundId}/ballots`,
        z.object({ receipt: z.string(), roundNo: num, sessionId: num }),
        { method: 'POST', body: { choices: v.choices } },
      ),
    onSuccess: inv,
  });
}
const Verify = z.object({
  councilName: z.string(),
  year: num,
  roundNo: num,
  counted: z.boolean(),
  text: z.string(),
  choices: z.array(
    z.object({ candidateId: num, title: z.string(), name: z.string(), choiceLabel: z.string() }),
  ),
});
export function useVerifyReceipt() {
  return useMutation({
    mutationFn: (receipt: string) =>
      request('/council-ballots/verify', Verify, { method: 'POST', body: { receipt } }),
  });
}

// ---------------------------------------------------------------- unit meetings

const MeetingRow = z.object({
  id: num,
  unit_id: num,
  unit_name: z.string(),
  year: num,
  held_on: strN,
  status: z.string(),
  total_count: numN,
  present_count: numN,
  chair_name: strN,
  proposed_count: numN,
  version: num,
});
export type MeetingRowT = z.infer<typeof MeetingRow>;
const MeetingCandidate = z.object({
  id: num,
  code: z.string(),
  person_id: numN,
  unit_id: numN,
  full_name: strN,
  unit_name: strN,
  yes_count: num,
  no_count: num,
  abstain_count: num,
  proposed: z.boolean(),
});
export const MeetingSchema = z.object({
  meeting: MeetingRow.extend({ minutes: strN, chaired_by: numN, agency_id: num }),
  candidates: z.array(MeetingCandidate),
});
export type MeetingT = z.infer<typeof MeetingSchema>;

export function useUnitMeetings(year?: number) {
  return useQuery({
    queryKey: ['unit-meetings', 'list', year ?? null],
    queryFn: () => request('/unit-meetings', z.array(MeetingRow), { query: { year } }),
  });
}
export function useUnitMeeting(id: number | null) {
  return useQuery({
    queryKey: ['unit-meetings', id],
    queryFn: () => request(`/unit-meetings/${id}`, MeetingSchema),
    enabled: id !== null,
  });
}
export function useMeetingAction<V>(path: (v: V) => string, method: 'POST' | 'PUT' = 'POST') {
  const inv = useInvalidate();
  return useMutation({
    mutationFn: (v: V & { body?: unknown }) =>
      request(path(v), MeetingSchema, { method, body: v.body ?? {} }),
    onSuccess: inv,
  });
}
export function useUnitPeople(unitId: number | null) {
  return useQuery({
    queryKey: ['people', 'unit', unitId],
    queryFn: () =>
      request(
        '/people',
        z.object({ items: z.array(z.object({ id: num, fullName: z.string(), code: z.string() })) }),
        { query: { unitId: unitId ?? undefined, pageSize: 100 } },
      ),
    enabled: unitId !== null,
  });
}
export function usePeopleSearch(q: string) {
  return useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () =>
      request(
        '/people',
        z.object({ items: z.array(z.object({ id: num, fullName: z.string(), code: z.string() })) }),
        { query: { q, pageSize: 20 } },
      ),
  });
}
export function useUnits() {
  return useQuery({
    queryKey: ['units', 'pick'],
    queryFn: () => request('/units', z.array(z.object({ id: num, name: z.string() }))),
  });
}
