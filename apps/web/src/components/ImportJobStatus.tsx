import { Alert, Progress, Table, Typography } from 'antd';

// What an Excel import running as a job shows (staff, ratings, indicators, award history): progress while it
// runs with the stage it is in, then either what was written or every bad row and column — nothing written.

export interface ImportJobRowError {
  row?: number | null | undefined;
  column?: string | null | undefined;
  columnName?: string | null | undefined;
  message: string;
}

export function ImportJobStatus({
  testId,
  running,
  status,
  progress,
  total,
  message,
  errors,
  successTestId,
}: {
  /** Prefix of the data-testids: `<testId>-progress`, `-done` (or successTestId), `-errors`. */
  testId: string;
  running: boolean;
  status: string | undefined;
  progress?: number | null | undefined;
  total?: number | null | undefined;
  message?: string | null | undefined;
  errors: readonly ImportJobRowError[];
  successTestId?: string;
}) {
  return (
    <>
      {running && (
        <div data-testid={`${testId}-progress`}>
          <Progress percent={total ? Math.round(((progress ?? 0) / total) * 100) : 0} status="active" />
          {message && <Typography.Text type="secondary">{message}</Typography.Text>}
        </div>
      )}
      {status === 'succeeded' && (
        <Alert type="success" showIcon title={message} data-testid={successTestId ?? `${testId}-done`} />
      )}
      {status === 'failed' && (
        <div data-testid={`${testId}-errors`}>
          <Alert
            type="error"
            showIcon
            title="Không có dữ liệu nào được ghi"
            description={message}
            style={{ marginBottom: 8 }}
          />
          {errors.length > 0 && (
            <Table<ImportJobRowError & { key: number }>
              size="small"
              pagination={false}
              dataSource={errors.map((e, i) => ({ ...e, key: i }))}
              columns={[
                { title: 'Dòng', dataIndex: 'row', width: 70, align: 'right' },
                {
                  title: 'Cột',
                  key: 'c',
                  width: 200,
                  render: (_: unknown, e) => [e.column, e.columnName].filter(Boolean).join(' – '),
                },
                { title: 'Nội dung lỗi', dataIndex: 'message' },
              ]}
            />
          )}
        </div>
      )}
    </>
  );
}
