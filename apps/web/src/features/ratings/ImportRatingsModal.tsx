import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Modal, Progress, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../lib/api.ts';
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
      {running && jobId !== null && (
        <Progress
          percent={job.data?.total ? Math.round(((job.data.progress ?? 0) / job.data.total) * 100) : 0}
          status="active"
        />
      )}
      {status === 'succeeded' && (
        <Alert type="success" showIcon title={job.data?.message} data-testid="ratings-import-done" />
      )}
      {status === 'failed' && (
        <div data-testid="ratings-import-errors">
          <Alert
            type="error"
            showIcon
            title="Không có dữ liệu nào được ghi"
            description={job.data?.message}
            style={{ marginBottom: 8 }}
          />
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
        </div>
      )}
    </Modal>
  );
}
