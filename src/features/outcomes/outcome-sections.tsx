import { Link } from "@/components/link";
import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/scroll-region";
import { OUTCOME_LABELS, STAGE_LABELS } from "@/lib/interview-labels";
import { DECISION_TIMING_LABELS, describeRate, plural, THANKS_TIMING_LABELS, times } from "@/lib/outcome-labels";
import { TEMPLATE_KIND_LABELS } from "@/lib/template-labels";
import type { OutcomeClients, Outcomes } from "@/server/outcomes/load-outcomes";
import { ChartFigure } from "./chart-figure";
import { OutcomeBars, type ChartSeries } from "./outcome-charts";

/** The Outcomes page's sections: each figure as a chart with its table, and the words that define it. */

const MIN_SAMPLE_TEXT = "No rate is shown for fewer than 10; the counts always are.";

const OUTCOME_SERIES: ChartSeries[] = [
  { key: "WAITING", label: OUTCOME_LABELS.WAITING, color: "#94a3b8" },
  { key: "NEXT_ROUND", label: OUTCOME_LABELS.NEXT_ROUND, color: "#2563eb" },
  { key: "OFFER", label: OUTCOME_LABELS.OFFER, color: "#16a34a" },
  { key: "OFFER_SIGNED", label: OUTCOME_LABELS.OFFER_SIGNED, color: "#15803d" },
  { key: "REJECTED", label: OUTCOME_LABELS.REJECTED, color: "#dc2626" },
  { key: "WITHDRAWN", label: OUTCOME_LABELS.WITHDRAWN, color: "#a16207" },
];

