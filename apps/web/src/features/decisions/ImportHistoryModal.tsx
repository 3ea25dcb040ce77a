import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../lib/api.ts';
import { ImportJobStatus } from '../../components/ImportJobStatus.tsx';
import { importErrors, useJob, type ImportError } from '../people/api/get-job.ts';
import { downloadHistoryTemplate, useStartHistoryImport } from './api.ts';

// Excel import of past titles and awards (how an agency starts with tdkt), run as a job: progress, then
// either every bad row and column (nothing written) or what was written.

export function ImportHistoryModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const start = useStartHistoryImport();
  const job = useJob(jobId);
  const status = job.data?.status;
  const running = start.isPending || (jobId !== null && status !== 'succeeded' && status !== 'failed');
  const errs: ImportError[] = job.data && status === 'failed' ? importErrors(job.data) : [];

  useEffect(() => {
    if (status === 'succeeded') {
      void qc.invalidateQueries({ queryKey: ['decisions'] });
      void qc.invalidateQueries({ queryKey: ['award-history'] });
    }
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
      title="Nhập quá trình khen thưởng từ Excel"
      onCancel={close}
      footer={null}
      width={800}
      destroyOnHidden
    >
      <Typography.Paragraph>
        Mỗi dòng là một danh hiệu hoặc hình thức khen thưởng của một cán bộ: Mã cán bộ (hoặc Họ và tên và Ngày
        sinh), Danh hiệu/hình thức, Năm, Số quyết định, Ngày quyết định, Cấp quyết định. Có lỗi thì không ghi
        dòng nào.
      </Typography.Paragraph>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }} wrap>
        <Button
          icon={<DownloadOutlined />}
          onClick={downloadHistoryTemplate}
          data-testid="history-import-template"
        >
          Tải tệp mẫu
        </Button>
        <input
          type="file"
          accept=".xlsx"
          data-testid="history-import-file"
          onChange={(e) => {
            setJobId(null);
            setFile(e.target.files?.[0] ?? null);
          }}
        />
        <Button
          type="primary"
          disabled={!file}
          loading={running}
          data-testid="history-import-submit"
          onClick={() => {
            if (file) start.mutate(file, { onSuccess: (r) => setJobId(r.jobId) });
          }}
        >
          Nhập
        </Button>
      </Flex>
      {start.error ? <Alert type="error" showIcon title={errorMessage(start.error)} /> : null}
      <ImportJobStatus
        testId="history-import"
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
