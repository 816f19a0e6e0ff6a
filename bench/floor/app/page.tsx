import { cookies } from "next/headers";
import { listInterviewsBySql, listOpenTasksBySql, readSessionUserId } from "../server/db";
import { RefreshCount } from "./refresh-count";

export const dynamic = "force-dynamic";

// The floor's page: the signed-in user's 50 most recent interviews with their people, and their
// open tasks, read by hand-written SQL (three statements, the session lookup included).
export default async function FloorPage() {
  const userId = await readSessionUserId((await cookies()).get("authjs.session-token")?.value);
  if (!userId) return <p>Not signed in</p>;
  const [interviews, tasks] = await Promise.all([listInterviewsBySql(userId), listOpenTasksBySql(userId)]);
  return (
    <main>
      <h1>Your interviews</h1>
      <RefreshCount initial={interviews.length} />
      <h2>Open tasks</h2>
      <ul>
        {tasks.map((task) => (
          <li key={task.id}>
            {task.title} ({task.channel}, {task.company}) due <time dateTime={task.dueAt.toISOString()}>{task.dueAt.toUTCString()}</time>
          </li>
        ))}
      </ul>
      <h2>Interviews</h2>
      <table>
        <tbody>
          {interviews.map((interview) => (
            <tr key={interview.id}>
              <td>{interview.company}</td>
              <td>{interview.jobTitle}</td>
              <td>{interview.stage}</td>
              <td>{interview.outcome}</td>
              <td><time dateTime={interview.startsAt.toISOString()}>{interview.startsAt.toUTCString()}</time></td>
              <td>{interview.people.map((person) => `${person.name} (${person.role}${person.title ? `, ${person.title}` : ""})`).join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
