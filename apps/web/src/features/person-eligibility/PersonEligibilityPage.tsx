import { useState } from 'react';
import { Alert, Card, Flex, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { formatCitation } from '../../../../../packages/domain/src/eligibility/citation.ts';
import { TARGET_LABELS } from '../../../../../packages/domain/src/eligibility/messages/vi.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { request } from '../../lib/api.ts';
import { useSession, useWorkingYear } from '../../lib/session.tsx';

// "Điều kiện khen thưởng" of one person and year, judged by the engine from what tdkt holds
// (GET /api/people/:id/eligibility): ratings, registration, recognised initiatives, award history.
const Check = z.object({
  criterion: z.string(),
  outcome: z.enum(['met', 'not-met', 'unknown']),
  text: z.string(),
  citation: z
    .object({
      instrument: z.string(),
      article: z.number().optional(),
      clause: z.number().optional(),
      point: z.string().optional(),
    })
    .passthrough(),
  route: z.string().optional(),
});
const Result = z.object({
  target: z.string(),
  status: z.enum(['eligible', 'ineligible', 'needs-review']),
  checks: z.array(Check),
  warnings: z.array(z.object({ code: z.string(), text: z.string() })).optional(),
});
const Response = z.object({
  person: z.object({ id: z.number(), fullName: z.string() }),
  input: z
    .object({
      subjects: z.array(
        z.object({
          initiatives: z
            .array(z.object({ year: z.number(), scope: z.string(), status: z.string() }))
            .optional(),
        }),
      ),
    })
    .passthrough(),
  output: z
    .object({
      regime: z.string(),
      results: z.array(Result),
      forecasts: z.array(z.object({ target: z.string(), text: z.string() })).optional(),
    })
    .passthrough(),
});
const PeopleSchema = z.object({
  items: z.array(z.object({ id: z.number(), fullName: z.string(), code: z.string() })),
});

const STATUS = {
  eligible: { label: 'Đủ điều kiện', color: 'green' },
  ineligible: { label: 'Chưa đủ điều kiện', color: 'red' },
  'needs-review': { label: 'Cần xem xét', color: 'gold' },
} as const;
const OUTCOME = {
  met: { label: 'Đạt', color: 'green' },
  'not-met': { label: 'Không đạt', color: 'red' },
  unknown: { label: 'Chưa rõ', color: 'gold' },
} as const;

export function PersonEligibilityPage() {
  const workingYear = useWorkingYear();
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const [params, setParams] = useSearchParams();
  const personId = Number(params.get('personId') ?? me?.personId ?? 0) || null;
  const [year, setYear] = useState(Number(params.get('year') ?? workingYear));
  const [q, setQ] = useState('');
  const people = useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () => request(`/people?q=${encodeURIComponent(q)}&pageSize=20`, PeopleSchema),
  });
  const r = useQuery({
    queryKey: ['person-eligibility', personId, year],
    queryFn: () => request(`/people/${personId}/eligibility?year=${year}`, Response),
    enabled: personId !== null,
  });
  const d = r.data;
  return (
    <>
      <PageHeader
        title="Điều kiện khen thưởng"
        subtitle={d ? `${d.person.fullName} — năm ${year} (chế độ ${d.output.regime})` : undefined}
        extra={
          <>
            <Select
              showSearch
              filterOption={false}
              onSearch={setQ}
              placeholder="Chọn cán bộ"
              style={{ width: 260 }}
              value={personId ?? undefined}
              options={(people.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `${p.fullName} (${p.code})`,
              }))}
              onChange={(v: number) => setParams({ personId: String(v), year: String(year) })}
              data-testid="eligibility-person"
            />
            <InputNumber
              value={year}
              min={2000}
              max={2100}
              onChange={(v) => v && setYear(v)}
              data-testid="eligibility-year"
            />
          </>
        }
      />
      <ErrorAlert error={r.error} />
      {!personId && <Alert type="info" showIcon title="Hãy chọn cán bộ." />}
      {d && (
        <>
          <Card size="small" style={{ marginBottom: 16 }} title="Sáng kiến được tính">
            {(d.input.subjects[0]?.initiatives ?? []).length === 0 ? (
              <Typography.Text type="secondary">Chưa có sáng kiến.</Typography.Text>
            ) : (
              <Flex gap={8} wrap data-testid="eligibility-initiatives">
                {(d.input.subjects[0]?.initiatives ?? []).map((i, k) => (
                  <Tag key={k} color={i.status === 'recognized' ? 'green' : 'default'}>
                    Năm {i.year} —{' '}
                    {i.scope === 'co-so' ? 'cấp cơ sở' : i.scope === 'cap-tinh' ? 'cấp tỉnh' : 'toàn quốc'} —{' '}
                    {i.status === 'recognized'
                      ? 'được công nhận'
                      : i.status === 'rejected'
                        ? 'không công nhận'
                        : 'đang xét'}
                  </Tag>
                ))}
              </Flex>
            )}
          </Card>
          <Table
            data-testid="eligibility-results"
            rowKey="target"
            pagination={false}
            dataSource={d.output.results}
            onRow={(x) => ({ 'data-target': x.target }) as object}
            expandable={{
              expandedRowRender: (x) => (
                <>
                  {x.checks.map((c, i) => (
                    <div key={i} data-testid={`check-${x.target}-${c.criterion}`}>
                      <Tag color={OUTCOME[c.outcome].color}>{OUTCOME[c.outcome].label}</Tag> {c.text}{' '}
                      <Typography.Text type="secondary">
                        ({formatCitation(c.citation as Parameters<typeof formatCitation>[0])})
                      </Typography.Text>
                    </div>
                  ))}
                  {(x.warnings ?? []).map((w, i) => (
                    <Alert key={i} type="warning" showIcon title={w.text} style={{ marginTop: 8 }} />
                  ))}
                </>
              ),
            }}
            columns={[
              {
                title: 'Danh hiệu, hình thức',
                render: (_, x) => TARGET_LABELS[x.target as keyof typeof TARGET_LABELS] ?? x.target,
              },
              {
                title: 'Kết quả',
                render: (_, x) => (
                  <Tag color={STATUS[x.status].color} data-testid={`eligibility-status-${x.target}`}>
                    {STATUS[x.status].label}
                  </Tag>
                ),
              },
              { title: 'Cảnh báo', render: (_, x) => (x.warnings ?? []).map((w) => w.text).join('; ') },
            ]}
          />
          {(d.output.forecasts ?? []).length > 0 && (
            <Card size="small" title="Dự báo" style={{ marginTop: 16 }}>
              {d.output.forecasts!.map((f, i) => (
                <div key={i}>{f.text}</div>
              ))}
            </Card>
          )}
        </>
      )}
    </>
  );
}
