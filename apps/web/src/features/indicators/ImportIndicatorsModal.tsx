import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../lib/api.ts';
import { ImportJobStatus } from '../../components/ImportJobStatus.tsx';
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
      <ImportJobStatus
        testId="indicator-import"
        running={running && jobId !== null}
        status={status}
        progress={job.data?.progress}
        total={job.data?.total}
        message={job.data?.message}
        errors={errs}
        successTestId="indicator-import-success"
      />
    </Modal>
  );
}
