import dayjs, { type Dayjs } from 'dayjs';
import type { ActivityType } from '../../../contracts/catalogue.contract.js';
import type { Activity, CreateActivityBody, Measures, UpdateActivityBody } from '../../../contracts/ledger.contract.js';
import { pointerSegments, type FieldPath } from '../../api/field-errors.js';

/** The entry form's values; evidence lives beside the form, since uploads update it in the background. */
export interface ActivityFormValues {
  orgId: number;
  typeId: number;
  title: string;
  /** One day is a range that starts and ends on it. */
  dates: [Dayjs, Dayjs];
  place?: string;
  organiser?: string;
  summary?: string;
  measures?: Record<string, number | null | undefined>;
  tagIds?: number[];
}

const DAY = 'YYYY-MM-DD';

/** A new entry starts in the user's own unit, today, and with the type they last recorded under (if any). */
export function initialFormValues(activity: Activity | undefined, defaultOrgId: number, defaultTypeId?: number): Partial<ActivityFormValues> {
  if (!activity) {
    const today = dayjs().startOf('day');
    return { orgId: defaultOrgId, ...(defaultTypeId !== undefined && { typeId: defaultTypeId }), dates: [today, today], measures: {}, tagIds: [] };
  }
  return {
    orgId: activity.orgId,
    typeId: activity.typeId,
    title: activity.title,
    dates: [dayjs(activity.startDate), dayjs(activity.endDate)],
    place: activity.place,
    organiser: activity.organiser,
    summary: activity.summary,
    measures: { ...activity.measures },
    tagIds: [...activity.tagIds],
  };
}

/**
 * The figures of the chosen type only: inputs left over from a type chosen earlier are not sent.
 * An entry that keeps its type also keeps figures the form no longer shows (their indicator was
 * switched off since), as the server lets recorded values stay.
 */
function measuresOf(values: ActivityFormValues, type: ActivityType | undefined, saved?: Activity): Measures {
  const measures: Measures = {};
  const shown = new Set(type?.indicators.map((i) => i.code));
  if (saved && saved.typeId === values.typeId) {
    for (const [code, value] of Object.entries(saved.measures)) if (!shown.has(code)) measures[code] = value;
  }
  for (const code of shown) {
    const value = values.measures?.[code];
    if (typeof value === 'number') measures[code] = value;
  }
  return measures;
}

function textFields(values: ActivityFormValues) {
  return {
    title: values.title.trim(),
    startDate: values.dates[0].format(DAY),
    endDate: values.dates[1].format(DAY),
    place: (values.place ?? '').trim(),
    organiser: (values.organiser ?? '').trim(),
    summary: (values.summary ?? '').trim(),
  };
}

export function toCreateBody(values: ActivityFormValues, type: ActivityType | undefined, evidenceIds: number[], submit: boolean): CreateActivityBody {
  return {
    orgId: values.orgId,
    typeId: values.typeId,
    ...textFields(values),
    measures: measuresOf(values, type),
    tagIds: values.tagIds ?? [],
    evidenceIds,
    submit,
  };
}

export function toUpdateBody(
  values: ActivityFormValues,
  type: ActivityType | undefined,
  evidenceIds: number[],
  version: number,
  saved: Activity,
): UpdateActivityBody {
  return {
    version,
    orgId: values.orgId,
    typeId: values.typeId,
    ...textFields(values),
    measures: measuresOf(values, type, saved),
    tagIds: values.tagIds ?? [],
    evidenceIds,
  };
}

const SAME_NAME = new Set(['orgId', 'typeId', 'title', 'place', 'organiser', 'summary', 'tagIds']);

/**
 * Which input a server error belongs under: `/body/measures/attendance` → that figure's input,
 * `/body/startDate` and `/body/endDate` → the one date input. Errors about figures the form does
 * not show, or about evidence, are left for the global message.
 */
export function activityFieldOf(pointer: string, measureCodes: ReadonlySet<string>): FieldPath | undefined {
  const [location, member, key] = pointerSegments(pointer);
  if (location !== 'body' || member === undefined) return undefined;
  if (SAME_NAME.has(member)) return [member];
  if (member === 'startDate' || member === 'endDate') return ['dates'];
  if (member === 'measures' && key !== undefined && measureCodes.has(key)) return ['measures', key];
  return undefined;
}
