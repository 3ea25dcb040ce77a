import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../lib/api.ts';
import { ImportJobStatus } from '../../components/ImportJobStatus.tsx';
import { importErrors, useJob, type ImportError } from '../people/api/get-job.ts';
import { downloadRatingTemplate, useStartRatingImport } from './api/ratings.ts';

// Excel import of ratings as a job: progress, then either every bad row and column (nothing written) or
// the count written.

export function ImportRatingsModal({
  open,
  year,
  unitId,
  onClose,
}: {
  open: boolean;
  year: number;
  unitId: number | null;
  onClose(): void;
}) {
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const start = useStartRatingImport();
  const job = useJob(jobId);
  const status = job.data?.status;
  const running = start.isPending || (jobId !== null && status !== 'succeeded' && status !== 'failed');
  const errs: ImportError[] = job.data && status === 'failed' ? importErrors(job.data) : [];

  useEffect(() => {
    if (status === 'succeeded') void qc.invalidateQueries({ queryKey: ['ratings'] });
  }, [status, qc]);

  const close = () => {
    setJobId(null);
    setFile(null);
    start.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={`Nhập xếp loại năm ${year} từ Excel`}
      onCancel={close}
      footer={null}
      width={760}
      destroyOnHidden
    >
      <Typography.Paragraph>
        Tệp gồm các cột Mã cán bộ, Họ và tên, Đơn vị, Tự đánh giá, Đơn vị đề xuất, Xếp loại, Số tháng công
        tác, Số ngày nghỉ, Nghỉ thai sản, Lý do vượt tỷ lệ HTXSNV, Ghi chú. Có lỗi thì không ghi dòng nào.
      </Typography.Paragraph>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} onClick={() => downloadRatingTemplate(unitId, year)}>
          Tải tệp mẫu
        </Button>
        <input
          type="file"
          accept=".xlsx"
          data-testid="ratings-import-file"
          onChange={(e) => {
            setJobId(null);
            setFile(e.target.files?.[0] ?? null);
          }}
        />
        <Button
          type="primary"
          disabled={!file}
          loading={running}
          data-testid="ratings-import-submit"
          onClick={() => {
            if (file) start.mutate({ file, year }, { onSuccess: (r) => setJobId(r.jobId) });
          }}
        >
          Nhập
        </Button>
      </Flex>
      {start.error ? <Alert type="error" showIcon title={errorMessage(start.error)} /> : null}
      <ImportJobStatus
        testId="ratings-import"
        running={running && jobId !== null}
        status={status}
        progress={job.data?.progress}
        total={job.data?.total}
        message={job.data?.message}
        errors={errs}
      />
    </Modal>
  );
}
