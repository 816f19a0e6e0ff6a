import { Button, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";

export type InvitationEmailProps = {
  inviterName: string;
  practiceName: string;
  kind: "CLIENT" | "COACH";
  url: string;
  expiresOn: string;
};

export function InvitationEmail({ inviterName, practiceName, kind, url, expiresOn }: InvitationEmailProps) {
  const what =
    kind === "CLIENT"
      ? `${inviterName} invites you to Followthrough, to plan the follow-up after your job interviews together.`
      : `${inviterName} invites you to join ${practiceName} on Followthrough as a coach.`;
  return (
    <EmailLayout preview={`${inviterName} invites you to Followthrough`}>
      <Text style={emailStyles.text}>{what}</Text>
      <Button href={url} style={emailStyles.button}>
        Accept the invitation
      </Button>
      <Text style={emailStyles.text}>
        The invitation is from {practiceName} and is valid until {expiresOn}.
      </Text>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  inviterName: "Olivia Owens",
  practiceName: "Northstar Career Coaching",
  kind: "CLIENT",
  url: "http://localhost:3000/invite/preview-token",
  expiresOn: "Sun 29 Nov 2026",
} satisfies InvitationEmailProps;

export default InvitationEmail;
