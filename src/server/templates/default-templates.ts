import "server-only";
import type { TemplateKind } from "@/generated/prisma/enums";

/**
 * The set every new practice starts with, one per kind, in Followthrough's own words,
 * following the advice in the seed articles (R01, R12, R13, R20, R21, R22, R23). What only the
 * client can write is a bracketed prompt, which must be replaced before the draft goes anywhere
 * (src/server/drafts/unfinished-passages.ts). The recall note is a note to self ("Asked how I
 * would cut scope…"), so it is offered inside a prompt, never pasted into a sentence.
 */
export const DEFAULT_TEMPLATES: { kind: TemplateKind; name: string; subject: string; body: string }[] = [
  {
    kind: "THANK_YOU_EMAIL",
    name: "Thank-you email, same day",
    subject: "Thank you, {{ recipient.firstName }}",
    body: `Dear {{ recipient.firstName }},

Thank you for meeting me today about the {{ role }} role at {{ company }}.
{% if recipient.recall != empty %}[Recall, in your own words, what {{ recipient.firstName }} asked or said. Your note: "{{ recipient.recall }}"]{% else %}[Recall, in your own words, one thing {{ recipient.firstName }} asked or said.]{% endif %}

[Say in one or two sentences why you fit what they need, in your own words.]

I am keen on the role and would be glad to send anything else that helps.

Best regards,
{{ client.name }}`,
  },
  {
    kind: "THANK_YOU_LETTER",
    name: "Thank-you letter or handwritten card",
    subject: "Thank you",
    body: `Dear {{ recipient.firstName }},

Thank you for your time on {{ interview.date }}. [Recall one moment of the conversation that mattered to you.]

[Add one thing you did not get to say: a result, an idea, or an answer you would like to improve.]

With thanks,
{{ client.name }}`,
  },
  {
    kind: "REFERENCE_REQUEST",
    name: "Asking for an employment reference",
    subject: "Would you be a reference for me?",
    body: `Dear {{ recipient.firstName }},

I am interviewing for the {{ role }} role at {{ company }}, and they may ask to speak with someone I have worked with.
Would you be willing to be a reference? If so, I would like to brief you on the role and on what they care about before they call.

Thank you,
{{ client.name }}`,
  },
  {
    kind: "CHARACTER_REFERENCE_REQUEST",
    name: "Asking for a character reference letter",
    subject: "A character reference letter",
    body: `Dear {{ recipient.firstName }},

I am in the final stage for the {{ role }} role at {{ company }}. A short letter from you about how I work would carry real weight.
[Say which qualities or moments you would be grateful to see mentioned.]

I would be very grateful,
{{ client.name }}`,
  },
  {
    kind: "FOLLOW_UP_EMAIL",
    name: "Follow-up: do you need anything more?",
    subject: "Following up on the {{ role }} role",
    body: `Dear {{ recipient.firstName }},

I wanted to follow up on our conversation about the {{ role }} role. Is there anything more I can send to help with your decision?
[Add one piece of new information: a result, a short idea, a relevant article.]

Best regards,
{{ client.name }}`,
  },
  {
    kind: "RECRUITER_THANK_YOU",
    name: "Thank the recruiter",
    subject: "Thank you for setting up my interview",
    body: `Dear {{ recipient.firstName }},

Thank you for arranging my interview for the {{ role }} role at {{ company }} and for preparing me for it.
I enjoyed meeting the team and would be glad to hear how things move on.

Best regards,
{{ client.name }}`,
  },
  {
    kind: "RECRUITER_KEEP_IN_TOUCH",
    name: "Keep in touch with the recruiter",
    subject: "Keeping in touch, with my updated résumé",
    body: `Dear {{ recipient.firstName }},

I hope you are well. I wanted to keep in touch and share my updated résumé.
[Add what is new since you last spoke: a result, a course, a change of focus.]

I would be glad to hear of roles that fit.

Best regards,
{{ client.name }}`,
  },
];
