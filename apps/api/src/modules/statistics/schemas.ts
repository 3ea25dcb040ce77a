// Request and response schemas of the statistics and dashboard routes (zod; also the OpenAPI document).
import { z } from 'zod';
import { QueryBool } from '../../http/schemas.ts';
import { CHARTS } from './excel.ts';

const Year = (what: string) =>
  z.coerce
    .number({ error: `${what} không hợp lệ.` })
    .int({ error: `${what} không hợp lệ.` })
    .min(1945, { error: `${what} phải từ 1945.` })
    .max(2200, { error: `${what} không hợp lệ.` });
const Id = (what: string) =>
  z.coerce
    .number({ error: `${what} không hợp lệ.` })
    .int()
    .positive();

export const AgencyQuery = z.object({ agencyId: Id('Cơ quan').optional() });
export const RangeQuery = AgencyQuery.extend({
  from: Year('Năm bắt đầu').optional(),
  to: Year('Năm kết thúc').optional(),
});
export const YearQuery = AgencyQuery.extend({ year: Year('Năm').optional() });
export const FairnessQuery = RangeQuery.extend({ year: Year('Năm').optional() });

export const TASK_STATES = ['not-started', 'in-progress', 'done', 'late', 'cancelled'] as const;
export const TaskRecordsQuery = AgencyQuery.extend({
  year: Year('Năm'),
  state: z.enum(TASK_STATES, { error: 'Tình trạng nhiệm vụ không hợp lệ.' }).optional(),
});

const CODE = z.string().regex(/^[a-z-]+$/, { error: 'Mã danh hiệu / hình thức không hợp lệ.' });
export const RecordsFilter = RangeQuery.extend({
  code: CODE.optional(),
  category: z.enum(['title', 'form'], { error: 'Loại khen thưởng không hợp lệ.' }).optional(),
  authority: z
    .enum(['giam-doc-so', 'chu-tich-ubnd-tinh', 'bo-truong', 'thu-tuong', 'chu-tich-nuoc', 'khac'], {
      error: 'Cấp khen thưởng không hợp lệ.',
    })
    .optional(),
  unitId: z.coerce.number({ error: 'Đơn vị không hợp lệ.' }).int().min(0).optional(),
  subjectKind: z.enum(['person', 'unit', 'agency'], { error: 'Đối tượng không hợp lệ.' }).optional(),
  gender: z.enum(['nam', 'nu'], { error: 'Giới tính không hợp lệ.' }).optional(),
  leader: QueryBool.optional(),
  repeated: QueryBool.optional(),
  timed: QueryBool.optional(),
  daysFrom: z.coerce.number({ error: 'Số ngày không hợp lệ.' }).int().optional(),
  daysTo: z.coerce.number({ error: 'Số ngày không hợp lệ.' }).int().optional(),
  includeAnnulled: QueryBool.optional(),
});
export const RecordsQuery = RecordsFilter.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const ExportQuery = FairnessQuery.extend({
  chart: z.enum(CHARTS, { error: 'Biểu đồ không hợp lệ.' }),
});

export const DashboardQuery = z.object({ year: Year('Năm').optional() });

const Drill = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
const Ratio = z.number().nullable();

export const AwardStatsSchema = z.object({
  agencyId: z.number().int(),
  scopeName: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  years: z.array(z.number().int()),
  total: z.number().int(),
  byYear: z.array(
    z.object({
      year: z.number().int(),
      titles: z.number().int(),
      forms: z.number().int(),
      total: z.number().int(),
      drill: Drill,
      drillTitles: Drill,
      drillForms: Drill,
    }),
  ),
  byLevel: z.array(
    z.object({ authority: z.string(), label: z.string(), count: z.number().int(), drill: Drill }),
  ),
  byForm: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      short: z.string(),
      count: z.number().int(),
      drill: Drill,
    }),
  ),
  byUnit: z.array(
    z.object({
      unitId: z.number().int().nullable(),
      unitName: z.string(),
      count: z.number().int(),
      drill: Drill,
    }),
  ),
});

