import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const styles = {
  body: { backgroundColor: "#f4f6f9", fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" },
  container: { backgroundColor: "#ffffff", margin: "24px auto", padding: "24px", maxWidth: "560px", borderRadius: "8px" },
  brand: { color: "#1b4694", fontSize: "18px", fontWeight: 700, margin: "0 0 16px" },
  footer: { color: "#5b6675", fontSize: "12px", lineHeight: "18px" },
} as const;

export const emailStyles = {
  text: { color: "#1c2430", fontSize: "15px", lineHeight: "24px" },
  button: {
    backgroundColor: "#1f57b8",
    borderRadius: "6px",
    color: "#ffffff",
    display: "inline-block",
    fontSize: "15px",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
} as const;

/** The frame every product email shares: brand line, content, and a footer. */
export function EmailLayout({ preview, children, footer }: { preview: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Followthrough</Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={styles.footer}>
            {footer ?? "You get this email because of an account or invitation at Followthrough, a career-coaching portal."}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
