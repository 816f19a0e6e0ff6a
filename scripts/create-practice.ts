// npm run practice:create -- --name "Northstar Career Coaching" --owner-email olivia@example.com --owner-name "Olivia Owens" [--owner-time-zone Europe/London]
// Creates a practice and its owner (a coach account), with the default templates. The owner
// then signs in with that address and invites coaches and clients from the app.
import { parseArgs } from "node:util";
import { buildAppUrl } from "@/server/config";
import { createPrismaClient } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { createPractice, createPracticeInput } from "@/server/practices/create-practice";
import { resolveDatabase } from "./lib/database";

const { values } = parseArgs({
  options: { name: { type: "string" }, "owner-email": { type: "string" }, "owner-name": { type: "string" }, "owner-time-zone": { type: "string" } },
});
// Parsed here, at the edge: the service takes typed input.
const parsed = createPracticeInput.safeParse({
  name: values.name,
  ownerEmail: values["owner-email"],
  ownerName: values["owner-name"],
  ownerTimeZone: values["owner-time-zone"],
});
if (!parsed.success) {
  console.error(`Not created: ${parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")}`);
  console.error('Usage: npm run practice:create -- --name "<practice>" --owner-email <email> --owner-name "<name>" [--owner-time-zone <IANA zone>]');
  process.exit(2);
}
const database = await resolveDatabase();
const db = createPrismaClient(database.url, { max: 1 });
try {
  const created = await createPractice(db, parsed.data);
  console.log(`Created the practice "${created.practice.name}" (${created.practice.slug}), owned by ${created.ownerEmail}${created.ownerExisted ? " (an existing account)" : ""}.`);
  console.log(`The owner signs in at ${buildAppUrl("/sign-in")} and invites coaches and clients from Invitations.`);
} catch (error) {
  if (error instanceof AppError) {
    console.error(`Not created: ${error.message}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
} finally {
  await db.$disconnect();
  await database.release();
}
