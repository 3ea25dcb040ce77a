import { App, Button, Form, Input, InputNumber, Modal, Space, Switch } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useReminderSettings, useSaveReminderSettings } from './api/plans.ts';

interface Values {
  reminderDays: number;
  email: boolean;
  host?: string;
  port?: number;
  from?: string;
  secure?: boolean;
}

/** The agency's reminder settings: days before a deadline, and the SMTP server for reminder emails. */
export function ReminderSettingsModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const settings = useReminderSettings(true);
  const save = useSaveReminderSettings();
  const [form] = Form.useForm<Values>();
  const email = Form.useWatch('email', form);
  const submit = async (v: Values) => {
    await save.mutateAsync({
      reminderDays: v.reminderDays,
      smtp: v.email
        ? { host: v.host ?? '', port: v.port ?? 25, from: v.from ?? '', secure: v.secure ?? false }
        : null,
    });
    message.success('Đã lưu cấu hình nhắc hạn.');
    onClose();
  };
  const s = settings.data;
  return (
    <Modal open title="Cấu hình nhắc hạn" onCancel={onClose} footer={null}>
      <ErrorAlert error={settings.error ?? save.error} />
      {s && (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{
            reminderDays: s.reminderDays,
            email: s.smtp !== null,
            host: s.smtp?.host,
            port: s.smtp?.port ?? 25,
            from: s.smtp?.from,
            secure: s.smtp?.secure ?? false,
          }}
          onFinish={(v) => void submit(v).catch(() => undefined)}
        >
          <Form.Item
            name="reminderDays"
            label="Nhắc trước hạn (ngày)"
            rules={[{ required: true, message: 'Hãy nhập số ngày.' }]}
          >
            <InputNumber min={0} max={60} data-testid="reminder-days" />
          </Form.Item>
          <Form.Item name="email" label="Gửi cả thư điện tử" valuePropName="checked">
            <Switch />
          </Form.Item>
          {email && (
            <Space wrap>
              <Form.Item
                name="host"
                label="Máy chủ SMTP"
                rules={[{ required: true, message: 'Hãy nhập máy chủ SMTP.' }]}
              >
                <Input style={{ width: 200 }} placeholder="mail.sct.gov.vn" />
              </Form.Item>
              <Form.Item name="port" label="Cổng">
                <InputNumber min={1} max={65535} />
              </Form.Item>
              <Form.Item
                name="from"
                label="Địa chỉ gửi"
                rules={[{ required: true, message: 'Hãy nhập địa chỉ gửi.' }]}
              >
                <Input style={{ width: 240 }} placeholder="tdkt@sct.gov.vn" />
              </Form.Item>
              <Form.Item name="secure" label="TLS" valuePropName="checked">
                <Switch />
              </Form.Item>
            </Space>
          )}
          <div>
            <Button
              type="primary"
              htmlType="submit"
              loading={save.isPending}
              data-testid="reminder-settings-save"
            >
              Lưu
            </Button>
          </div>
        </Form>
      )}
    </Modal>
  );
}
