import { App, Button, Card, Drawer, Flex, Input, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../lib/api.ts';
import {
  useSaveCollectiveRating,
  type PersonVerdicts,
  type UnitEligibility,
} from '../person-eligibility/api/eligibility.ts';
import { ForecastList, VerdictList, VerdictTags } from '../person-eligibility/VerdictList.tsx';

// The rating grid's eligibility in context: a drawer with one person's verdicts (reasons, citations)
// and forecast; the unit's collective rating (the basis of TT LĐTT / TT LĐXS) and its collective verdicts.

const RATINGS = [
  { value: 'htxsnv', label: 'Hoàn thành xuất sắc nhiệm vụ' },
  { value: 'httnv', label: 'Hoàn thành tốt nhiệm vụ' },
  { value: 'htnv', label: 'Hoàn thành nhiệm vụ' },
  { value: 'khtnv', label: 'Không hoàn thành nhiệm vụ' },
];

export function VerdictDrawer({
  person,
  year,
  onClose,
}: {
  person: PersonVerdicts | null;
  year: number;
  onClose(): void;
}) {
  return (
    <Drawer
      open={person !== null}
      onClose={onClose}
      size="large"
      title={person ? `Điều kiện khen thưởng năm ${year} — ${person.fullName}` : ''}
      data-testid="verdict-drawer"
      destroyOnHidden
    >
      {person && (
        <>
          <VerdictList results={person.results} testId="verdict-list" />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Dự báo: trong tầm với
          </Typography.Title>
          <ForecastList forecasts={person.forecasts} testId="verdict-forecast" />
        </>
      )}
    </Drawer>
  );
}

export function CollectiveCard({
  data,
  unitId,
  year,
  canWrite,
}: {
  data: UnitEligibility | undefined;
  unitId: number;
  year: number;
  canWrite: boolean;
}) {
  const { message } = App.useApp();
  const save = useSaveCollectiveRating();
  const c = data?.collective;
  const [rating, setRating] = useState<string | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    setRating(c?.rating ?? null);
    setNote(c?.ratingNote ?? '');
  }, [c?.rating, c?.ratingNote, unitId, year]);
  const eligible = (data?.people ?? []).filter((p) =>
    p.results.some((r) => r.target === 'lao-dong-tien-tien' && r.status === 'eligible'),
  ).length;
  return (
    <Card
      size="small"
      title={`Tập thể ${data?.unit.name ?? ''} — năm ${year}`}
      style={{ marginBottom: 12 }}
      data-testid="collective-card"
    >
      <Flex gap={16} wrap align="center">
        <Space>
          <Typography.Text>Mức hoàn thành nhiệm vụ của tập thể:</Typography.Text>
          <Select
            style={{ width: 260 }}
            allowClear
            placeholder="Chưa xếp loại"
            disabled={!canWrite}
            value={rating}
            onChange={(v) => setRating(v ?? null)}
            options={RATINGS}
            data-testid="collective-rating"
          />
          {canWrite && (
            <>
              <Input
                placeholder="Căn cứ (ví dụ: Quyết định đánh giá của Giám đốc Sở)"
                value={note}
                onChange={(e) => setNote(e.target.value)}
                style={{ width: 320 }}
              />
              <Button
                loading={save.isPending}
                data-testid="collective-save"
                onClick={() =>
                  void save
                    .mutateAsync({
                      unitId,
                      year,
                      rating,
                      note: note || null,
                      version: c?.ratingVersion ?? null,
                    })
                    .then(() => message.success('Đã lưu xếp loại tập thể.'))
                    .catch((e: unknown) => message.error(errorMessage(e)))
                }
              >
                Lưu
              </Button>
            </>
          )}
        </Space>
        <Space data-testid="collective-verdicts">
          {c && <VerdictTags results={c.results} />}
          {data && (
            <Tag>
              LĐTT đủ điều kiện: {eligible}/{data.people.length} người
            </Tag>
          )}
        </Space>
      </Flex>
      {c && c.results.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <VerdictList results={c.results} testId="collective-verdict-list" />
        </div>
      )}
    </Card>
  );
}
