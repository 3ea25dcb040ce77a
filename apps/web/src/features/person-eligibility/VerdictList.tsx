import { Alert, Collapse, Empty, List, Tag, Tooltip, Typography } from 'antd';
import type { Forecast, Verdict } from './api/eligibility.ts';

// The engine's verdicts as the grid, the person tab and the unit page show them: a tag per title with
// its status; expanded, every check with its outcome, the reason in words and the legal citation; the
// forecast of what is within reach and what is still lacking.

export const STATUS = {
  eligible: { label: 'Đủ điều kiện', color: 'green' },
  ineligible: { label: 'Chưa đủ', color: 'red' },
  'needs-review': { label: 'Cần xem xét', color: 'gold' },
} as const;
const OUTCOME: Record<string, { label: string; color: string }> = {
  met: { label: 'Đạt', color: 'green' },
  'not-met': { label: 'Không đạt', color: 'red' },
  unknown: { label: 'Chưa rõ', color: 'gold' },
};

/** Compact tags (LĐTT ✓, CSTĐCS ✗ …) with the failing reasons in a tooltip. */
export function VerdictTags({ results, testId }: { results: Verdict[]; testId?: string }) {
  return (
    <span data-testid={testId}>
      {results.map((r) => {
        const why = r.checks.filter((c) => c.outcome !== 'met').map((c) => c.text);
        return (
          <Tooltip
            key={r.target}
            title={
              <>
                <b>
                  {r.label}: {STATUS[r.status].label}
                </b>
                {why.slice(0, 3).map((t, i) => (
                  <div key={i}>— {t}</div>
                ))}
              </>
            }
          >
            <Tag color={STATUS[r.status].color} data-status={r.status} data-target={r.target}>
              {r.short}
            </Tag>
          </Tooltip>
        );
      })}
    </span>
  );
}

export function VerdictList({ results, testId }: { results: Verdict[]; testId?: string }) {
  if (results.length === 0) return <Empty description="Chưa có kết quả xét." />;
  return (
    <Collapse
      size="small"
      data-testid={testId}
      items={results.map((r) => ({
        key: r.target,
        label: (
          <span data-testid={`verdict-${r.target}`} data-status={r.status}>
            {r.label} <Tag color={STATUS[r.status].color}>{STATUS[r.status].label}</Tag>
          </span>
        ),
        children: (
          <>
            {r.checks.map((c, i) => (
              <div
                key={i}
                style={{ marginBottom: 4 }}
                data-testid={`verdict-check-${r.target}-${c.criterion}`}
              >
                <Tag color={OUTCOME[c.outcome]?.color}>{OUTCOME[c.outcome]?.label ?? c.outcome}</Tag> {c.text}{' '}
                <Typography.Text type="secondary">({c.citation})</Typography.Text>
              </div>
            ))}
            {r.warnings.map((w, i) => (
              <Alert key={i} type="warning" showIcon title={w.text} style={{ marginTop: 8 }} />
            ))}
          </>
        ),
      }))}
    />
  );
}

export function ForecastList({ forecasts, testId }: { forecasts: Forecast[]; testId?: string }) {
  if (forecasts.length === 0) return <Typography.Text type="secondary">Không có dự báo.</Typography.Text>;
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={forecasts}
      renderItem={(f) => (
        <List.Item data-target={f.target}>
          <div>
            <Typography.Text strong>{f.label}</Typography.Text>
            {f.earliestYear !== null && <Tag style={{ marginLeft: 8 }}>sớm nhất năm {f.earliestYear}</Tag>}
            <div>{f.text}</div>
            {f.missing.length > 0 && (
              <ul style={{ margin: '4px 0 0 16px', padding: 0 }}>
                {f.missing.map((m, i) => (
                  <li key={i}>Còn thiếu: {m.text}</li>
                ))}
              </ul>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}
