import { Button, Drawer, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { hasPermission, isAdmin } from '../../lib/permissions.ts';
import { useMe, useWorkingYear } from '../../lib/session.tsx';
import { useUnitEligibility, type PersonVerdicts } from '../person-eligibility/api/eligibility.ts';
import { VerdictTags } from '../person-eligibility/VerdictList.tsx';
import { CollectiveCard, VerdictDrawer } from '../ratings/UnitEligibility.tsx';

// A unit's eligibility in context: its collective verdicts (TT LĐTT / TT LĐXS, from its collective rating
// and its members' verdicts) and a summary of its people's verdicts for the year.

export function UnitEligibilityDrawer({
  unit,
  onClose,
}: {
  unit: { id: number; name: string } | null;
  onClose(): void;
}) {
  const me = useMe();
  const [year, setYear] = useState(useWorkingYear());
  const [person, setPerson] = useState<PersonVerdicts | null>(null);
  const q = useUnitEligibility(unit?.id ?? null, year);
  const canWrite = isAdmin(me) || me.roles.some((r) => r.role === 'officer');
  const count = (target: string) =>
    (q.data?.people ?? []).filter((p) =>
      p.results.some((r) => r.target === target && r.status === 'eligible'),
    ).length;
  return (
    <Drawer
      open={unit !== null}
      onClose={onClose}
      size="large"
      title={unit ? `Điều kiện khen thưởng — ${unit.name}` : ''}
      data-testid="unit-eligibility-drawer"
      destroyOnHidden
      extra={
        <Space>
          Năm
          <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
          {hasPermission(me, 'ratings:read') && unit && (
            <Link to={`/danh-gia-xep-loai?donVi=${unit.id}&nam=${year}`}>Bảng xếp loại</Link>
          )}
        </Space>
      }
    >
      <ErrorAlert error={q.error} />
      {unit && <CollectiveCard data={q.data} unitId={unit.id} year={year} canWrite={canWrite} />}
      {q.data && (
        <Typography.Paragraph data-testid="unit-eligibility-summary">
          Đủ điều kiện: Lao động tiên tiến {count('lao-dong-tien-tien')}/{q.data.people.length} người; Chiến
          sĩ thi đua cơ sở {count('chien-si-thi-dua-co-so')}; Giấy khen {count('giay-khen')}.
        </Typography.Paragraph>
      )}
      <Table<PersonVerdicts>
        size="small"
        rowKey="personId"
        loading={q.isLoading}
        dataSource={q.data?.people ?? []}
        pagination={false}
        data-testid="unit-eligibility-people"
        columns={[
          {
            title: 'Họ và tên',
            render: (_, p) => <Link to={`/can-bo/${p.personId}`}>{p.fullName}</Link>,
          },
          { title: `Điều kiện năm ${year}`, render: (_, p) => <VerdictTags results={p.results} /> },
          {
            title: '',
            width: 110,
            render: (_, p) => (
              <Button size="small" type="link" onClick={() => setPerson(p)}>
                Lý do, dự báo
              </Button>
            ),
          },
        ]}
      />
      <VerdictDrawer person={person} year={year} onClose={() => setPerson(null)} />
    </Drawer>
  );
}