const Target = z.object({
  code: z.string(),
  label: z.string(),
  percent: z.number(),
  comparison: z.enum(['at-least', 'at-most']),
  base: z.string(),
  source: z.string(),
});

export const TitleStatsSchema = z.object({
  agencyId: z.number().int(),
  scopeName: z.string(),
  year: z.number().int(),
  targets: z.array(Target),
  units: z.array(
    z.object({
      unitId: z.number().int(),
      unitName: z.string(),
      leadership: z.boolean(),
      headcount: z.number().int(),
      ldtt: z.number().int(),
      cstdcs: z.number().int(),
      ldttShare: Ratio,
      cstdcsShare: Ratio,
      ldttMet: z.boolean(),
      cstdcsWithin: z.boolean(),
      collective: z.string().nullable(),
      collectiveLabel: z.string().nullable(),
      drillLdtt: Drill,
      drillCstdcs: Drill,
      drillCollective: Drill,
    }),
  ),
  totals: z.object({
    headcount: z.number().int(),
    ldtt: z.number().int(),
    cstdcs: z.number().int(),
    ldttShare: Ratio,
    cstdcsShare: Ratio,
    units: z.number().int(),
    ttldxs: z.number().int(),
    ttldtt: z.number().int(),
    ttldxsShare: Ratio,
  }),
  drill: z.record(z.string(), Drill),
  met: z.object({ ldtt: z.boolean(), cstdcs: z.boolean(), ttldxs: z.boolean() }),
});

export const IndicatorStatsSchema = z.object({
  agencyId: z.number().int(),
  year: z.number().int(),
  uptoMonth: z.number().int().nullable(),
  series: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      unit: z.string().nullable(),
      depth: z.number().int(),
      plan: z.string().nullable(),
      points: z.array(
        z.object({
          month: z.number().int(),
          percentOfPlan: z.number().nullable(),
          percentText: z.string().nullable(),
          cumulative: z.string().nullable(),
          estimated: z.boolean(),
        }),
      ),
    }),
  ),
});

export const TaskStatsSchema = z.object({
  agencyId: z.number().int(),
  year: z.number().int(),
  today: z.string(),
  total: z.number().int(),
  states: z.array(z.object({ state: z.string(), label: z.string(), count: z.number().int(), drill: Drill })),
});

const Share = z.object({
  key: z.string(),
  label: z.string(),
  people: z.number().int(),
  awards: z.number().int(),
  recipients: z.number().int(),
  peopleShare: Ratio,
  awardShare: Ratio,
  per100: z.number().nullable(),
  drill: Drill,
});

export const FairnessSchema = z.object({
  agencyId: z.number().int(),
  scopeName: z.string(),
  year: z.number().int(),
  from: z.number().int(),
  to: z.number().int(),
  leaders: z.array(Share),
  gender: z.array(Share),
  rotation: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      recipients: z.number().int(),
      repeated: z.number().int(),
      repeatedShare: Ratio,
      drill: Drill,
    }),
  ),
  timeliness: z.array(
    z.object({
      authority: z.string(),
      label: z.string(),
      decisions: z.number().int(),
      awards: z.number().int(),
      avgDays: z.number(),
      minDays: z.number().int(),
      maxDays: z.number().int(),
      drill: Drill,
    }),
  ),
  timelinessBuckets: z.array(z.object({ label: z.string(), awards: z.number().int(), drill: Drill })),
});

