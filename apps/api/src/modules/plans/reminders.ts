// The deadline sweep: reminders to the lead unit N days before a dated deadline (agency setting, default 7)
// and escalation to the lead unit's head and the agency's emulation officers once it has passed. Every
// (task, kind, user, channel, deadline) is claimed in task_reminders before it is sent, so running the
// sweep twice — or in two processes at once — sends nothing twice; a moved deadline reminds again.
import type { FastifyBaseLogger } from 'fastify';
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/notifications.ts';
import type { DueTask, Recipient } from '../../../../../packages/db/src/repositories/notifications.ts';
import { formatDateVi } from '../../../../../packages/domain/src/text/vietnamese.ts';
import { auditBy, todayIn, type Ctx } from '../../context.ts';
import { addDays, daysBetween } from './deadlines.ts';
import { sendMail } from './mailer.ts';
import { reminderDays, smtpSettings, type SmtpSettings } from './service.ts';

export interface SweepResult {
  today: string;
  reminders: number;
  escalations: number;
  emails: number;
  emailErrors: number;
  markedLate: number;
}

/** The most days ahead any agency may be reminded (the setting's maximum). */
const MAX_DAYS = 60;

function shortContent(s: string): string {
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}

function message(kind: 'reminder' | 'escalation', t: DueTask, today: string) {
  const days = daysBetween(today, t.due_on);
  const name = `${t.number ? `Nhiệm vụ ${t.number}` : 'Nhiệm vụ'} (kế hoạch năm ${t.plan_year})`;
  if (kind === 'reminder')
    return {
      title: `Sắp đến hạn: ${shortContent(t.content)}`,
      body: `${name} hết hạn ngày ${formatDateVi(t.due_on)}${days === 0 ? ' (hôm nay)' : ` (còn ${days} ngày)`}: ${t.content}`,
    };
  return {
    title: `Quá hạn: ${shortContent(t.content)}`,
    body: `${name} đã quá hạn ngày ${formatDateVi(t.due_on)} (trễ ${-days} ngày) mà chưa hoàn thành: ${t.content}`,
  };
}

function uniqueRecipients(rs: Recipient[]): Recipient[] {
  const seen = new Set<number>();
  return rs.filter((r) => (seen.has(r.user_id) ? false : (seen.add(r.user_id), true)));
}

