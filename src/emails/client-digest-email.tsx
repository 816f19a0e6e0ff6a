import { Button, Text } from "@react-email/components";
import type { ClientDigest } from "@/server/digests/digest-types";
import { DigestFooter, DigestSection } from "./components/digest-section";
import { EmailLayout, emailStyles } from "./components/email-layout";

export type ClientDigestEmailProps = { digest: ClientDigest; appUrl: string; unsubscribeUrl: string; settingsUrl: string };

/** The client's weekly digest: what is due, what is coming, what is waiting (DOMAIN.md "Emails"). */
export function ClientDigestEmail({ digest, appUrl, unsubscribeUrl, settingsUrl }: ClientDigestEmailProps) {
  return (
    <EmailLayout preview={`Your follow-ups for ${digest.weekLabel}`} footer={<DigestFooter unsubscribeUrl={unsubscribeUrl} settingsUrl={settingsUrl} />}>
      <Text style={emailStyles.text}>
        Hello {digest.firstName}, here is your follow-up for {digest.weekLabel}.
      </Text>
      <DigestSection title="Overdue" items={digest.overdue} render={(t) => `${t.title} (${t.company}), was due ${t.due}`} />
      <DigestSection title="Due this week" items={digest.dueThisWeek} render={(t) => `${t.title} (${t.company}), due ${t.due}`} />
      <DigestSection title="Decisions coming up" items={digest.decisions} render={(d) => `${d.company}, ${d.jobTitle}: decision expected ${d.on}`} />
      <DigestSection title="Back from review" items={digest.draftsBack} render={(d) => `To ${d.recipientName}, "${d.subject}": ${d.verdict}`} />
      <DigestSection title="References still waiting" items={digest.referencesWaiting} render={(r) => `${r.name} ${r.state}`} />
      <DigestSection title="Reimbursements still waiting" items={digest.reimbursementsWaiting} render={(e) => `${e.description}, ${e.amount}: ${e.state}`} />
      {digest.keepSearching && (
        <Text style={emailStyles.text}>
          Keep searching until an offer is signed: keep your other applications and your networking going this week.
        </Text>
      )}
      <Button href={appUrl} style={emailStyles.button}>
        Open Followthrough
      </Button>
    </EmailLayout>
  );
}

ClientDigestEmail.PreviewProps = {
  digest: {
    kind: "CLIENT",
    firstName: "Jane",
    weekLabel: "the week of 23 November",
    overdue: [{ title: "Thank Lisa Park, the recruiter", company: "Acme Robotics", due: "Fri 20 Nov, 19:00" }],
    dueThisWeek: [{ title: "Call to follow up", company: "Globex", due: "Wed 25 Nov, 08:30" }],
    decisions: [{ company: "Acme Robotics", jobTitle: "Product Manager", on: "Wed 2 Dec" }],
    draftsBack: [{ recipientName: "Maria Chen", subject: "Thank you, Maria", verdict: "approved: ready to send" }],
    referencesWaiting: [{ name: "Ann Lee", state: "has not answered yet" }],
    reimbursementsWaiting: [{ description: "Train to the interview", amount: "$42.50", state: "asked for on Mon 2 Nov, not paid yet" }],
    keepSearching: true,
    isEmpty: false,
  },
  appUrl: "http://localhost:3000/",
  unsubscribeUrl: "http://localhost:3000/unsubscribe?u=preview&s=preview",
  settingsUrl: "http://localhost:3000/settings",
} satisfies ClientDigestEmailProps;

export default ClientDigestEmail;
