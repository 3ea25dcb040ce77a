import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  App,
  Alert,
  Button,
  Checkbox,
  Flex,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import {
  ExclamationCircleOutlined,
  FileExcelOutlined,
  SaveOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { htxsnvCap } from '../../../../../packages/domain/src/ratings/rules.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { errorMessage, isApiError } from '../../lib/api.ts';
import { useUnits } from '../../lib/endpoints/units.ts';
import { hasPermission, isAdmin } from '../../lib/permissions.ts';
import { useMe, useWorkingYear } from '../../lib/session.tsx';
import {
  exportRatings,
  useRatingGrid,
  useRatingSettings,
  useSaveGrid,
  useSaveRatingSettings,
  type GridRow,
  type RatingValue,
  type RowChange,
} from './api/ratings.ts';
import { DisciplineDrawer } from './DisciplineDrawer.tsx';
import { ImportRatingsModal } from './ImportRatingsModal.tsx';
import { SelfAssessmentCard } from './SelfAssessmentCard.tsx';
import { LeaveDrawer } from './LeaveDrawer.tsx';
import { CollectiveCard, VerdictDrawer } from './UnitEligibility.tsx';
import { useQueryClient } from '@tanstack/react-query';
import { useUnitEligibility, type PersonVerdicts } from '../person-eligibility/api/eligibility.ts';
import { VerdictTags } from '../person-eligibility/VerdictList.tsx';

// /danh-gia-xep-loai?donVi=12&nam=2024 — the rating grid of one unit for one year. Every cell is
// editable from the keyboard: Tab/Shift+Tab along the row, Ctrl+↑/↓ (or Enter on a closed select) to the
// same column of the row above/below; changed rows are highlighted and saved together with "Lưu".

const LABELS: Record<RatingValue, string> = {
  htxsnv: 'HTXSNV',
  httnv: 'HTTNV',
  htnv: 'HTNV',
  khtnv: 'KHTNV',
};
const OPTIONS = (['htxsnv', 'httnv', 'htnv', 'khtnv'] as const).map((v) => ({ value: v, label: LABELS[v] }));
type EditCol = 'proposed' | 'final' | 'months' | 'absence' | 'maternity';

type Edit = Partial<
  Pick<RowChange, 'proposedRating' | 'finalRating' | 'monthsWorked' | 'absenceDays' | 'maternityLeave'>
>;

function focusCell(row: number, col: EditCol): void {
  const el = document.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
  const target = el?.querySelector<HTMLElement>('input, .ant-select-selector') ?? el;
  target?.focus();
}

export function RatingsPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const thisYear = useWorkingYear();
  const year = Number(params.get('nam')) || thisYear;
  const agencyId = me.agencyId ?? null;
  const units = useUnits(agencyId);
  const headUnits = me.roles.filter((r) => r.role === 'unit-head').map((r) => r.unitId);
  const officer =
    isAdmin(me) ||
    me.roles.some((r) => r.role === 'officer' || r.role === 'council' || r.role === 'reviewer');
  const unitOptions = (units.data ?? []).filter((u) => u.active && (officer || headUnits.includes(u.id)));
  const unitId = Number(params.get('donVi')) || unitOptions[0]?.id || null;
  const canRead = hasPermission(me, 'ratings:read') || isAdmin(me);
  const canSelf = hasPermission(me, 'ratings:self') && !!me.personId;
  const grid = useRatingGrid(canRead ? unitId : null, year);
  const save = useSaveGrid();
  const canWrite = hasPermission(me, 'ratings:write') || isAdmin(me);
  const [edits, setEdits] = useState<Record<number, Edit>>({});
  const [reasonOpen, setReasonOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [discPerson, setDiscPerson] = useState<GridRow | null>(null);
  const [importing, setImporting] = useState(false);
  const [leavePerson, setLeavePerson] = useState<GridRow | null>(null);
  const [verdictPerson, setVerdictPerson] = useState<PersonVerdicts | null>(null);
  const qc = useQueryClient();
  const verdicts = useUnitEligibility(canRead ? unitId : null, year);
  const verdictsOf = useMemo(
    () => new Map((verdicts.data?.people ?? []).map((p) => [p.personId, p])),
    [verdicts.data],
  );
  const tableRef = useRef<HTMLDivElement>(null);

  useEffect(() => setEdits({}), [unitId, year]);

  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v === null) next.delete(k);
    else next.set(k, v);
    setParams(next, { replace: true });
  };

  const rows = grid.data?.rows ?? [];
  const value = <K extends keyof Edit>(r: GridRow, k: K, base: Edit[K]): Edit[K] =>
    edits[r.personId] && k in edits[r.personId]! ? edits[r.personId]![k] : base;
  const edit = (r: GridRow, patch: Edit) =>
    setEdits((e) => ({ ...e, [r.personId]: { ...e[r.personId], ...patch } }));
  const dirty = (r: GridRow): boolean => {
    const e = edits[r.personId];
    if (!e) return false;
    return (
      ('proposedRating' in e && e.proposedRating !== r.proposedRating) ||
      ('finalRating' in e && e.finalRating !== r.finalRating) ||
      ('monthsWorked' in e && e.monthsWorked !== r.monthsWorked) ||
      ('absenceDays' in e && e.absenceDays !== r.absenceDays) ||
      ('maternityLeave' in e && e.maternityLeave !== r.maternityLeave)
    );
  };
  const dirtyRows = rows.filter(dirty);

  // The cap as it will be after saving (the same rule as the server: R-RATE-2).
  const liveCap = useMemo(
    () =>
      htxsnvCap(
        rows.map((r) => value(r, 'finalRating', r.finalRating) ?? null),
        { base: grid.data?.cap.base ?? 'httnv', percent: grid.data?.cap.percent ?? 20 },
      ),
    [rows, edits, grid.data],
  );

  const submit = async (capOverrideReason?: string) => {
    if (!grid.data || unitId === null) return;
    const changes: RowChange[] = dirtyRows.map((r) => ({
      personId: r.personId,
      version: r.version,
      ...edits[r.personId],
    }));
    try {
      const g = await save.mutateAsync({
        unitId,
        year,
        rows: changes,
        ...(capOverrideReason ? { capOverrideReason } : {}),
      });
      setEdits({});
      void qc.invalidateQueries({ queryKey: ['eligibility'] });
      setReasonOpen(false);
      setReason('');
      message.success(`Đã lưu ${g.written} dòng.`);
    } catch (e) {
      if (isApiError(e, 'rating-cap-exceeded')) {
        setReasonOpen(true);
        return;
      }
      message.error(errorMessage(e));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!cell) return;
    const [rowText, col] = cell.dataset.cell!.split(':') as [string, EditCol];
    const row = Number(rowText);
    const open = cell.querySelector('.ant-select-open');
    const down =
      (e.key === 'ArrowDown' && e.ctrlKey) ||
      (e.key === 'Enter' && !open && !cell.querySelector('.ant-select'));
    const up = e.key === 'ArrowUp' && e.ctrlKey;
    if (down && row + 1 < rows.length) {
      e.preventDefault();
      focusCell(row + 1, col);
    } else if (up && row > 0) {
      e.preventDefault();
      focusCell(row - 1, col);
    }
  };

  const finalise = grid.data?.canFinalise ?? false;
  const settings = useRatingSettings(finalise);
  const saveSettings = useSaveRatingSettings();
  const ratingSelect = (r: GridRow, i: number, col: 'proposed' | 'final') => {
    const key = col === 'proposed' ? 'proposedRating' : 'finalRating';
    return (
      <div data-cell={`${i}:${col}`}>
        <Select<RatingValue | null>
          size="small"
          style={{ width: 100 }}
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="—"
          disabled={!canWrite || (col === 'final' && !finalise)}
          value={value(r, key, r[key]) ?? null}
          options={OPTIONS}
          onChange={(v) => edit(r, { [key]: v ?? null })}
          data-testid={`rating-${col}-${r.code}`}
          aria-label={`${col === 'final' ? 'Xếp loại' : 'Đề xuất'} của ${r.fullName}`}
        />
      </div>
    );
  };

  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  if (!years.includes(year)) years.push(year);
  const yearPicker = (
    <Space>
      <Typography.Text>Năm</Typography.Text>
      <Select
        style={{ width: 100 }}
        value={year}
        options={years.map((y) => ({ value: y, label: String(y) }))}
        onChange={(v) => set('nam', String(v))}
        data-testid="ratings-year"
      />
    </Space>
  );

  if (!canRead) {
    return (
      <>
        <PageHeader
          title="Đánh giá, xếp loại"
          subtitle="Tự đánh giá, xếp loại chất lượng của bạn theo năm."
        />
        <Flex style={{ marginBottom: 12 }}>{yearPicker}</Flex>
        {canSelf ? <SelfAssessmentCard year={year} /> : null}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Đánh giá, xếp loại"
        subtitle="Xếp loại chất lượng cán bộ theo năm: tự đánh giá, đề xuất của đơn vị, xếp loại; kỷ luật, ngày công, thai sản, chuyển công tác."
        extra={
          <>
            <Button
              icon={<FileExcelOutlined />}
              onClick={() => exportRatings(unitId, year)}
              disabled={unitId === null}
              data-testid="ratings-export"
            >
              Xuất Excel
            </Button>
            {finalise && (
              <Button
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="ratings-import"
              >
                Nhập Excel
              </Button>
            )}
          </>
        }
      />
      {canSelf ? <SelfAssessmentCard year={year} /> : null}
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Space>
          <Typography.Text>Đơn vị</Typography.Text>
          <Select
            style={{ minWidth: 280 }}
            value={unitId}
            loading={units.isLoading}
            options={unitOptions.map((u) => ({ value: u.id, label: u.name }))}
            onChange={(v) => set('donVi', String(v))}
            data-testid="ratings-unit"
            showSearch
            optionFilterProp="label"
          />
        </Space>
        {yearPicker}
        {finalise && settings.data && (
          <Select
            style={{ width: 230 }}
            value={settings.data.capBase}
            loading={saveSettings.isPending}
            options={[
              { value: 'httnv', label: 'Tỷ lệ: 20% số người HTTNV' },
              { value: 'httnv-or-above', label: 'Tỷ lệ: 20% số người HTTNV trở lên' },
            ]}
            onChange={(v) =>
              saveSettings.mutate({ capBase: v }, { onError: (e) => message.error(errorMessage(e)) })
            }
            data-testid="ratings-cap-base"
            aria-label="Cách tính tỷ lệ HTXSNV"
          />
        )}
        {grid.data && (
          <Tooltip
            title={`Tối đa ${liveCap.percent}% ${liveCap.base === 'httnv' ? 'số người HTTNV' : 'số người HTTNV trở lên'} (${liveCap.baseCount} người), R-RATE-2`}
          >
            <Tag
              color={liveCap.exceeded ? 'red' : liveCap.used === liveCap.allowed ? 'orange' : 'green'}
              data-testid="ratings-cap"
              style={{ fontSize: 14, padding: '4px 8px' }}
            >
              {liveCap.text}
            </Tag>
          </Tooltip>
        )}
        <Flex flex={1} justify="end" gap={8} align="center">
          {dirtyRows.length > 0 && (
            <Typography.Text type="warning" data-testid="ratings-dirty-count">
              {dirtyRows.length} dòng chưa lưu
            </Typography.Text>
          )}
          {canWrite && (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              disabled={dirtyRows.length === 0}
              loading={save.isPending}
              onClick={() => void submit()}
              data-testid="ratings-save"
            >
              Lưu
            </Button>
          )}
        </Flex>
      </Flex>
      {liveCap.exceeded && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="ratings-cap-warning"
          title={`Vượt tỷ lệ HTXSNV: ${liveCap.used} người, tối đa ${liveCap.allowed}. Khi lưu sẽ phải nêu lý do.`}
        />
      )}
      {grid.error ? <ErrorAlert error={grid.error} /> : null}
      {unitId !== null && canRead && (
        <CollectiveCard data={verdicts.data} unitId={unitId} year={year} canWrite={finalise} />
      )}
      <div ref={tableRef} onKeyDown={onKeyDown}>
        <Table<GridRow>
          size="small"
          rowKey="personId"
          loading={grid.isFetching}
          dataSource={rows}
          pagination={false}
          data-testid="ratings-grid"
          rowClassName={(r) => (dirty(r) ? 'ratings-row-dirty' : '')}
          onRow={(r) =>
            ({
              'data-testid': `ratings-row-${r.code}`,
              style: dirty(r) ? { background: '#fffbe6' } : undefined,
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: 'STT',
              key: 'stt',
              width: 50,
              align: 'right',
              render: (_: unknown, __: GridRow, i: number) => i + 1,
            },
            {
              title: 'Họ và tên',
              key: 'name',
              render: (_: unknown, r: GridRow) => (
                <Space size={4} wrap>
                  <span>{r.fullName}</span>
                  {r.transferred && (
                    <Tooltip
                      title={r.unitsInYear
                        .map((u) => `${u.unitName} từ ${u.from}${u.to ? ` đến ${u.to}` : ''}`)
                        .join('; ')}
                    >
                      <Tag color="blue">Chuyển công tác</Tag>
                    </Tooltip>
                  )}
                  {r.warnings.length > 0 && (
                    <Tooltip title={r.warnings.map((w) => w.message).join(' ')}>
                      <ExclamationCircleOutlined
                        style={{ color: '#fa8c16' }}
                        data-testid={`ratings-warning-${r.code}`}
                      />
                    </Tooltip>
                  )}
                </Space>
              ),
            },
            {
              title: 'Tự đánh giá',
              key: 'self',
              width: 100,
              render: (_: unknown, r: GridRow) => (r.selfRating ? LABELS[r.selfRating] : '—'),
            },
            {
              title: 'Đơn vị đề xuất',
              key: 'proposed',
              width: 120,
              render: (_: unknown, r: GridRow, i: number) => ratingSelect(r, i, 'proposed'),
            },
            {
              title: 'Xếp loại',
              key: 'final',
              width: 120,
              render: (_: unknown, r: GridRow, i: number) => ratingSelect(r, i, 'final'),
            },
            {
              title: 'Số tháng công tác',
              key: 'months',
              width: 110,
              render: (_: unknown, r: GridRow, i: number) => (
                <div data-cell={`${i}:months`}>
                  <InputNumber
                    size="small"
                    min={0}
                    max={12}
                    step={0.5}
                    style={{ width: 80 }}
                    disabled={!canWrite}
                    value={value(r, 'monthsWorked', r.monthsWorked)}
                    placeholder={
                      r.fromLeaves?.monthsWorked !== null && r.fromLeaves?.monthsWorked !== undefined
                        ? String(r.fromLeaves.monthsWorked).replace('.', ',')
                        : undefined
                    }
                    title={r.fromLeaves ? 'Tính từ thời gian nghỉ, chuyển công tác khi để trống' : undefined}
                    data-testid={`rating-months-${r.code}`}
                    onChange={(v) => edit(r, { monthsWorked: v ?? null })}
                    aria-label={`Số tháng công tác của ${r.fullName}`}
                  />
                </div>
              ),
            },
            {
              title: 'Ngày nghỉ',
              key: 'absence',
              width: 100,
              render: (_: unknown, r: GridRow, i: number) => (
                <div data-cell={`${i}:absence`}>
                  <InputNumber
                    size="small"
                    min={0}
                    max={366}
                    step={0.5}
                    style={{ width: 75 }}
                    disabled={!canWrite}
                    value={value(r, 'absenceDays', r.absenceDays)}
                    placeholder={
                      r.fromLeaves?.absenceDays !== null && r.fromLeaves?.absenceDays !== undefined
                        ? String(r.fromLeaves.absenceDays).replace('.', ',')
                        : undefined
                    }
                    onChange={(v) => edit(r, { absenceDays: v ?? null })}
                    aria-label={`Số ngày nghỉ của ${r.fullName}`}
                  />
                </div>
              ),
            },
            {
              title: 'Thai sản',
              key: 'maternity',
              width: 80,
              align: 'center',
              render: (_: unknown, r: GridRow, i: number) => (
                <div data-cell={`${i}:maternity`}>
                  <Checkbox
                    disabled={!canWrite}
                    checked={value(r, 'maternityLeave', r.maternityLeave) ?? false}
                    onChange={(e) => edit(r, { maternityLeave: e.target.checked })}
                    aria-label={`Nghỉ thai sản của ${r.fullName}`}
                  />
                </div>
              ),
            },
            {
              title: 'Kỷ luật',
              key: 'disc',
              width: 130,
              render: (_: unknown, r: GridRow) => (
                <Button
                  size="small"
                  type="link"
                  onClick={() => setDiscPerson(r)}
                  data-testid={`ratings-discipline-${r.code}`}
                >
                  {r.disciplines.length ? r.disciplines.map((d) => d.levelText).join(', ') : 'Không'}
                </Button>
              ),
            },
            {
              title: 'Nghỉ, chuyển',
              key: 'leaves',
              width: 90,
              render: (_: unknown, r: GridRow) => (
                <Button
                  size="small"
                  type="link"
                  onClick={() => setLeavePerson(r)}
                  data-testid={`ratings-leave-${r.code}`}
                >
                  Ghi / xem
                </Button>
              ),
            },
            {
              title: `Điều kiện năm ${year}`,
              key: 'verdicts',
              width: 240,
              render: (_: unknown, r: GridRow) => {
                const v = verdictsOf.get(r.personId);
                if (!v) return verdicts.isLoading ? '…' : '—';
                return (
                  <Space size={0} wrap>
                    <VerdictTags results={v.results} testId={`ratings-verdicts-${r.code}`} />
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setVerdictPerson(v)}
                      data-testid={`ratings-verdict-open-${r.code}`}
                    >
                      Lý do, dự báo
                    </Button>
                  </Space>
                );
              },
            },
          ]}
        />
      </div>
      <Modal
        open={reasonOpen}
        title="Vượt tỷ lệ HTXSNV"
        okText="Lưu với lý do"
        cancelText="Huỷ"
        onCancel={() => setReasonOpen(false)}
        okButtonProps={
          {
            disabled: reason.trim() === '',
            loading: save.isPending,
            'data-testid': 'ratings-reason-ok',
          } as never
        }
        onOk={() => void submit(reason.trim())}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {save.error && isApiError(save.error, 'rating-cap-exceeded')
            ? save.error.message
            : `Số người HTXSNV (${liveCap.used}) vượt mức tối đa ${liveCap.allowed}.`}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          Lý do được lưu cùng xếp loại và ghi vào nhật ký.
        </Typography.Paragraph>
        <Input.TextArea
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="Lý do vượt tỷ lệ"
          data-testid="ratings-reason"
          maxLength={1000}
        />
      </Modal>
      <DisciplineDrawer
        person={discPerson}
        year={year}
        canWrite={finalise}
        onClose={() => setDiscPerson(null)}
      />
      <LeaveDrawer
        person={leavePerson}
        year={year}
        canWrite={finalise}
        onClose={() => setLeavePerson(null)}
      />
      <VerdictDrawer person={verdictPerson} year={year} onClose={() => setVerdictPerson(null)} />
      <ImportRatingsModal open={importing} year={year} unitId={unitId} onClose={() => setImporting(false)} />
    </>
  );
}
