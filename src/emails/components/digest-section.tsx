import { Heading, Link, Text } from "@react-email/components";
import { emailStyles } from "./email-layout";

const heading = { color: "#1c2430", fontSize: "16px", fontWeight: 700, margin: "20px 0 4px" } as const;

/** One part of a digest: a heading and a bulleted list; nothing at all when the list is empty. */
export function DigestSection<T>({ title, items, render }: { title: string; items: T[]; render: (item: T) => string }) {
  if (items.length === 0) return null;
  return (
    <>
      <Heading as="h2" style={heading}>
        {title}
      </Heading>
      {items.map((item, index) => (
        <Text key={index} style={{ ...emailStyles.text, margin: "2px 0" }}>
          {`• ${render(item)}`}
        </Text>
      ))}
    </>
  );
}

/** The footer every digest carries: why it came, and the one-click way out. */
export function DigestFooter({ unsubscribeUrl, settingsUrl }: { unsubscribeUrl: string; settingsUrl: string }) {
  return (
    <>
      Your weekly Followthrough digest. Change its day and hour in your <Link href={settingsUrl}>settings</Link>, or{" "}
      <Link href={unsubscribeUrl}>unsubscribe</Link>.
    </>
  );
}
