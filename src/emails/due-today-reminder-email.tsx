import { Button, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";

export type DueTodayReminderEmailProps = {
  firstName: string;
  dateLabel: string;
  tasks: { title: string; company: string; time: string }[];
  url: string;
  settingsUrl: string;
};

/** The client's morning reminder: what is due today, and one click to the dashboard. */
export function DueTodayReminderEmail({ firstName, dateLabel, tasks, url, settingsUrl }: DueTodayReminderEmailProps) {
  return (
    <EmailLayout
      preview={`${tasks.length} follow-up${tasks.length === 1 ? "" : "s"} due today`}
      footer={`You asked for this reminder. Turn it off in your settings: ${settingsUrl}`}
    >
      <Text style={emailStyles.text}>Good morning {firstName}, here is what is due today, {dateLabel}:</Text>
      {tasks.map((task, index) => (
        <Text key={index} style={emailStyles.text}>
          • {task.time}: {task.title} ({task.company})
        </Text>
      ))}
      <Button href={url} style={emailStyles.button}>
        Open your follow-ups
      </Button>
    </EmailLayout>
  );
}

DueTodayReminderEmail.PreviewProps = {
  firstName: "Jane",
  dateLabel: "Monday 23 November",
  tasks: [
    { title: "Thank-you email to Maria Lopez", company: "Acme", time: "19:00" },
    { title: "Call Acme about the decision", company: "Acme", time: "08:30" },
  ],
  url: "http://localhost:3000/",
  settingsUrl: "http://localhost:3000/settings",
} satisfies DueTodayReminderEmailProps;

export default DueTodayReminderEmail;
