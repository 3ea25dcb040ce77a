import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Flex, Modal, Progress, Result, Table, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, errorMessage } from '../../lib/api.ts';
import { formatNumber } from '../../lib/format.ts';
import { downloadImportTemplate, useStartPeopleImport } from './api/import-people.ts';
import { ImportErrorSchema, importCounts, importErrors, useJob, type ImportError } from './api/get-job.ts';

const COLUMNS = [
  'Mã cán bộ',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Đơn vị',
  'Loại',
  'Chức vụ',
  'Lãnh đạo',
  'Ngày vào cơ quan',
  'Đảng viên',
  'Email',
  'Điện thoại',
];

const MAX_BYTES = 10 * 1024 * 1024;

/** Errors that come straight back from the upload (422 `import-invalid`) instead of through the job. */
function uploadErrors(e: unknown): ImportError[] {
  if (!(e instanceof ApiError) || e.code !== 'import-invalid') return [];
  const body = z.object({ errors: z.array(ImportErrorSchema) }).safeParse(e.body);
  if (body.success) return body.data.errors;
  const inResult = z.object({ result: z.object({ errors: z.array(ImportErrorSchema) }) }).safeParse(e.body);
  if (inResult.success) return inResult.data.result.errors;
  return e.details.map((d) => ({ row: null, column: null, columnName: d.path ?? null, message: d.message }));
}

function ErrorsTable({ errors }: { errors: ImportError[] }) {
  return (
    <div data-testid="import-errors">
      <Alert
        type="error"
        showIcon
        title="Không có dữ liệu nào được ghi"
        description={`Tệp có ${formatNumber(errors.length)} lỗi. Hãy sửa các dòng dưới đây rồi nhập lại cả tệp.`}
        style={{ marginBottom: 12 }}
      />
      <Table<ImportError & { key: number }>
        size="small"
        pagination={errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        dataSource={errors.map((e, i) => ({ ...e, key: i }))}
        columns={[
          {
            title: 'Dòng',
            dataIndex: 'row',
            width: 70,
            align: 'right',
            render: (r: number | null) => r ?? '',
          },
          {
            title: 'Cột',
            key: 'column',
            width: 190,
            render: (_: unknown, e) => [e.column, e.columnName].filter(Boolean).join(' – '),
          },
          { title: 'Nội dung lỗi', dataIndex: 'message' },
        ]}
      />
    </div>
  );
}

interface Props {
  open: boolean;
  agencyId: number | null;
  onClose(): void;
}

export function ImportModal({ open, agencyId, onClose }: Props) {
  const qc = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [jobId, setJobId] = useState<number | string | null>(null);
  const start = useStartPeopleImport();
  const job = useJob(jobId);

  const status = job.data?.status;
  const running = start.isPending || (jobId !== null && status !== 'succeeded' && status !== 'failed');

  useEffect(() => {
    if (status === 'succeeded') void qc.invalidateQueries({ queryKey: ['people'] });
  }, [status, qc]);

  const reset = () => {
    setJobId(null);
    start.reset();
  };

  const choose = (f: File | null) => {
    reset();
    setFileError(null);
    if (f && !/\.xlsx$/i.test(f.name)) {
      setFileError('Chỉ nhận tệp Excel .xlsx (tải mẫu ở trên).');
      setFile(null);
      return;
    }
    if (f && f.size > MAX_BYTES) {
      setFileError('Tệp lớn hơn 10 MB.');
      setFile(null);
      return;
    }
    setFile(f);
  };

  const submit = () => {
    if (!file) {
      setFileError('Hãy chọn tệp Excel cần nhập.');
      return;
    }
    reset();
    start.mutate({ file, agencyId }, { onSuccess: (r) => setJobId(r.jobId) });
  };

  const close = () => {
    if (running) return;
    reset();
    setFile(null);
    setFileError(null);
    if (inputRef.current) inputRef.current.value = '';
    onClose();
  };

  const errors = job.data?.status === 'failed' ? importErrors(job.data) : uploadErrors(start.error);
  const counts = job.data?.status === 'succeeded' ? importCounts(job.data) : null;
  const total = job.data?.total ?? 0;
  const percent =
    status === 'succeeded' ? 100 : total > 0 ? Math.floor(((job.data?.progress ?? 0) / total) * 100) : 0;

  return (
    <Modal
      open={open}
      title="Nhập danh sách cán bộ từ Excel"
      onCancel={close}
      width={760}
      maskClosable={!running}
      closable={!running}
      footer={
        <Button onClick={close} disabled={running} data-testid="import-close">
          Đóng
        </Button>
      }
      destroyOnHidden
    >
      <Typography.Paragraph>
        Dùng tệp mẫu, mỗi dòng một cán bộ. Các cột: {COLUMNS.join(', ')}. Ngày ghi dd/mm/yyyy. Cán bộ đã có
        (trùng <i>Mã cán bộ</i>) sẽ được cập nhật. Nếu có bất kỳ dòng lỗi nào,{' '}
        <b>không dữ liệu nào được ghi</b>.
      </Typography.Paragraph>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Button icon={<DownloadOutlined />} onClick={downloadImportTemplate} data-testid="import-template">
          Tải tệp mẫu
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          disabled={running}
          onClick={() => inputRef.current?.click()}
          data-testid="import-choose"
        >
          Chọn tệp…
        </Button>
        <input
          ref={inputRef}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Tệp Excel cần nhập"
          data-testid="import-file-input"
          disabled={running}
          hidden
          onChange={(e) => {
            choose(e.target.files?.[0] ?? null);
            // Clear it so choosing the same (corrected) file again still fires a change.
            e.target.value = '';
          }}
        />
        <Typography.Text type={file ? undefined : 'secondary'} data-testid="import-file-name">
          {file ? file.name : 'Chưa chọn tệp'}
        </Typography.Text>
        <Button
          type="primary"
          icon={<UploadOutlined />}
          onClick={submit}
          loading={running}
          disabled={!file}
          data-testid="import-submit"
        >
          Nhập dữ liệu
        </Button>
      </Flex>

      {fileError && <Alert type="warning" showIcon title={fileError} style={{ marginBottom: 12 }} />}

      {jobId !== null && running && (
        <div data-testid="import-progress" style={{ marginBottom: 12 }}>
          <Typography.Text>
            {job.data?.message ?? (status === 'queued' ? 'Đang chờ xử lý…' : 'Đang kiểm tra và ghi dữ liệu…')}
          </Typography.Text>
          <Progress percent={percent} status="active" />
        </div>
      )}

      {start.error && errors.length === 0 && (
        <Alert
          type="error"
          showIcon
          title="Không nhập được"
          description={errorMessage(start.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      {job.error && (
        <Alert
          type="error"
          showIcon
          title="Không theo dõi được tiến trình"
          description={errorMessage(job.error)}
        />
      )}

      {errors.length > 0 && <ErrorsTable errors={errors} />}
      {status === 'failed' && errors.length === 0 && (
        <Alert
          data-testid="import-errors"
          type="error"
          showIcon
          title="Không có dữ liệu nào được ghi"
          description={job.data?.message ?? 'Nhập dữ liệu thất bại.'}
        />
      )}

      {status === 'succeeded' && (
        <Result
          data-testid="import-success"
          status="success"
          title="Đã nhập xong"
          subTitle={
            counts
              ? `Thêm mới ${formatNumber(counts.created)} cán bộ, cập nhật ${formatNumber(counts.updated)} cán bộ.`
              : (job.data?.message ?? '')
          }
        />
      )}
    </Modal>
  );
}
