import { App, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { request } from '../lib/api.ts';
import { hasPermission } from '../lib/permissions.ts';
import { useMe, useSession } from '../lib/session.tsx';
import { z } from 'zod';

const Result = z.object({ workingYear: z.number() });

/** The agency's working year in the header. The officer moves the agency to another year; every page opens
 * on it (a page's own year picker still shows any year). */
export function WorkingYearPicker() {
  const me = useMe();
  const { reload } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const year = me.workingYear;
  const canChange = me.agencyId != null && hasPermission(me, 'agencies:settings');
  if (!canChange)
    return (
      <Tooltip title="Năm công tác thi đua của cơ quan: các trang mở theo năm này.">
        <Tag color="blue" data-testid="working-year">
          Năm {year}
        </Tag>
      </Tooltip>
    );
  const options = [year - 2, year - 1, year, year + 1].map((y) => ({ value: y, label: `Năm ${y}` }));
  const change = async (y: number) => {
    setSaving(true);
    try {
      await request(`/agencies/${me.agencyId}/working-year`, Result, { method: 'PUT', body: { year: y } });
      await reload();
      await queryClient.invalidateQueries();
      message.success(`Đã chuyển năm công tác sang năm ${y}.`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : 'Không đổi được năm công tác.');
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space size={4}>
      <Typography.Text type="secondary">Năm công tác</Typography.Text>
      <Select
        aria-label="Năm công tác thi đua"
        data-testid="working-year"
        size="small"
        value={year}
        loading={saving}
        options={options}
        onChange={(y: number) => void change(y)}
        style={{ width: 104 }}
      />
    </Space>
  );
}
