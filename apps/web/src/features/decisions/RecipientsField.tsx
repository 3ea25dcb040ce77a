import { useState } from 'react';
import { Button, Flex, Segmented, Select, Table } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useMe } from '../../lib/session.tsx';
import { useUnits } from '../../lib/endpoints/units.ts';
import { usePeopleSearch, type RecipientInput } from './api.ts';

// The list of persons and units a decision names: search the agency's staff (or pick its units), each
// chosen line shown in order with its position and unit, removable. Lines may also come from a council
// session's elected list (the wizard fills `value`).

export type RecipientLine = RecipientInput & { key: string; name: string; detail: string | null };

export function RecipientsField({
  value,
  onChange,
  kinds,
  testId,
}: {
  value: RecipientLine[];
  onChange(v: RecipientLine[]): void;
  kinds: readonly ('person' | 'unit')[];
  testId: string;
}) {
  const me = useMe();
  const [kind, setKind] = useState<'person' | 'unit'>(kinds[0] ?? 'person');
  const [q, setQ] = useState('');
  const people = usePeopleSearch(q);
  const units = useUnits(me.agencyId);
  const taken = new Set(value.map((v) => v.key));
  const add = (line: RecipientLine) => {
    if (!taken.has(line.key)) onChange([...value, line]);
  };
  return (
    <div data-testid={testId}>
      <Flex gap={8} style={{ marginBottom: 8 }} wrap>
        {kinds.length > 1 && (
          <Segmented<'person' | 'unit'>
            value={kind}
            onChange={(v) => setKind(v)}
            options={[
              { value: 'person', label: 'Cá nhân' },
              { value: 'unit', label: 'Tập thể (đơn vị)' },
            ]}
          />
        )}
        {kind === 'person' ? (
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            value={null}
            placeholder="Tìm cán bộ theo tên hoặc mã để thêm"
            style={{ minWidth: 340 }}
            data-testid={`${testId}-person`}
            options={(people.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.fullName} (${p.code})${p.unitName ? ` — ${p.unitName}` : ''}`,
              disabled: taken.has(`person:${p.id}`),
            }))}
            onChange={(id: number) => {
              const p = people.data?.items.find((x) => x.id === id);
              if (p)
                add({
                  key: `person:${p.id}`,
                  subjectKind: 'person',
                  personId: p.id,
                  name: p.fullName,
                  detail: [p.position, p.unitName].filter(Boolean).join(', ') || null,
                });
            }}
          />
        ) : (
          <Select
            showSearch
            optionFilterProp="label"
            value={null}
            placeholder="Chọn đơn vị để thêm"
            style={{ minWidth: 340 }}
            data-testid={`${testId}-unit`}
            options={(units.data ?? [])
              .filter((u) => u.active)
              .map((u) => ({ value: u.id, label: u.name, disabled: taken.has(`unit:${u.id}`) }))}
            onChange={(id: number) => {
              const u = units.data?.find((x) => x.id === id);
              if (u)
                add({ key: `unit:${u.id}`, subjectKind: 'unit', unitId: u.id, name: u.name, detail: null });
            }}
          />
        )}
      </Flex>
      <Table<RecipientLine>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={value}
        locale={{ emptyText: 'Chưa có người hoặc tập thể nào trong danh sách.' }}
        columns={[
          { title: 'STT', width: 56, align: 'right', render: (_, __, i) => i + 1 },
          { title: 'Họ và tên / tên tập thể', dataIndex: 'name' },
          { title: 'Chức vụ, đơn vị', dataIndex: 'detail' },
          {
            title: '',
            width: 48,
            render: (_, r) => (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`Bỏ ${r.name}`}
                onClick={() => onChange(value.filter((x) => x.key !== r.key))}
              />
            ),
          },
        ]}
      />
    </div>
  );
}

export const toRecipientInputs = (lines: RecipientLine[]): RecipientInput[] =>
  lines.map(({ subjectKind, personId, unitId, agencyId, councilCandidateId }) => ({
    subjectKind,
    personId: personId ?? null,
    unitId: unitId ?? null,
    agencyId: agencyId ?? null,
    councilCandidateId: councilCandidateId ?? null,
  }));