function monthLabel(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return new Date(Date.UTC(year!, m! - 1, 1)).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <ScrollRegion label={`Table: ${caption}`}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200">
            {head.map((h) => (
              <th key={h} scope="col" className="px-2 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={r} className="border-b border-slate-100">
              {cells.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className="px-2 py-2 font-medium">
                    {cell}
                  </th>
                ) : (
                  <td key={c} className="px-2 py-2">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function FunnelSection({ funnel, whose }: { funnel: Outcomes["funnel"]; whose: string }) {
  const summary =
    funnel.total === 0
      ? `No interviews in the last 12 months ${whose}.`
      : `${plural(funnel.total, "interview")} in the last 12 months ${whose}: ${OUTCOME_SERIES.map((s) => `${funnel.months.reduce((sum, m) => sum + m.byOutcome[s.key as keyof typeof m.byOutcome], 0)} ${s.label.toLowerCase()}`).join(", ")}. By stage: ${Object.entries(funnel.byStage)
          .map(([stage, count]) => `${count} ${STAGE_LABELS[stage as keyof typeof STAGE_LABELS].toLowerCase()}`)
          .join(", ")}.`;
  return (
    <ChartFigure
      title="Interviews by month and outcome"
      summary={summary}
      chart={<OutcomeBars stacked series={OUTCOME_SERIES} data={funnel.months.map((m) => ({ label: monthLabel(m.month), ...m.byOutcome }))} />}
      table={
        <Table
          caption="Interviews by month and outcome"
          head={["Month", "Interviews", ...OUTCOME_SERIES.map((s) => s.label)]}
          rows={funnel.months.map((m) => [monthLabel(m.month), m.total, ...OUTCOME_SERIES.map((s) => m.byOutcome[s.key as keyof typeof m.byOutcome])])}
        />
      }
    />
  );
}

export function ThanksSection({ thanks }: { thanks: Outcomes["thanks"] }) {
  const shown = thanks.groups.filter((g) => g.nextRound.percent !== null);
  const summary =
    shown.length === 0
      ? `Too few interviews with a known result to show a rate for any timing (${thanks.groups.map((g) => `${THANKS_TIMING_LABELS[g.timing].toLowerCase()}: ${g.withResult}`).join(", ")}).`
      : thanks.groups
          .map((g) => `${THANKS_TIMING_LABELS[g.timing]}: next round ${describeRate(g.nextRound)}, offer ${describeRate(g.offer)}.`)
          .join(" ");
  return (
    <ChartFigure
      title="Next round and offer, by how the thank-yous went"
      summary={summary}
      chart={
        <OutcomeBars
          percent
          series={[
            { key: "nextRound", label: "Next round (%)", color: "#2563eb" },
            { key: "offer", label: "Offer (%)", color: "#16a34a" },
          ]}
          data={thanks.groups.map((g) => ({ label: THANKS_TIMING_LABELS[g.timing], nextRound: g.nextRound.percent, offer: g.offer.percent }))}
        />
      }
      table={
        <Table
          caption="Next round and offer rates by thank-you timing"
          head={["Thank-yous", "Interviews with a result", "Next round", "Offer"]}
          rows={thanks.groups.map((g) => [THANKS_TIMING_LABELS[g.timing], g.withResult, describeRate(g.nextRound), describeRate(g.offer)])}
        />
      }
    >
      <p className="mt-2 text-sm">
        For each interview, the day its <em>last</em> interviewer was thanked (the thank-you task marked done or its email
        sent, whichever came first), counted in the client&apos;s time zone from the day the interview ended. &ldquo;Never&rdquo;
        means at least one interviewer was not thanked. Rates count interviews whose result is known (next round, offer or
        rejected); those still waiting or withdrawn are left out. {MIN_SAMPLE_TEXT}
      </p>
    </ChartFigure>
  );
}

export function OnTimeSection({ onTime, clients, clientHref, pageHref }: { onTime: Outcomes["onTime"]; clients: OutcomeClients | null; clientHref: (id: string) => string; pageHref: (page: number) => string }) {
  return (
    <section aria-labelledby="on-time-title" className="mb-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id="on-time-title" className="text-lg font-semibold">
        Follow-ups done on time
      </h2>
      <p className="mt-2 text-sm">
        A follow-up counts once the time it was planned for has passed (a snoozed one keeps its first planned day); it was
        on time when it was done by the end of that day, in the client&apos;s time zone. Skipped follow-ups are left out.{" "}
        {MIN_SAMPLE_TEXT}
      </p>
      <p className="mt-3 text-xl font-semibold">{describeRate(onTime, "follow-ups")}</p>
      {clients && clients.clients.length === 0 && clients.page === 1 && <p className="mt-4 text-sm">No clients yet.</p>}
      {clients && (clients.clients.length > 0 || clients.page > 1) && (
        <>
          <h3 className="mb-2 mt-4 font-semibold">By client</h3>
          <Table
            caption="Follow-ups done on time, by client"
            head={["Client", "On time"]}
            rows={clients.clients.map((c) => [
              <Link key={c.id} href={clientHref(c.id)} className="text-brand-700 underline">
                {c.name ?? c.email}
              </Link>,
              c.onTime.of === 0 ? "No follow-ups due yet" : describeRate(c.onTime, "follow-ups"),
            ])}
          />
          <nav aria-label="Pages of clients" className="mt-3 flex gap-3 text-sm">
            {clients.page > 1 && (
              <Link href={pageHref(clients.page - 1)} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3">
                Previous page
              </Link>
            )}
            <span className="inline-flex min-h-11 items-center">Page {clients.page}</span>
            {clients.hasNext && (
              <Link href={pageHref(clients.page + 1)} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3">
                Next page
              </Link>
            )}
          </nav>
        </>
      )}
    </section>
  );
}

export function EmailsSection({ emails }: { emails: Outcomes["emails"] }) {
  const label = (kind: string) => TEMPLATE_KIND_LABELS[kind as keyof typeof TEMPLATE_KIND_LABELS] ?? kind;
  const summary =
    emails.length === 0
      ? "No emails sent yet."
      : emails.map((e) => `${label(e.kind)}: ${e.sent} sent, delivered ${describeRate(e.delivered, "emails")}, bounced ${e.bounced.count}, marked as spam ${e.complained.count}.`).join(" ");
  return (
    <ChartFigure
      title="What happened to the emails, by kind"
      summary={summary}
      chart={
        <OutcomeBars
          series={[
            { key: "sent", label: "Sent", color: "#64748b" },
            { key: "delivered", label: "Delivered", color: "#16a34a" },
            { key: "bounced", label: "Bounced", color: "#dc2626" },
            { key: "complained", label: "Marked as spam", color: "#a16207" },
          ]}
          data={emails.map((e) => ({ label: label(e.kind), sent: e.sent, delivered: e.delivered.count, bounced: e.bounced.count, complained: e.complained.count }))}
        />
      }
      table={
        <Table
          caption="Emails by kind"
          head={["Kind", "Sent", "Delivered", "Bounced", "Marked as spam"]}
          rows={emails.map((e) => [label(e.kind), e.sent, describeRate(e.delivered, "emails"), describeRate(e.bounced, "emails"), describeRate(e.complained, "emails")])}
        />
      }
    >
      <p className="mt-2 text-sm">
        <strong>Replies are not reported.</strong> The email provider (Resend) tells Followthrough when an email is delivered,
        bounces or is marked as spam. Replies go straight to the client&apos;s own inbox, and opens are not tracked, so neither
        can be shown here.
      </p>
    </ChartFigure>
  );
}

export function DecisionsSection({ decisions }: { decisions: Outcomes["decisions"] }) {
  const typical =
    decisions.medianActualDays === null
      ? `Too few decisions to show a typical time (${decisions.decided}).`
      : `Typically the employer named a date ${plural(decisions.medianPromisedDays!, "day")} after the interview; the answer was recorded after ${plural(decisions.medianActualDays, "day")}.`;
  const summary = `${plural(decisions.decided, "decision")} recorded against the employer's date: ${decisions.byTiming
    .map((t) => `${DECISION_TIMING_LABELS[t.timing].toLowerCase()} ${t.count}`)
    .join(", ")}. ${decisions.waitingPastDate} still waiting after the date. ${typical}`;
  return (
    <ChartFigure
      title="Time to a decision, against the employer's date"
      summary={summary}
      chart={<OutcomeBars series={[{ key: "count", label: "Decisions", color: "#2563eb" }]} data={decisions.byTiming.map((t) => ({ label: DECISION_TIMING_LABELS[t.timing], count: t.count }))} />}
      table={
        <Table
          caption="Decisions against the employer's date"
          head={["When the answer came", "Decisions"]}
          rows={[...decisions.byTiming.map((t) => [DECISION_TIMING_LABELS[t.timing], describeRate(t.share, "decisions")]), ["Still waiting after the date", decisions.waitingPastDate]]}
        />
      }
    >
      <p className="mt-2 text-sm">
        For interviews where the employer gave a decision date: the day the outcome was first changed from &ldquo;waiting&rdquo;,
        against that date, in the client&apos;s calendar. Interviews logged with their result already known are left out, as
        the day the answer came was not recorded. {typical}
      </p>
    </ChartFigure>
  );
}

/** A client's own figures, as things done: counts of what went well, no rates, no comparison with anyone. */
export function OwnProgress({ outcomes }: { outcomes: Outcomes }) {
  const { thanks, onTime, funnel } = outcomes;
  const nextRounds = funnel.months.reduce((sum, m) => sum + m.byOutcome.NEXT_ROUND, 0);
  const offers = funnel.months.reduce((sum, m) => sum + m.byOutcome.OFFER + m.byOutcome.OFFER_SIGNED, 0);
  const lines = [
    thanks.sameDayAll > 0 && `You thanked every interviewer the same day ${times(thanks.sameDayAll)}.`,
    thanks.sameDayAll === 0 && thanks.thankedAll > 0 && `You thanked every interviewer ${times(thanks.thankedAll)}.`,
    onTime.count > 0 && `You did ${plural(onTime.count, "follow-up")} on the day you planned ${onTime.count === 1 ? "it" : "them"}.`,
    funnel.total > 0 && `You went to ${plural(funnel.total, "interview")} in the last 12 months.`,
    nextRounds > 0 && `${plural(nextRounds, "interview")} led to a next round.`,
    offers > 0 && `${plural(offers, "interview")} ended in an offer.`,
  ].filter((line): line is string => Boolean(line));
  return (
    <section aria-labelledby="own-title" className="mb-8 rounded-lg border border-green-200 bg-green-50 p-4 sm:p-5">
      <h2 id="own-title" className="text-lg font-semibold">
        What you have done
      </h2>
      {lines.length === 0 ? (
        <p className="mt-2">Once you log interviews and work through your plan, what you have done shows here.</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
