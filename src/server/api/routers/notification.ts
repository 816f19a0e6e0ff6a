import "server-only";
import { idInput } from "@/lib/validation/fields";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import {
  dismissAllNotifications,
  dismissNotification,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "@/server/notifications/manage-notifications";
import { listNotificationsInput } from "@/server/notifications/notification-schemas";

export const notificationRouter = createTRPCRouter({
  list: protectedProcedure.input(listNotificationsInput).query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input)),
  markRead: protectedProcedure.input(idInput).mutation(({ ctx, input }) => markNotificationRead(ctx.db, ctx.actor, input, ctx.now)),
  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.actor, ctx.now)),
  dismiss: protectedProcedure.input(idInput).mutation(({ ctx, input }) => dismissNotification(ctx.db, ctx.actor, input, ctx.now)),
  dismissAll: protectedProcedure.mutation(({ ctx }) => dismissAllNotifications(ctx.db, ctx.actor, ctx.now)),
});
