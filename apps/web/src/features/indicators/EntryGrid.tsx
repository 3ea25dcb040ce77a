import { useEffect, useState } from 'react';
import { App, Button, Input, Table, Tag, Tooltip, Typography } from 'antd';
import { FormOutlined, HistoryOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { errorMessage } from '../../lib/api.ts';
import { useSaveCell } from './api/grid.ts';
import type { Cell, GridRow, ValueKind } from './api/schemas.ts';
import { cellText, parseCell, showDecimal } from './cell-text.ts';

// The entry grid: one row per indicator (breakdowns indented under their parent), one editable column per
// month for the chosen kind (Ước / Thực hiện), then the server's cumulative, % of plan and change against
// the same period — recomputed by the server after every saved cell.

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

function NumberCell({
  row,
  month,
  kind,
  editable,
}: {
  row: GridRow;
  month: number;
  kind: ValueKind;
  editable: boolean;
}) {
  const fraction = row.indicator.kind === 'fraction';
  const m = row.months[month - 1];
  const cell: Cell | null = m ? m[kind] : null;
  const shown = cellText(cell, fraction);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const save = useSaveCell();
  const { message } = App.useApp();
  useEffect(() => {
    setText(shown);
    setError(null);
  }, [shown]);
  const other = m ? m[kind === 'actual' ? 'estimate' : 'actual'] : null;
  const hint = kind === 'actual' && other ? `Ước: ${cellText(other, fraction)}` : undefined;

  const commit = () => {
    if (text.trim() === shown.trim()) return;
    const p = parseCell(text, fraction);
    if (!p.ok) {
      setError(p.message);
      return;
    }
    setError(null);
    const keep = cell
      ? {
          quantity: cell.quantity,
          reportedCumulative: cell.reportedCumulative,
          priorYearValue: cell.priorYearValue,
          priorYearQuantity: cell.priorYearQuantity,
          note: cell.note,
        }
      : {
          quantity: null,
          reportedCumulative: null,
          priorYearValue: null,
          priorYearQuantity: null,
          note: null,
        };
    save.mutate(
      {
        indicatorId: row.indicator.id,
        month,
        kind,
        fields: { ...keep, value: p.value, numerator: p.numerator, denominator: p.denominator },
        ...(cell ? { version: cell.version } : {}),
      },
      {
        onError: (e) => {
          setError(errorMessage(e));
          void message.error(errorMessage(e));
        },
      },
    );
  };

  if (!editable) return <span data-testid={`cell-${row.indicator.code}-${month}`}>{shown}</span>;
  return (
    <Tooltip title={error ?? hint} {...(error ? { open: true } : {})}>
      <Input
        size="small"
        value={text}
        status={error ? 'error' : undefined}
        placeholder={hint ? cellText(other, fraction) : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onPressEnter={commit}
        disabled={save.isPending}
        aria-label={`${row.indicator.name} tháng ${month}`}
        data-testid={`cell-${row.indicator.code}-${month}`}
        style={{ textAlign: 'right', minWidth: fraction ? 120 : 76 }}
      />
    </Tooltip>
  );
}

export function EntryGrid({
  rows,
  kind,
  editable,
  uptoMonth,
  loading,
  onHistory,
  onDetail,
}: {
  rows: GridRow[];
  kind: ValueKind;
  editable: boolean;
  uptoMonth: number;
  loading: boolean;
  onHistory(row: GridRow): void;
  onDetail(row: GridRow): void;
}) {
  const columns: ColumnsType<GridRow> = [
    {
      title: 'Chỉ tiêu',
      key: 'name',
      fixed: 'left',
      width: 280,
      render: (_, r) => (
        <div style={{ paddingLeft: r.depth * 20 }}>
          <Typography.Text strong={r.depth === 0}>{r.indicator.name}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.indicator.code}
              {r.indicator.unit ? ` · ${r.indicator.unit}` : ''}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: 'KH năm',
      key: 'plan',
      width: 100,
      align: 'right',
      render: (_, r) => (
        <span data-testid={`plan-${r.indicator.code}`}>{showDecimal(r.indicator.planValue)}</span>
      ),
    },
    ...MONTHS.map((m) => ({
      title: m === uptoMonth ? <Tag color="blue">T{m}</Tag> : `T${m}`,
      key: `m${m}`,
      width: 96,
      render: (_: unknown, r: GridRow) => <NumberCell row={r} month={m} kind={kind} editable={editable} />,
    })),
    {
      title: `Lũy kế đến T${uptoMonth}`,
      key: 'cumulative',
      fixed: 'right',
      width: 130,
      align: 'right',
      render: (_, r) => (
        <>
          <span data-testid={`cum-${r.indicator.code}`}>
            {r.indicator.kind === 'fraction'
              ? (r.summary.text.fraction ?? '')
              : (r.summary.text.cumulative ?? '')}
            {r.summary.estimated && r.summary.raw.cumulative !== null && (
              <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                {' '}
                (ước)
              </Typography.Text>
            )}
          </span>
          {r.summary.breakdown?.note && (
            <Tooltip title={r.summary.breakdown.note}>
              <Tag
                color={r.summary.breakdown.mismatch ? 'warning' : 'blue'}
                style={{ marginInlineStart: 4, marginInlineEnd: 0, cursor: 'help' }}
                data-testid={`breakdown-${r.indicator.code}`}
              >
                {r.summary.breakdown.derived ? 'Σ' : r.summary.breakdown.mismatch ? '≠ Σ' : 'Σ ?'}
              </Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: '% KH',
      key: 'pct',
      fixed: 'right',
      width: 80,
      align: 'right',
      render: (_, r) => (
        <span data-testid={`plan-pct-${r.indicator.code}`}>
          {r.indicator.kind === 'fraction'
            ? (r.summary.text.fractionPercent ?? '')
            : (r.summary.text.percentOfPlan ?? '')}
        </span>
      ),
    },
    {
      title: '% cùng kỳ',
      key: 'change',
      fixed: 'right',
      width: 120,
      render: (_, r) => <span data-testid={`change-${r.indicator.code}`}>{r.summary.text.change ?? ''}</span>,
    },
    {
      title: '',
      key: 'history',
      fixed: 'right',
      width: 76,
      render: (_, r) => (
        <>
          {editable && (
            <Tooltip title="Chi tiết: sản lượng, lũy kế nguồn, cùng kỳ năm trước, ghi chú">
              <Button
                size="small"
                type="text"
                icon={<FormOutlined />}
                aria-label={`Chi tiết số liệu ${r.indicator.name}`}
                data-testid={`detail-${r.indicator.code}`}
                onClick={() => onDetail(r)}
              />
            </Tooltip>
          )}
          <Tooltip title="Lịch sử sửa đổi">
            <Button
              size="small"
              type="text"
              icon={<HistoryOutlined />}
              aria-label={`Lịch sử sửa đổi ${r.indicator.name}`}
              data-testid={`history-${r.indicator.code}`}
              onClick={() => onHistory(r)}
            />
          </Tooltip>
        </>
      ),
    },
  ];
  return (
    <Table<GridRow>
      data-testid="indicator-grid"
      rowKey={(r) => r.indicator.id}
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="small"
      bordered
      scroll={{ x: 1900 }}
      locale={{ emptyText: 'Chưa có chỉ tiêu nào cho năm này. Hãy thêm ở thẻ "Danh mục chỉ tiêu".' }}
    />
  );
}
