/** An activity's dates, short: one day as 2025-05-15; several as 2025-05-12 至 05-16 (the year only once when it repeats). */
export function formatDateRange(startDate: string, endDate: string): string {
  if (endDate === startDate) return startDate;
  const sameYear = endDate.slice(0, 4) === startDate.slice(0, 4);
  return `${startDate} 至 ${sameYear ? endDate.slice(5) : endDate}`;
}
