import { Alert, Card, Col, InputNumber, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useWorkingYear } from '../../lib/session.tsx';
import { usePersonEligibilitySummary } from './api/eligibility.ts';
import { ForecastList, VerdictList, VerdictTags } from './VerdictList.tsx';

// "Điều kiện khen thưởng" tab of the person page: the engine's verdicts for the year with reasons and
// citations, the forecast of what is within reach and what is still lacking.

export function PersonEligibilityTab({ personId }: { personId: number }) {
  const [year, setYear] = useState(useWorkingYear());
  const q = usePersonEligibilitySummary(personId, year);
  const d = q.data;
  const lacking = (d?.results ?? []).flatMap((r) =>
    r.status === 'eligible'
      ? []
      : r.checks.filter((c) => c.outcome !== 'met').map((c) => ({ target: r.label, text: c.text })),
  );
  return (
    <div data-testid="person-eligibility-tab">
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text>Năm xét:</Typography.Text>
        <InputNumber
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => v && setYear(v)}
          data-testid="person-eligibility-year"
        />
        {d && <VerdictTags results={d.results} testId="person-eligibility-tags" />}
        {d && <Typography.Text type="secondary">Chế độ {d.regime}</Typography.Text>}
        <Link to={`/dieu-kien-khen-thuong?personId=${personId}&year=${year}`}>Xem dữ liệu đầu vào</Link>
      </Space>
      <ErrorAlert error={q.error} />
      {q.isLoading && <Card loading />}
      {d && (
        <Row gutter={16}>
          <Col xs={24} xl={14}>
            <Card size="small" title={`Kết quả xét năm ${year}`} style={{ marginBottom: 16 }}>
              <VerdictList results={d.results} testId="person-eligibility-verdicts" />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card
              size="small"
              title="Còn thiếu"
              style={{ marginBottom: 16 }}
              data-testid="person-eligibility-lacking"
            >
              {lacking.length === 0 ? (
                <Alert type="success" showIcon title="Đủ điều kiện mọi danh hiệu, hình thức đã xét." />
              ) : (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {lacking.map((l, i) => (
                    <li key={i}>
                      <b>{l.target}:</b> {l.text}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card size="small" title="Dự báo: trong tầm với" data-testid="person-eligibility-forecast">
              <ForecastList forecasts={d.forecasts} />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
