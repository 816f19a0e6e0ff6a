import { Button, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";

export type SignInLinkEmailProps = { url: string; expiresInMinutes: number };

export function SignInLinkEmail({ url, expiresInMinutes }: SignInLinkEmailProps) {
  return (
    <EmailLayout preview="Your sign-in link for Followthrough">
      <Text style={emailStyles.text}>Use this link to sign in to Followthrough. It works once, within {expiresInMinutes} minutes.</Text>
      <Button href={url} style={emailStyles.button}>
        Sign in to Followthrough
      </Button>
      <Text style={emailStyles.text}>If you did not ask to sign in, you can ignore this email.</Text>
    </EmailLayout>
  );
}

SignInLinkEmail.PreviewProps = {
  url: "http://localhost:3000/sign-in/verify?token=preview&email=jane.doe%40example.com",
  expiresInMinutes: 60,
} satisfies SignInLinkEmailProps;

export default SignInLinkEmail;