export async function runReminderSweep(
  ctx: Ctx,
  today: string,
  log?: FastifyBaseLogger,
): Promise<SweepResult> {
  const result: SweepResult = {
    today,
    reminders: 0,
    escalations: 0,
    emails: 0,
    emailErrors: 0,
    markedLate: 0,
  };
  const daysCache = new Map<number, number>();
  const smtpCache = new Map<number, SmtpSettings | null>();
  const daysOf = async (agencyId: number) => {
    if (!daysCache.has(agencyId)) daysCache.set(agencyId, await reminderDays(ctx, agencyId));
    return daysCache.get(agencyId)!;
  };
  const smtpOf = async (agencyId: number) => {
    if (!smtpCache.has(agencyId)) smtpCache.set(agencyId, await smtpSettings(ctx, agencyId));
    return smtpCache.get(agencyId)!;
  };

  const soon: DueTask[] = [];
  for (const t of await repo.openTasksDueBetween(ctx.db, today, addDays(today, MAX_DAYS))) {
    if (daysBetween(today, t.due_on) <= (await daysOf(t.agency_id))) soon.push(t);
  }
  const late = await repo.openTasksOverdue(ctx.db, today);

  const all = [...soon, ...late];
  const leads = all.length
    ? await repo.leadUnitsOf(
        ctx.db,
        all.map((t) => t.id),
      )
    : [];
  const leadUnitIds = [...new Set(leads.map((l) => l.unit_id))];
  const heads = leadUnitIds.length ? await repo.unitHeads(ctx.db, leadUnitIds) : [];
  const members = leadUnitIds.length ? await repo.unitMembers(ctx.db, leadUnitIds) : [];
  const officers = new Map<number, Recipient[]>();
  const officersOf = async (agencyId: number) => {
    if (!officers.has(agencyId)) officers.set(agencyId, await repo.officersOf(ctx.db, agencyId));
    return officers.get(agencyId)!;
  };

  const deliver = async (kind: 'reminder' | 'escalation', t: DueTask, to: Recipient[]) => {
    const msg = message(kind, t, today);
    const link = `/ke-hoach/${t.plan_id}?nhiemVu=${t.id}`;
    for (const r of uniqueRecipients(to)) {
      const sent = await ctx.db.transaction().execute(async (trx) => {
        if (
          !(await repo.claimReminder(trx, {
            task_id: t.id,
            kind,
            user_id: r.user_id,
            channel: 'in-app',
            due_on: t.due_on,
          }))
        )
          return false;
        await repo.insertNotification(trx, {
          user_id: r.user_id,
          kind: `plan-task-${kind}`,
          title: msg.title,
          body: msg.body,
          link,
          dedupe_key: `plan-task:${t.id}:${kind}:${t.due_on}`,
        });
        return true;
      });
      if (sent) result[kind === 'reminder' ? 'reminders' : 'escalations'] += 1;
      const smtp = await smtpOf(t.agency_id);
      if (!smtp || !r.email) continue;
      try {
        // The claim and the send share a transaction: a failed send rolls the claim back and the next sweep retries.
        const mailed = await ctx.db.transaction().execute(async (trx) => {
          if (
            !(await repo.claimReminder(trx, {
              task_id: t.id,
              kind,
              user_id: r.user_id,
              channel: 'email',
              due_on: t.due_on,
            }))
          )
            return false;
          await sendMail(smtp, {
            to: r.email!,
            subject: `[TĐKT] ${msg.title}`,
            text: `Kính gửi ${r.display_name},\n\n${msg.body}\n\nXem chi tiết: ${link}\n`,
          });
          return true;
        });
        if (mailed) result.emails += 1;
      } catch (err) {
        result.emailErrors += 1;
        log?.warn({ err, taskId: t.id, userId: r.user_id }, 'reminder email failed');
      }
    }
  };

  for (const t of soon) {
    const units = leads.filter((l) => l.task_id === t.id).map((l) => l.unit_id);
    let to: Recipient[] = [
      ...heads.filter((h) => units.includes(h.unit_id)),
      ...members.filter((m) => units.includes(m.unit_id)),
    ];
    // A task led only by a body written as text ("HĐ TĐKT") is followed by the officers.
    if (to.length === 0) to = await officersOf(t.agency_id);
    await deliver('reminder', t, to);
  }

  const toMark = late.filter((t) => t.status !== 'late');
  if (toMark.length) {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.markLate(
        trx,
        toMark.map((t) => t.id),
      );
      const byAgency = new Map<number, number[]>();
      for (const t of toMark) byAgency.set(t.agency_id, [...(byAgency.get(t.agency_id) ?? []), t.id]);
      for (const [agencyId, ids] of byAgency)
        await writeAudit(
          trx,
          auditBy(null, {
            action: 'update',
            entity: 'plan_tasks',
            entityId: ids.length === 1 ? String(ids[0]) : null,
            agencyId,
            summary: `Đánh dấu trễ hạn ${ids.length} nhiệm vụ (quét nhắc hạn ngày ${formatDateVi(today)})`,
            before: { status: 'open', ids },
            after: { status: 'late', ids },
          }),
        );
    });
    result.markedLate = toMark.length;
  }
  for (const t of late) {
    const units = leads.filter((l) => l.task_id === t.id).map((l) => l.unit_id);
    await deliver('escalation', t, [
      ...heads.filter((h) => units.includes(h.unit_id)),
      ...(await officersOf(t.agency_id)),
    ]);
  }
  return result;
}

/** Runs the sweep every `minutes` in this process (unref'd; stopped when the app closes); overlapping runs are skipped. */
export function scheduleReminderSweep(ctx: Ctx, log: FastifyBaseLogger, minutes: number): () => void {
  if (minutes <= 0) return () => undefined;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runReminderSweep(ctx, todayIn(ctx.config.timeZone), log)
      .then((r) => log.info({ sweep: r }, 'deadline reminder sweep'))
      .catch((err: unknown) => log.error({ err }, 'deadline reminder sweep failed'))
      .finally(() => {
        running = false;
      });
  }, minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
