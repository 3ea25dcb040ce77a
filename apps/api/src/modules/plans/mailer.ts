// Reminder emails through the agency's SMTP settings (nodemailer). Plain SMTP on the given host and port;
// STARTTLS is used when the server offers it.
import nodemailer from 'nodemailer';
import type { SmtpSettings } from './service.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export async function sendMail(smtp: SmtpSettings, mail: Mail): Promise<void> {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    await transport.sendMail({ from: smtp.from, to: mail.to, subject: mail.subject, text: mail.text });
  } finally {
    transport.close();
  }
}
