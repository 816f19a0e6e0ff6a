"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/*
 * The Outcomes charts (Recharts). Each sits inside ChartFigure, which names it for assistive
 * technology and offers the same figures as a table; the chart itself is drawn for the eye only
 * (Recharts' keyboard layer is off: the table is the way in). ResponsiveContainer fits a 390 px phone.
 */

export type ChartSeries = { key: string; label: string; color: string };

type BarsProps = {
  data: Record<string, string | number | null>[];
  series: ChartSeries[];
  /** Bars of one category stacked (counts that add up) rather than side by side (rates). */
  stacked?: boolean;
  /** Values are percentages: the axis runs from 0 to 100. */
  percent?: boolean;
};

export function OutcomeBars({ data, series, stacked = false, percent = false }: BarsProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} domain={percent ? [0, 100] : [0, "auto"]} unit={percent ? "%" : undefined} />
        <Tooltip formatter={(value) => (percent ? `${String(value)}%` : String(value))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? "all" : undefined} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
