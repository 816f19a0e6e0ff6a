export const CHANNEL_LABELS: Record<string, string> = {
  EMAIL: "Email",
  LETTER: "Letter",
  HANDWRITTEN_CARD: "Handwritten card",
  PHONE: "Phone",
  IN_PERSON: "In person",
  NONE: "To do",
};
