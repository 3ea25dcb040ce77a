import { useState } from 'react';
import { Button, Flex, Segmented, Select, Space, Tabs, Typography } from 'antd';
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { hasPermission, isAdmin } from '../../lib/permissions.ts';
import { useMe, useWorkingYear } from '../../lib/session.tsx';
import { useIndicatorGrid } from './api/grid.ts';
import { exportIndicators } from './api/excel.ts';
import type { GridRow, ValueKind } from './api/schemas.ts';
import { AdminProceduresTab } from './AdminProceduresTab.tsx';
import { CellDetailModal } from './CellDetailModal.tsx';
import { DefinitionsTab } from './DefinitionsTab.tsx';
import { EntryGrid } from './EntryGrid.tsx';
import { ImportIndicatorsModal } from './ImportIndicatorsModal.tsx';
import { RevisionDrawer } from './RevisionDrawer.tsx';

// /chi-tieu?nam=2023&thang=6&tab=nhap|danh-muc|tthc — indicators of the signed-in user's agency.

const TABS = ['nhap', 'danh-muc', 'tthc'] as const;

export function IndicatorsPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const thisYear = useWorkingYear();
  const year = Number(params.get('nam')) || thisYear;
  const monthParam = Number(params.get('thang'));
  const uptoMonth = monthParam >= 1 && monthParam <= 12 ? monthParam : null;
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'nhap';
  const [kind, setKind] = useState<ValueKind>('actual');
  const [history, setHistory] = useState<GridRow | null>(null);
  const [detail, setDetail] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  const agencyId = me.agencyId ?? null;
  const canWrite = hasPermission(me, 'indicators:write') || isAdmin(me);
  const grid = useIndicatorGrid(agencyId, year, uptoMonth);
  const shownMonth = uptoMonth ?? grid.data?.uptoMonth ?? 1;
  const detailRow = grid.data?.rows.find((r) => r.indicator.id === detail) ?? null;

  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v === null) next.delete(k);
    else next.set(k, v);
    setParams(next, { replace: true });
  };
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  if (!years.includes(year)) years.push(year);

  return (
    <>
      <PageHeader
        title="Chỉ tiêu"
        subtitle="Số liệu chỉ tiêu theo tháng (ước, thực hiện), lũy kế, % kế hoạch, so cùng kỳ; số liệu thủ tục hành chính."
        extra={
          <>
            <Button
              icon={<FileExcelOutlined />}
              onClick={() => exportIndicators(agencyId, year, uptoMonth)}
              data-testid="indicator-export"
            >
              Xuất Excel
            </Button>
            {canWrite && (
              <Button
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="indicator-import-open"
              >
                Nhập từ Excel
              </Button>
            )}
          </>
        }
      />
      <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
        <Space>
          <Typography.Text>Năm</Typography.Text>
          <Select
            value={year}
            onChange={(v) => set('nam', String(v))}
            options={years.sort((a, b) => b - a).map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
            data-testid="indicator-year"
          />
        </Space>
        <Space>
          <Typography.Text>Lũy kế đến tháng</Typography.Text>
          <Select
            value={shownMonth}
            onChange={(v) => set('thang', String(v))}
            options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `Tháng ${i + 1}` }))}
            style={{ width: 120 }}
            data-testid="indicator-upto"
          />
        </Space>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(k) => set('tab', k === 'nhap' ? null : k)}
        items={[
          {
            key: 'nhap',
            label: 'Nhập số liệu',
            children: (
              <>
                <ErrorAlert error={grid.error} />
                <Flex gap={12} align="center" style={{ marginBottom: 8 }}>
                  <Typography.Text>Số liệu đang nhập:</Typography.Text>
                  <Segmented<ValueKind>
                    value={kind}
                    onChange={setKind}
                    options={[
                      { value: 'estimate', label: 'Ước thực hiện' },
                      { value: 'actual', label: 'Thực hiện' },
                    ]}
                    data-testid="indicator-kind"
                  />
                  <Typography.Text type="secondary">
                    Gõ số kiểu Việt Nam (14.103,4) hoặc tỷ lệ tử/mẫu (478.395/478.833), rồi Enter. Thực hiện
                    thay cho số ước khi tính lũy kế.
                  </Typography.Text>
                </Flex>
                <EntryGrid
                  rows={grid.data?.rows ?? []}
                  kind={kind}
                  editable={canWrite}
                  uptoMonth={shownMonth}
                  loading={grid.isLoading}
                  onHistory={setHistory}
                  onDetail={(r) => setDetail(r.indicator.id)}
                />
              </>
            ),
          },
          {
            key: 'danh-muc',
            label: 'Danh mục chỉ tiêu',
            children: <DefinitionsTab agencyId={agencyId} year={year} canWrite={canWrite} />,
          },
          {
            key: 'tthc',
            label: 'Thủ tục hành chính',
            children: <AdminProceduresTab agencyId={agencyId} year={year} canWrite={canWrite} />,
          },
        ]}
      />
      <RevisionDrawer row={history} onClose={() => setHistory(null)} />
      {detailRow && (
        <CellDetailModal row={detailRow} kind={kind} month={shownMonth} onClose={() => setDetail(null)} />
      )}
      {importing && (
        <ImportIndicatorsModal agencyId={agencyId} year={year} onClose={() => setImporting(false)} />
      )}
    </>
  );
}
