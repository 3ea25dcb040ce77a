import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// POST /api/auth/password { currentPassword, newPassword } → 204.
export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại.'),
    newPassword: z.string().min(10, 'Mật khẩu mới phải có ít nhất 10 ký tự.'),
    confirm: z.string().min(1, 'Nhập lại mật khẩu mới.'),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], message: 'Mật khẩu nhập lại không khớp.' })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

export function changePassword(input: { currentPassword: string; newPassword: string }): Promise<void> {
  return request('/auth/password', null, { method: 'POST', body: input });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
