import { Alert } from 'antd';
import { errorMessage, isApiError } from '../lib/api.ts';

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const forbidden = isApiError(error) && (error.status === 403 || error.status === 404);
  return (
    <Alert
      type={forbidden ? 'warning' : 'error'}
      showIcon
      title={title ?? (forbidden ? 'Không truy cập được' : 'Có lỗi xảy ra')}
      description={errorMessage(error)}
      style={{ marginBottom: 16 }}
    />
  );
}
