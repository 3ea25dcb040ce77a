import { useRef, useState } from 'react';
import { Alert, Button, Modal, Space, Table, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { errorMessage, isApiError } from '../../lib/api.ts';
import { downloadIndicatorTemplate, useImportIndicators } from './api/excel.ts';

// Excel import of the year's figures: all cells or none; on errors every row and column is listed.
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
  const imp = useImportIndicators();
  const error = imp.error;
  const details = isApiError(error) ? error.details : [];
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
        trống giữ nguyên số đã có.
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
            imp.reset();
          }}
        />
        <Button onClick={() => input.current?.click()}>Chọn tệp…</Button>
        {file && <Typography.Text data-testid="indicator-import-file-name">{file.name}</Typography.Text>}
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file}
          loading={imp.isPending}
          onClick={() => file && imp.mutate({ file, agencyId, year })}
          data-testid="indicator-import-submit"
        >
          Nhập
        </Button>
      </Space>
      {imp.isSuccess && (
        <Alert type="success" showIcon title={imp.data.message} data-testid="indicator-import-success" />
      )}
      {error && (
        <div data-testid="indicator-import-errors">
          <Alert
            type="error"
            showIcon
            title="Không có dữ liệu nào được ghi"
            description={errorMessage(error)}
            style={{ marginBottom: 8 }}
          />
          {details.length > 0 && (
            <Table
              size="small"
              rowKey={(d) => `${d.path ?? ''}-${d.message}`}
              pagination={false}
              dataSource={details}
              columns={[
                { title: 'Ô', key: 'path', width: 80, render: (_, d) => d.path ?? '' },
                { title: 'Nội dung lỗi', dataIndex: 'message' },
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  );
}
