import { useEffect, useState } from 'react';
import { App, Button, Card, Descriptions, Select, Space } from 'antd';
import { errorMessage } from '../../lib/api.ts';
import { useSaveSelfRating, useSelfRating, type RatingValue } from './api/ratings.ts';

// A staff member's own self-assessment for the year (the only part of a rating they may enter).

const LABELS: Record<RatingValue, string> = {
  htxsnv: 'Hoàn thành xuất sắc nhiệm vụ (HTXSNV)',
  httnv: 'Hoàn thành tốt nhiệm vụ (HTTNV)',
  htnv: 'Hoàn thành nhiệm vụ (HTNV)',
  khtnv: 'Không hoàn thành nhiệm vụ (KHTNV)',
};
const OPTIONS = (['htxsnv', 'httnv', 'htnv', 'khtnv'] as const).map((v) => ({ value: v, label: LABELS[v] }));

export function SelfAssessmentCard({ year }: { year: number }) {
  const { message } = App.useApp();
  const self = useSelfRating(year, true);
  const save = useSaveSelfRating();
  const [value, setValue] = useState<RatingValue | null>(null);
  useEffect(() => setValue(self.data?.selfRating ?? null), [self.data]);

  return (
    <Card
      title={`Tự đánh giá năm ${year}`}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="self-assessment"
    >
      <Space wrap>
        <Select<RatingValue | null>
          style={{ width: 340 }}
          allowClear
          placeholder="Chọn mức tự đánh giá"
          value={value}
          options={OPTIONS}
          onChange={(v) => setValue(v ?? null)}
          data-testid="self-rating"
        />
        <Button
          type="primary"
          loading={save.isPending}
          disabled={!self.data || value === (self.data.selfRating ?? null)}
          data-testid="self-rating-save"
          onClick={() =>
            save.mutate(
              { year, selfRating: value, version: self.data?.version ?? null },
              {
                onSuccess: () => message.success('Đã lưu tự đánh giá.'),
                onError: (e) => message.error(errorMessage(e)),
              },
            )
          }
        >
          Lưu tự đánh giá
        </Button>
      </Space>
      <Descriptions size="small" column={2} style={{ marginTop: 12 }}>
        <Descriptions.Item label="Đơn vị đề xuất">
          {self.data?.proposedRating ? LABELS[self.data.proposedRating] : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="Xếp loại">
          {self.data?.finalRating ? LABELS[self.data.finalRating] : '—'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
