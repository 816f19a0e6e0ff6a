import { Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";

export type NoAccountEmailProps = { email: string };

/** Sent instead of a sign-in link, so the sign-in form never reveals which addresses have accounts. */
export function NoAccountEmail({ email }: NoAccountEmailProps) {
  return (
    <EmailLayout preview="No Followthrough account for this address">
      <Text style={emailStyles.text}>
        Someone asked to sign in to Followthrough as {email}, but there is no account or invitation for this address.
      </Text>
      <Text style={emailStyles.text}>
        Followthrough accounts start with an invitation from a career coach. Ask your coach to invite this address.
      </Text>
    </EmailLayout>
  );
}

NoAccountEmail.PreviewProps = { email: "someone@example.com" } satisfies NoAccountEmailProps;

export default NoAccountEmail;
