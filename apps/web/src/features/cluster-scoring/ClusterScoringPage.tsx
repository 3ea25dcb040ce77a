import { useEffect, useState } from 'react';
import { Empty, Flex, Select, Spin, Tabs, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useClusters, useOverview } from './api.ts';
import { CriteriaTab } from './CriteriaTab.tsx';
import { SheetsTab } from './SheetsTab.tsx';
import { RankingTab } from './RankingTab.tsx';

const YEARS = [2026, 2025, 2024, 2023];

/** Chấm điểm thi đua cụm, khối: criteria and covenant, score sheets, ranking — for one cluster and year. */
export function ClusterScoringPage() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('nam') ?? 2025);
  const clusters = useClusters(year);
  const groupParam = params.get('cum');
  const groupId = groupParam ? Number(groupParam) : (clusters.data?.[0]?.id ?? null);
  const overview = useOverview(groupId, year);
  const [tab, setTab] = useState(params.get('tab') ?? 'criteria');
  useEffect(() => {
    const t = params.get('tab');
    if (t) setTab(t);
  }, [params]);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const o = overview.data;
  return (
    <>
      <PageHeader
        title="Chấm điểm thi đua cụm, khối"
        subtitle="Tiêu chí và giao ước, tự chấm điểm, Cụm trưởng chấm, xếp hạng và đề nghị Cờ thi đua, Bằng khen"
        extra={
          <Flex gap={8} align="center" wrap>
            <Select
              data-testid="cs-year"
              value={year}
              style={{ width: 110 }}
              options={YEARS.map((y) => ({ value: y, label: `Năm ${y}` }))}
              onChange={(v) => set('nam', String(v))}
            />
            <Select
              data-testid="cs-cluster"
              value={groupId ?? undefined}
              style={{ minWidth: 260 }}
              placeholder="Chọn cụm, khối"
              loading={clusters.isLoading}
              options={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              onChange={(v) => set('cum', String(v))}
            />
          </Flex>
        }
      />
      <ErrorAlert error={clusters.error ?? overview.error} />
      {clusters.data && clusters.data.length === 0 && (
        <Empty description={`Bạn không tham gia hay theo dõi cụm, khối thi đua nào năm ${year}.`} />
      )}
      {overview.isLoading && <Spin />}
      {o && (
        <>
          <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="cs-title">
              {o.groupName} – năm {o.year}
            </Typography.Title>
            <Tag color="blue" data-testid="cs-role">
              {o.roleText}
            </Tag>
            {o.published && (
              <Tag color="green" data-testid="cs-published">
                Đã công bố {formatDateTime(o.publishedAt)} – không thể sửa
              </Tag>
            )}
          </Flex>
          <Tabs
            activeKey={tab}
            onChange={(k) => {
              setTab(k);
              set('tab', k);
            }}
            items={[
              {
                key: 'criteria',
                label: <span data-testid="cs-tab-criteria">Tiêu chí và giao ước</span>,
                children: <CriteriaTab o={o} />,
              },
              {
                key: 'sheets',
                label: <span data-testid="cs-tab-sheets">Phiếu chấm điểm</span>,
                children: <SheetsTab o={o} />,
              },
              {
                key: 'ranking',
                label: <span data-testid="cs-tab-ranking">Xếp hạng và đề nghị</span>,
                children: <RankingTab o={o} />,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