export const AwardRecordSchema = z.object({
  recipientId: z.number().int(),
  decisionId: z.number().int(),
  subjectKind: z.string(),
  personId: z.number().int().nullable(),
  unitId: z.number().int().nullable(),
  name: z.string(),
  unitName: z.string().nullable(),
  code: z.string(),
  label: z.string(),
  category: z.string(),
  kind: z.string(),
  authority: z.string(),
  authorityLabel: z.string(),
  issuerName: z.string().nullable(),
  source: z.string(),
  sourceLabel: z.string(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  decidedOn: z.string().nullable(),
  periodFrom: z.number().int().nullable(),
  periodTo: z.number().int().nullable(),
  year: z.number().int(),
  status: z.string(),
  annulledReason: z.string().nullable(),
  gender: z.string().nullable(),
  isLeader: z.boolean().nullable(),
  daysToDecision: z.number().int().nullable(),
});

export const RecordsSchema = z.object({
  description: z.string(),
  items: z.array(AwardRecordSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const Task = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  planTitle: z.string(),
  number: z.string().nullable(),
  content: z.string(),
  dueOn: z.string().nullable(),
  status: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  leadUnits: z.string().nullable(),
});

export const TaskRecordsSchema = z.object({
  description: z.string(),
  today: z.string(),
  total: z.number().int(),
  items: z.array(Task.extend({ quarter: z.number().int().nullable(), doneOn: z.string().nullable() })),
});

export const DashboardSchema = z.object({
  year: z.number().int(),
  today: z.string(),
  officer: z
    .object({
      deadlines: z.object({
        dueSoonDays: z.number().int(),
        open: z.number().int(),
        overdue: z.number().int(),
        items: z.array(Task),
      }),
      proposals: z.object({
        pending: z.number().int(),
        awaitingDecision: z.number().int(),
        oldestSentOn: z.string().nullable(),
        byStatus: z.array(z.object({ status: z.string(), label: z.string(), count: z.number().int() })),
      }),
      quotas: z.array(
        z.object({
          code: z.string(),
          label: z.string(),
          used: z.number().int(),
          limit: z.number().int(),
          text: z.string(),
          over: z.array(z.string()),
          source: z.string(),
          drill: Drill,
        }),
      ),
      indicators: z.object({
        uptoMonth: z.number().int().nullable(),
        items: z.array(
          z.object({
            id: z.number().int(),
            name: z.string(),
            percentOfPlan: z.number().nullable(),
            text: z.string().nullable(),
          }),
        ),
      }),
    })
    .nullable(),
  unitHead: z
    .object({
      unitIds: z.array(z.number().int()),
      unitName: z.string(),
      ratings: z.object({
        people: z.number().int(),
        selfRated: z.number().int(),
        proposed: z.number().int(),
        finalised: z.number().int(),
        htxsnv: z.number().int(),
        progress: Ratio,
      }),
      tasks: z.object({
        total: z.number().int(),
        done: z.number().int(),
        open: z.number().int(),
        overdue: z.number().int(),
      }),
      registrations: z.object({
        people: z.number().int(),
        registered: z.number().int(),
        accepted: z.number().int(),
        unitRegistered: z.boolean(),
        late: z.number().int(),
      }),
      titles: z.object({
        ldtt: z.number().int(),
        cstdcs: z.number().int(),
        collective: z.string().nullable(),
      }),
    })
    .nullable(),
  staff: z
    .object({
      personId: z.number().int(),
      fullName: z.string(),
      history: z.array(
        z.object({
          recipientId: z.number().int(),
          decisionId: z.number().int(),
          year: z.number().int(),
          code: z.string(),
          label: z.string(),
          authority: z.string(),
          number: z.string().nullable(),
          symbol: z.string().nullable(),
          decidedOn: z.string().nullable(),
          status: z.string(),
        }),
      ),
      forecastYear: z.number().int(),
      forecast: z.array(
        z.object({
          target: z.string(),
          label: z.string(),
          status: z.string(),
          earliestYear: z.number().int().nullable(),
          text: z.string().nullable(),
        }),
      ),
      forecastError: z.string().nullable(),
      deadlines: z.array(Task),
    })
    .nullable(),
  director: z
    .object({
      people: z.number().int(),
      awards: z.object({
        titles: z.number().int(),
        forms: z.number().int(),
        byForm: z.array(z.object({ code: z.string(), label: z.string(), count: z.number().int() })),
      }),
      ratings: z.object({ finalised: z.number().int(), htxsnv: z.number().int(), progress: Ratio }),
      proposals: z.object({ pending: z.number().int(), decided: z.number().int() }),
      tasks: z.object({
        total: z.number().int(),
        done: z.number().int(),
        overdue: z.number().int(),
        progress: Ratio,
      }),
      registrations: z.object({ people: z.number().int(), units: z.number().int() }),
      ldttShare: Ratio,
    })
    .nullable(),
});
