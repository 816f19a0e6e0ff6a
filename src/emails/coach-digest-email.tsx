import { Button, Text } from "@react-email/components";
import type { CoachDigest } from "@/server/digests/digest-types";
import { DigestFooter, DigestSection } from "./components/digest-section";
import { EmailLayout, emailStyles } from "./components/email-layout";

export type CoachDigestEmailProps = { digest: CoachDigest; appUrl: string; unsubscribeUrl: string; settingsUrl: string };

/** The coach's weekly digest: each client's state, reviews waiting, cold leads (R14), quiet clients. */
export function CoachDigestEmail({ digest, appUrl, unsubscribeUrl, settingsUrl }: CoachDigestEmailProps) {
  return (
    <EmailLayout preview={`Your clients, ${digest.weekLabel}`} footer={<DigestFooter unsubscribeUrl={unsubscribeUrl} settingsUrl={settingsUrl} />}>
      <Text style={emailStyles.text}>
        Hello {digest.firstName}, here is how your clients stand for {digest.weekLabel}.
      </Text>
      <DigestSection title="Drafts waiting for your review" items={digest.draftsWaiting} render={(d) => `${d.clientName} to ${d.recipientName}, "${d.subject}", waiting since ${d.waitingSince}`} />
      <DigestSection title="Cold leads (three calls without an answer)" items={digest.coldLeads} render={(l) => `${l.clientName}: ${l.company}, ${l.jobTitle}`} />
      <DigestSection title="Quiet for two weeks" items={digest.quietClients} render={(c) => `${c.name}, last activity ${c.lastActivity}`} />
      <DigestSection title="Every client" items={digest.clients} render={(c) => `${c.name}: ${c.summary}`} />
      <Button href={appUrl} style={emailStyles.button}>
        Open Followthrough
      </Button>
    </EmailLayout>
  );
}

CoachDigestEmail.PreviewProps = {
  digest: {
    kind: "COACH",
    firstName: "Olivia",
    weekLabel: "the week of 23 November",
    clients: [
      { name: "Jane Doe", summary: "3 interviews, 1 overdue, 4 due this week, next decision Wed 2 Dec" },
      { name: "Priya Shah", summary: "1 interview, 0 due this week" },
    ],
    draftsWaiting: [{ clientName: "Jane Doe", recipientName: "Maria Chen", subject: "Thank you, Maria", waitingSince: "Sat 21 Nov, 10:00" }],
    coldLeads: [{ clientName: "Priya Shah", company: "Initech", jobTitle: "Analyst" }],
    quietClients: [{ name: "Priya Shah", lastActivity: "Sun 1 Nov, 07:00" }],
    isEmpty: false,
  },
  appUrl: "http://localhost:3000/",
  unsubscribeUrl: "http://localhost:3000/unsubscribe?u=preview&s=preview",
  settingsUrl: "http://localhost:3000/settings",
} satisfies CoachDigestEmailProps;

export default CoachDigestEmail;
