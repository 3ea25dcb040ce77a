import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Modal, Progress, Space, Table, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../lib/api.ts';
import { importErrors, useJob, type ImportError } from '../people/api/get-job.ts';
import { downloadIndicatorTemplate, useRefreshIndicators, useStartIndicatorImport } from './api/excel.ts';

// Excel import of the year's figures as a job (progress shown for big files): all cells or none; on errors
// every row and column is listed.
export function ImportIndicatorsModal({
  agencyId,
  year,
  onClose,
}: {
  agencyId: number | null;
  year: number;
  onClose(): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const start = useStartIndicatorImport();
  const refresh = useRefreshIndicators();
  const job = useJob(jobId);
  const status = job.data?.status;
  const running = start.isPending || (jobId !== null && status !== 'succeeded' && status !== 'failed');
  const errs: ImportError[] = job.data && status === 'failed' ? importErrors(job.data) : [];

  useEffect(() => {
    if (status === 'succeeded') void refresh();
  }, [status, refresh]);

  return (
    <Modal
      open
      title={`Nhập số liệu chỉ tiêu năm ${year} từ Excel`}
      onCancel={onClose}
      width={760}
      footer={
        <Button onClick={onClose} data-testid="indicator-import-close">
          Đóng
        </Button>
      }
    >
      <Typography.Paragraph>
        Mỗi dòng là một chỉ tiêu (cột <b>Mã chỉ tiêu</b>) với loại số liệu <b>Ước</b> hoặc <b>Thực hiện</b>;
        các cột Tháng 1 … Tháng 12 ghi số kiểu Việt Nam (14.103,4) hoặc tỷ lệ tử/mẫu (478.395/478.833). Ô
        trống giữ nguyên số đã có. Có lỗi thì không ghi ô nào.
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => downloadIndicatorTemplate(agencyId, year)}
          data-testid="indicator-import-template"
        >
          Tải tệp mẫu
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx"
          hidden
          data-testid="indicator-import-file"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setJobId(null);
            start.reset();
          }}
        />
        <Button onClick={() => input.current?.click()}>Chọn tệp…</Button>
        {file && <Typography.Text data-testid="indicator-import-file-name">{file.name}</Typography.Text>}
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file}
          loading={running}
          onClick={() => {
            if (file) start.mutate({ file, agencyId, year }, { onSuccess: (r) => setJobId(r.jobId) });
          }}
          data-testid="indicator-import-submit"
        >
          Nhập
        </Button>
      </Space>
      {start.error ? <Alert type="error" showIcon title={errorMessage(start.error)} /> : null}
      {running && jobId !== null && (
        <div data-testid="indicator-import-progress">
          <Progress
            percent={job.data?.total ? Math.round(((job.data.progress ?? 0) / job.data.total) * 100) : 0}
            status="active"
          />
          {job.data?.message && <Typography.Text type="secondary">{job.data.message}</Typography.Text>}
        </div>
      )}
      {status === 'succeeded' && (
        <Alert type="success" showIcon title={job.data?.message} data-testid="indicator-import-success" />
      )}
      {status === 'failed' && (
        <div data-testid="indicator-import-errors">
          <Alert
            type="error"
            showIcon
            title="Không có dữ liệu nào được ghi"
            description={job.data?.message}
            style={{ marginBottom: 8 }}
          />
          {errs.length > 0 && (
            <Table<ImportError & { key: number }>
              size="small"
              pagination={false}
              dataSource={errs.map((e, i) => ({ ...e, key: i }))}
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
    </Modal>
  );
}
