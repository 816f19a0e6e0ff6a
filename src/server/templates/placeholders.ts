/**
 * The typed placeholders a coach may use in a template. The editor lists them, the
 * validator accepts nothing else, and rendering fills exactly these.
 */
import "server-only";
export const PLACEHOLDERS = {
  "recipient.firstName": "The recipient's first name",
  "recipient.lastName": "The recipient's last name",
  "recipient.name": "The recipient's full name",
  "recipient.title": "The recipient's job title",
  "recipient.recall": "Something the recipient asked or said",
  "interviewer.firstName": "The interviewer's first name (same as recipient)",
  "interviewer.name": "The interviewer's full name (same as recipient)",
  company: "The company",
  role: "The role applied for",
  "interview.date": "The day of the interview",
  "interview.stage": "The interview stage",
  "client.firstName": "Your client's first name",
  "client.name": "Your client's full name",
  "client.email": "Your client's email address",
  "coach.firstName": "The coach's first name",
  "coach.name": "The coach's full name",
} as const;

export type PlaceholderPath = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_PATHS = Object.keys(PLACEHOLDERS) as PlaceholderPath[];

/** The values a draft is filled from, keyed the way Liquid reads them. */
export type TemplateValues = {
  recipient: { firstName: string; lastName: string; name: string; title: string; recall: string };
  interviewer: { firstName: string; name: string };
  company: string;
  role: string;
  interview: { date: string; stage: string };
  client: { firstName: string; name: string; email: string };
  coach: { firstName: string; name: string };
};

/** Sample values for the editor's live preview. */
export const SAMPLE_VALUES: TemplateValues = {
  recipient: { firstName: "Maria", lastName: "Chen", name: "Maria Chen", title: "Director of Product", recall: "how I would cut scope on the launch" },
  interviewer: { firstName: "Maria", name: "Maria Chen" },
  company: "Acme Robotics",
  role: "Product Manager",
  interview: { date: "Friday 20 November", stage: "first round" },
  client: { firstName: "Jane", name: "Jane Doe", email: "jane.doe@example.com" },
  coach: { firstName: "Olivia", name: "Olivia Owens" },
};

/** Allowed filters and tags (DOMAIN.md: a short list; tags other than if and for are refused). */
export const ALLOWED_FILTERS = ["capitalize", "date", "default", "downcase", "upcase"] as const;
export const ALLOWED_TAGS = ["if", "elsif", "else", "endif", "unless", "endunless", "for", "endfor"] as const;
