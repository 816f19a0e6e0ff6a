import "server-only";
import { pageInput } from "@/lib/validation/fields";

export const NOTIFICATION_PAGE_SIZE = 20;

/** A page of the actor's notifications, newest first. */
export const listNotificationsInput = pageInput(NOTIFICATION_PAGE_SIZE);
