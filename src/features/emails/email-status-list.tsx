import { EMAIL_STATUS_LABELS } from "@/lib/draft-labels";
import { formatInZone } from "@/lib/format-in-zone";

export type EmailSummary = {
  id: string;
  status: keyof typeof EMAIL_STATUS_LABELS;
  toAddress: string;
  subject: string;
  scheduledFor: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  bouncedAt: Date | null;
  cancelledAt: Date | null;
  failedAt: Date | null;
  failureReason: string | null;
  lastError: string | null;
  attempts: number;
};

const TONE: Record<EmailSummary["status"], string> = {
  SCHEDULED: "bg-brand-50 text-brand-800",
  SENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-green-100 text-green-900",
  DELIVERED: "bg-green-100 text-green-900",
  BOUNCED: "bg-red-100 text-red-900",
  COMPLAINED: "bg-red-100 text-red-900",
  FAILED: "bg-red-100 text-red-900",
  CANCELLED: "bg-slate-100 text-slate-700",
};

/** When the email's state began, in the reader's words. */
function describeWhen(email: EmailSummary, timeZone: string): string {
  const at = (d: Date) => formatInZone(d, timeZone, "EEE d MMM, HH:mm");
  switch (email.status) {
    case "SCHEDULED":
      return `goes out ${at(email.scheduledFor)}`;
    case "SENDING":
      return email.lastError ? `retrying after: ${email.lastError}` : "on its way";
    case "SENT":
      return email.sentAt ? `sent ${at(email.sentAt)}` : "sent";
    case "DELIVERED":
      return email.deliveredAt ? `delivered ${at(email.deliveredAt)}` : "delivered";
    case "CANCELLED":
      return email.cancelledAt ? `cancelled ${at(email.cancelledAt)}` : "cancelled";
    default:
      return "";
  }
}

/** Each email's state, with the reason when one failed or bounced. Shown to the client and their coaches. */
export function EmailStatusList({ emails, timeZone, label }: { emails: EmailSummary[]; timeZone: string; label: string }) {
  if (emails.length === 0) return null;
  return (
    <ul aria-label={label} className="space-y-2">
      {emails.map((email) => (
        <li key={email.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
          <p>
            <span className={`mr-2 rounded px-2 py-0.5 text-xs font-semibold ${TONE[email.status]}`}>{EMAIL_STATUS_LABELS[email.status]}</span>
            <span className="font-medium">{email.subject}</span> to {email.toAddress}
          </p>
          <p className="mt-1 text-ink-muted">{describeWhen(email, timeZone)}</p>
          {email.failureReason && (
            <p role="alert" className="mt-1 text-red-800">
              {email.failureReason}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
