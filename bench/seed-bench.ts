import pg from "pg";

/**
 * 100,000 clients with a realistic week each, written by PostgreSQL itself
 * (generate_series): an interview with a decision coming, five open tasks around the
 * week, and for some of them an approved draft, a reference asked, an unpaid expense.
 */
export async function seedBenchClients(url: string, clients: number): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`TRUNCATE "User", "Practice", "Email", "EmailSend", "DigestBatch", "Digest", "OutboxMessage" CASCADE`);
    // Each run starts with an empty job queue; pg-boss installs its schema again on start.
    await c.query("DROP SCHEMA IF EXISTS pgboss CASCADE");
    await c.query(
      // Digests off: measurement 1 assembles them directly, and the workers of measurement 3
      // must not spend the run sending 100,000 real digests.
      `INSERT INTO "User"(id, email, name, role, "digestEnabled", "timeZone", "updatedAt")
       SELECT 'bu' || g, 'bench' || g || '@bench.example', 'Bench Client ' || g, 'CLIENT', false,
              (ARRAY['America/New_York','Europe/London','Asia/Tokyo','UTC'])[1 + g % 4], now()
       FROM generate_series(1, $1) g`,
      [clients],
    );
    await c.query(
      `INSERT INTO "Interview"(id, "clientId", company, "jobTitle", stage, outcome, "startsAt", "timelineKind", "timelineDate", "updatedAt")
       SELECT 'bi' || g, 'bu' || g, 'Company ' || g, 'Product Manager', 'FIRST_ROUND', 'WAITING', now() - interval '3 days',
              'DECISION', (now() + interval '6 days')::date, now()
       FROM generate_series(1, $1) g`,
      [clients],
    );
    await c.query(
      `INSERT INTO "InterviewPerson"(id, "interviewId", role, name, email)
       SELECT 'bp' || g, 'bi' || g, 'INTERVIEWER', 'Interviewer ' || g, 'interviewer' || g || '@company.example' FROM generate_series(1, $1) g`,
      [clients],
    );
    await c.query(
      `INSERT INTO "FollowUpTask"(id, "interviewId", kind, rules, title, channel, "dueAt", status, "updatedAt")
       SELECT 'bt' || g || '-' || k, 'bi' || g, 'CUSTOM', '{}', 'Follow-up ' || k, 'EMAIL', now() + (k - 2) * interval '1 day', 'OPEN', now()
       FROM generate_series(1, $1) g, generate_series(1, 5) k`,
      [clients],
    );
    await c.query(
      `INSERT INTO "Draft"(id, "interviewId", "recipientPersonId", kind, status, "approvedVersion", "updatedAt")
       SELECT 'bd' || g, 'bi' || g, 'bp' || g, 'THANK_YOU_EMAIL', 'APPROVED', 1, now() FROM generate_series(1, $1, 5) g`,
      [clients],
    );
    await c.query(
      `INSERT INTO "DraftVersion"(id, "draftId", version, subject, body, "authorId")
       SELECT 'bv' || g, 'bd' || g, 1, 'Thank you', 'Dear interviewer, thank you.', 'bu' || g FROM generate_series(1, $1, 5) g`,
      [clients],
    );
    await c.query(
      `INSERT INTO "Reference"(id, "clientId", name, relationship, status, "updatedAt")
       SELECT 'br' || g, 'bu' || g, 'Reference ' || g, 'Former manager', 'ASKED', now() FROM generate_series(1, $1, 3) g`,
      [clients],
    );
    await c.query(
      `INSERT INTO "Expense"(id, "interviewId", description, "amountCents", currency, "requestedAt")
       SELECT 'be' || g, 'bi' || g, 'Train fare', 4250, 'USD', now() - interval '10 days' FROM generate_series(1, $1, 4) g`,
      [clients],
    );
    await c.query("ANALYZE");
  } finally {
    await c.end();
  }
}
