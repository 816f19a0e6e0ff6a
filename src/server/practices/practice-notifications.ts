import "server-only";
import type { NewNotification } from "@/server/notifications/manage-notifications";

/**
 * What people are told in the app when a practice's life changes who sees whom. Each sentence names
 * people as they are known (their name, else their address), never an id, and links only to what the
 * recipient may still open afterwards: someone who lost sight of a client gets no link at all.
 */

type Named = { name: string | null; email: string };
type Person = Named & { id: string };

/** The columns a notification names a person by. */
export const personSelect = { id: true, name: true, email: true } as const;

export function nameOf(person: Named): string {
  return person.name ?? person.email;
}

const CLIENT_COACHES_PAGE = "/settings";
/** A coach's clients are listed on their dashboard. */
const COACH_CLIENT_LIST = "/";
const PRACTICE_PAGE = "/practice";

/**
 * The owner moved every client of one coach to another. Each client hears who their coach is now;
 * the receiving coach gets one notification for the whole move (a coach leaving with forty clients is
 * one line to read and dismiss, not forty): one client by name, linked to their page; several by
 * count, linked to the client list, which names them (a notification naming several clients could
 * not go with each one's account). The former coach hears how many went and to whom, without names or
 * a link, since those clients are no longer theirs to see. Whoever made the move is not told of it.
 * A notification naming a client to someone else carries `aboutUserId`, so it goes with their account.
 */
export function describeReassignment(move: {
  actor: Person;
  practiceId: string;
  from: Person;
  to: Person;
  /** Clients who gained the receiving coach. */
  received: Person[];
  /** Clients who already had the receiving coach and only lost the former one. */
  kept: Person[];
}): NewNotification[] {
  const { actor, practiceId, from, to, received, kept } = move;
  const notes: NewNotification[] = [
    ...received.map((client) => ({
      userId: client.id,
      kind: "COACH_CHANGED",
      message: `${nameOf(actor)} moved you to a new coach: ${nameOf(to)} is your coach now, in place of ${nameOf(from)}.`,
      href: CLIENT_COACHES_PAGE,
    })),
    ...kept.map((client) => ({
      userId: client.id,
      kind: "COACH_CHANGED",
      message: `${nameOf(actor)} ended your coaching with ${nameOf(from)}; ${nameOf(to)} stays your coach.`,
      href: CLIENT_COACHES_PAGE,
    })),
  ];
  const [only] = received;
  if (only && to.id !== actor.id) {
    const fromWhom = from.id === actor.id ? "" : ` from ${nameOf(from)}`;
    notes.push({
      userId: to.id,
      kind: "CLIENTS_RECEIVED",
      message:
        received.length === 1
          ? `${nameOf(actor)} moved ${nameOf(only)} to you${fromWhom}: you are their coach now.`
          : `${nameOf(actor)} moved ${received.length} clients to you${fromWhom}. They are in your client list.`,
      href: received.length === 1 ? `/clients/${only.id}` : COACH_CLIENT_LIST,
      aboutUserId: received.length === 1 ? only.id : null,
    });
  }
  const moved = received.length + kept.length;
  if (moved > 0 && from.id !== actor.id) {
    notes.push({
      userId: from.id,
      kind: "CLIENTS_MOVED_AWAY",
      message: `${nameOf(actor)} moved ${moved === 1 ? "your client" : `your ${moved} clients`} to ${nameOf(to)}. You no longer see their records.`,
    });
  }
  return notes.map((n) => ({ ...n, practiceId }));
}

/**
 * A client disconnected from a coach: the coach is told, and so is the practice's owner if the owner lost
 * sight of the client (no other coach of the practice has them). No link: the client's records are gone
 * from their view. A coach who still sees the client, as the owner of a practice that coaches them, is
 * told that instead.
 */
export function describeDisconnection(change: {
  client: Person;
  coach: Person;
  owner: Person;
  practiceId: string;
  coachKeepsSight: boolean;
  ownerLostSight: boolean;
}): NewNotification[] {
  const { client, coach, owner, practiceId, coachKeepsSight, ownerLostSight } = change;
  const notes: NewNotification[] = [
    {
      userId: coach.id,
      kind: "CLIENT_DISCONNECTED",
      message: coachKeepsSight
        ? `${nameOf(client)} disconnected from you as their coach. As the owner of a practice that still coaches them, you still see their records.`
        : `${nameOf(client)} disconnected from you. You no longer see their interviews, notes or drafts.`,
    },
  ];
  if (owner.id !== coach.id && ownerLostSight) {
    notes.push({
      userId: owner.id,
      kind: "CLIENT_DISCONNECTED",
      message: `${nameOf(client)} disconnected from ${nameOf(coach)} and has no other coach in your practice. You no longer see their records.`,
    });
  }
  return notes.map((n) => ({ ...n, practiceId, aboutUserId: client.id }));
}

/** The owner handed the practice on: the new owner learns what is theirs now. */
export function describeOwnershipTransfer(change: { actor: Named; practice: { id: string; name: string }; newOwnerId: string }): NewNotification[] {
  const { actor, practice, newOwnerId } = change;
  return [
    {
      userId: newOwnerId,
      kind: "PRACTICE_OWNERSHIP_RECEIVED",
      message: `${nameOf(actor)} handed ${practice.name} to you. You own it now: you see every client of it and manage its settings and coaches.`,
      href: PRACTICE_PAGE,
      practiceId: practice.id,
    },
  ];
}

/**
 * A coach left, or the owner removed them: the owner hears that a coach left; a removed coach hears
 * that the practice's templates and clients are no longer theirs to see (no link: nothing there is theirs).
 */
export function describeCoachRemoval(change: { actor: Person; coach: Person; practice: { id: string; name: string; ownerId: string } }): NewNotification[] {
  const { actor, coach, practice } = change;
  if (coach.id === actor.id) {
    return [{ userId: practice.ownerId, kind: "COACH_LEFT_PRACTICE", message: `${nameOf(coach)} left ${practice.name}.`, href: PRACTICE_PAGE, practiceId: practice.id }];
  }
  return [
    {
      userId: coach.id,
      kind: "REMOVED_FROM_PRACTICE",
      message: `${nameOf(actor)} removed you from ${practice.name}. You no longer see its templates.`,
      practiceId: practice.id,
    },
  ];
}
