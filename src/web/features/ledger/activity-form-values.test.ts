import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { ActivityType } from '../../../contracts/catalogue.contract.js';
import type { Activity } from '../../../contracts/ledger.contract.js';
import { activityFieldOf, initialFormValues, toCreateBody, toUpdateBody, type ActivityFormValues } from './activity-form-values.js';
import { evidenceChanges, rejectEvidenceFile, type EvidenceDraft } from './evidence-draft.js';

const lecture: ActivityType = {
  id: 11,
  code: 'edu.lecture',
  name: '宣讲/报告会',
  parentId: 1,
  sortOrder: 0,
  active: true,
  indicators: [
    { indicatorId: 1, code: 'sessions', required: true },
    { indicatorId: 2, code: 'attendance', required: true },
  ],
};

const values: ActivityFormValues = {
  orgId: 7,
  typeId: 11,
  title: '  民族团结进步宣讲进村 ',
  dates: [dayjs('2025-05-15'), dayjs('2025-05-15')],
  place: '东风村村委会',
  measures: { sessions: 1, attendance: 120, funds: 3000, materials: null },
  tagIds: [2],
};

describe('toCreateBody', () => {
  it('sends the chosen type’s figures only, trimmed text and the dates as ISO days', () => {
    expect(toCreateBody(values, lecture, [5, 6], true)).toEqual({
      orgId: 7,
      typeId: 11,
      title: '民族团结进步宣讲进村',
      startDate: '2025-05-15',
      endDate: '2025-05-15',
      place: '东风村村委会',
      organiser: '',
      summary: '',
      measures: { sessions: 1, attendance: 120 },
      tagIds: [2],
      evidenceIds: [5, 6],
      submit: true,
    });
  });
});

describe('toUpdateBody', () => {
  const saved = { typeId: 11, measures: { sessions: 1, attendance: 100, boards: 6 } } as unknown as Activity;

  it('carries the version the editor started from', () => {
    const body = toUpdateBody({ ...values, dates: [dayjs('2025-05-12'), dayjs('2025-05-16')] }, lecture, [], 4, saved);
    expect(body).toMatchObject({ version: 4, startDate: '2025-05-12', endDate: '2025-05-16', evidenceIds: [] });
  });

  it('keeps figures of switched-off indicators while the type stays, and drops them with a new type', () => {
    expect(toUpdateBody(values, lecture, [], 4, saved).measures).toEqual({ boards: 6, sessions: 1, attendance: 120 });
    expect(toUpdateBody({ ...values, typeId: 12 }, { ...lecture, id: 12 }, [], 4, saved).measures).toEqual({ sessions: 1, attendance: 120 });
  });
});

describe('activityFieldOf', () => {
  const codes = new Set(['sessions', 'attendance']);
  it('puts figure errors under the figure and both dates under the date input', () => {
    expect(activityFieldOf('/body/measures/attendance', codes)).toEqual(['measures', 'attendance']);
    expect(activityFieldOf('/body/endDate', codes)).toEqual(['dates']);
    expect(activityFieldOf('/body/title', codes)).toEqual(['title']);
    expect(activityFieldOf('/body/tagIds/0', codes)).toEqual(['tagIds']);
  });

  it('leaves errors the form has no input for to the global message', () => {
    expect(activityFieldOf('/body/measures/funds', codes)).toBeUndefined();
    expect(activityFieldOf('/body/evidenceIds/1', codes)).toBeUndefined();
    expect(activityFieldOf('/body/version', codes)).toBeUndefined();
    expect(activityFieldOf('/params/id', codes)).toBeUndefined();
  });
});

describe('evidence drafts', () => {
  const uploaded = (patch: Partial<EvidenceDraft>): EvidenceDraft => ({
    uid: 'a',
    status: 'done',
    filename: 'p.jpg',
    size: 1,
    isImage: true,
    kind: 'photo',
    caption: '',
    evidence: {
      id: 9,
      filename: 'p.jpg',
      mime: 'image/jpeg',
      size: 1,
      kind: 'photo',
      caption: '',
      hasThumbnail: true,
      canOpen: true,
      url: '/api/files/9',
      thumbnailUrl: '/api/files/9/thumbnail',
      activityId: null,
      createdAt: '2025-05-15T08:00:00Z',
    },
    ...patch,
  });

  it('lists only captions and kinds edited after upload', () => {
    expect(evidenceChanges([uploaded({})])).toEqual([]);
    expect(evidenceChanges([uploaded({ caption: ' 2025年5月15日 东风村 宣讲 ', kind: 'signin_sheet' })])).toEqual([
      { id: 9, caption: '2025年5月15日 东风村 宣讲', kind: 'signin_sheet' },
    ]);
    expect(evidenceChanges([uploaded({ status: 'uploading', caption: 'x' })])).toEqual([]);
  });

  it('refuses unsupported and oversized files with a reason', () => {
    expect(rejectEvidenceFile({ name: '签到表.pdf', type: 'application/pdf', size: 1000 })).toBeUndefined();
    expect(rejectEvidenceFile({ name: 'IMG_0001.HEIC', type: '', size: 1000 })).toBeUndefined();
    expect(rejectEvidenceFile({ name: '视频.mp4', type: 'video/mp4', size: 1000 })).toMatch('格式不支持');
    expect(rejectEvidenceFile({ name: '大图.jpg', type: 'image/jpeg', size: 21 * 1024 * 1024 })).toMatch('超过20MB');
  });
});

describe('initialFormValues for a new entry', () => {
  it("starts in the user's unit, today, with the type last recorded under when there is one", () => {
    const today = dayjs().format('YYYY-MM-DD');
    const fresh = initialFormValues(undefined, 7, 12);
    expect(fresh).toMatchObject({ orgId: 7, typeId: 12 });
    expect(fresh.dates?.map((d) => d.format('YYYY-MM-DD'))).toEqual([today, today]);
    expect(initialFormValues(undefined, 7)).not.toHaveProperty('typeId');
  });
});
