import { useState } from 'react';
import { App, Button, Form, Input, Modal, Radio, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { apiUrl } from '../../lib/api.ts';
import type { Task } from './api/plan-schema.ts';
import { uploadEvidence, useReportProgress } from './api/tasks.ts';

interface Values {
  status: string;
  evidence?: string;
  note?: string;
}

/** The lead unit's head (or the officer) reports progress: status, result / evidence text, evidence files. */
export function ProgressModal({ task, onClose }: { task: Task; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useReportProgress();
  const [current, setCurrent] = useState(task);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);

  const submit = async (v: Values) => {
    await save.mutateAsync({
      id: task.id,
      status: v.status,
      evidence: v.evidence?.trim() || null,
      note: v.note?.trim() || null,
      version: current.version,
    });
    message.success('Đã cập nhật tiến độ nhiệm vụ.');
    onClose();
  };

  return (
    <Modal open title="Cập nhật tiến độ nhiệm vụ" onCancel={onClose} footer={null} width={640}>
      <Typography.Paragraph strong>{task.content}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">Thời hạn: {task.deadlineText}</Typography.Paragraph>
      <ErrorAlert error={save.error ?? uploadError} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          status: task.status === 'late' ? 'in-progress' : task.status,
          evidence: task.evidence ?? '',
          note: task.note ?? '',
        }}
        onFinish={(v) => void submit(v).catch(() => undefined)}
      >
        <Form.Item name="status" label="Trạng thái">
          <Radio.Group data-testid="progress-status">
            <Radio value="not-started">Chưa thực hiện</Radio>
            <Radio value="in-progress">Đang thực hiện</Radio>
            <Radio value="done" data-testid="progress-status-done">
              Hoàn thành
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="evidence" label="Kết quả, minh chứng">
          <Input.TextArea
            rows={3}
            data-testid="progress-evidence"
            placeholder="Ví dụ: Đã ban hành Kế hoạch số 15/KH-SCT ngày 20/02/2024."
          />
        </Form.Item>
        <Form.Item label="Tệp minh chứng">
          <Space direction="vertical" style={{ width: '100%' }}>
            {current.files.map((f) => (
              <a
                key={f.id}
                href={apiUrl(`/plan-tasks/${task.id}/files/${f.id}`)}
                data-testid="progress-file-link"
              >
                {f.name}
              </a>
            ))}
            <Upload
              showUploadList={false}
              beforeUpload={(file) => {
                setUploading(true);
                setUploadError(null);
                uploadEvidence(task.id, file)
                  .then((t) => {
                    setCurrent(t);
                    void qc.invalidateQueries({ queryKey: ['plans'] });
                    message.success(`Đã đính kèm ${file.name}.`);
                  })
                  .catch((e: unknown) => setUploadError(e))
                  .finally(() => setUploading(false));
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={uploading} data-testid="progress-file">
                Đính kèm tệp
              </Button>
            </Upload>
          </Space>
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="progress-save">
            Lưu
          </Button>
          <Button onClick={onClose}>Đóng</Button>
        </Space>
      </Form>
    </Modal>
  );
}
