import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

// Booleans are stored as 0/1 integers on both databases so rows look the same everywhere;
// repositories map them to booleans. Timestamps are ISO-8601 UTC text for the same reason.

export interface OrgKindTable {
  code: string;
  name: string;
  is_area: number;
  sort_order: number;
}

export interface OrgUnitTable {
  id: Generated<number>;
  name: string;
  kind: string;
  code: string | null;
  parent_id: number | null;
  /** Materialized path of ids, `/1/5/23/`: a subtree is one indexed range scan. */
  path: string;
  depth: number;
  sort_order: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  org_unit_id: number;
  password_hash: string;
  active: number;
  must_change_password: number;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRoleTable {
  user_id: number;
  role: string;
}

export interface SessionTable {
  /** sha256 of the cookie token: a leaked table does not leak live sessions. */
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_start: string;
  locked_until: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  entity: string;
  entity_id: string;
  org_unit_id: number | null;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
}

export interface IndicatorTable {
  id: Generated<number>;
  code: string;
  name: string;
  unit: string;
  value_kind: string;
  scale: number;
  sort_order: number;
  active: number;
  /** The roll-up sum column (s1..s32) this indicator owns; see rollup/rollup.types.ts. */
  stat_slot: number | null;
}

export interface ActivityTypeTable {
  id: Generated<number>;
  code: string;
  name: string;
  parent_id: number | null;
  sort_order: number;
  active: number;
}

export interface ActivityTypeIndicatorTable {
  type_id: number;
  indicator_id: number;
  required: number;
  sort_order: number;
}

export interface TagTable {
  id: Generated<number>;
  kind: string;
  name: string;
  sort_order: number;
  active: number;
}

export interface CampaignTable {
  id: Generated<number>;
  org_unit_id: number;
  name: string;
  start_date: string;
  end_date: string;
  active: number;
}

export interface ActivityTable {
  id: Generated<number>;
  org_unit_id: number;
  type_id: number;
  title: string;
  /** YYYY-MM-DD */
  start_date: string;
  end_date: string;
  place: string;
  organiser: string;
  summary: string;
  status: string;
  return_reason: string | null;
  evidence_count: number;
  version: number;
  created_by: number | null;
  created_at: string;
  updated_by: number | null;
  updated_at: string;
  submitted_at: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  deleted_at: string | null;
  deleted_by: number | null;
}

export interface ActivityMeasureTable {
  activity_id: number;
  indicator_id: number;
  /** Scaled integer (money in 分). PostgreSQL returns bigint as a string: map with Number(). */
  value: number | string;
}

export interface ActivityTagTable {
  activity_id: number;
  tag_id: number;
}

export interface EvidenceTable {
  id: Generated<number>;
  sha256: string;
  filename: string;
  mime: string;
  size: number;
  kind: string;
  caption: string;
  has_thumbnail: number;
  org_unit_id: number;
  activity_id: number | null;
  sort_order: number;
  created_by: number | null;
  created_at: string;
  deleted_at: string | null;
}

/**
 * A roll-up row: for one ancestor unit (its whole subtree), approved or not, one day (YYYYMMDD) or
 * month (YYYYMM), one activity type or tag: the entry count and a sum per indicator slot (NULL = 0).
 */
export type RollupSums = { [K in `s${number}`]?: number | string | null };
export type RollupRow<Period extends 'day' | 'month', Dim extends 'type_id' | 'tag_id'> = {
  anc_id: number;
  approved: number;
  n: number | string;
} & { [P in Period]: number } & { [D in Dim]: number } & RollupSums;

export interface TargetTable {
  id: Generated<number>;
  org_unit_id: number;
  year: number;
  indicator_id: number | null;
  type_id: number | null;
  period: string;
  /** Per period, scaled like the indicator (money in 分). */
  amount: number | string;
  applies_to: string;
  child_kind: string | null;
  note: string;
  active: number;
  version: number;
  created_by: number | null;
  created_at: string;
  updated_by: number | null;
  updated_at: string;
}

export interface ReportTable {
  id: Generated<number>;
  org_unit_id: number;
  title: string;
  kind: string;
  from_date: string;
  to_date: string;
  /** The report body (blocks, figures, options) as JSON. */
  body_json: string;
  version: number;
  /** How the current version came about; moves to report_version with its body. */
  version_note: string;
  created_by: number | null;
  created_at: string;
  updated_by: number | null;
  updated_at: string;
  archived_at: string | null;
}

/** Version N of a report as it was before version N+1 replaced it. */
export interface ReportVersionTable {
  id: Generated<number>;
  report_id: number;
  version: number;
  body_json: string;
  title: string;
  saved_by: number | null;
  saved_at: string;
  note: string;
}

/** A user template (自定义模板): its .docx is the file-store blob `sha256`. */
export interface ReportTemplateTable {
  id: Generated<number>;
  org_unit_id: number;
  name: string;
  filename: string;
  size: number;
  sha256: string;
  /** JSON array of the placeholders it uses, as written (宣讲场次:约数, #下级单位). */
  placeholders: string;
  /** JSON array of Chinese warnings about leftovers in the template's own text (第5段：「20XX年」…), as found at upload. */
  warnings: string;
  created_at: string;
  created_by: number | null;
  archived_at: string | null;
  archived_by: number | null;
}

export interface Database {
  org_kind: OrgKindTable;
  org_unit: OrgUnitTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  indicator: IndicatorTable;
  activity_type: ActivityTypeTable;
  activity_type_indicator: ActivityTypeIndicatorTable;
  tag: TagTable;
  campaign: CampaignTable;
  activity: ActivityTable;
  activity_measure: ActivityMeasureTable;
  activity_tag: ActivityTagTable;
  evidence: EvidenceTable;
  stat_day: RollupRow<'day', 'type_id'>;
  stat_month: RollupRow<'month', 'type_id'>;
  stat_tag_day: RollupRow<'day', 'tag_id'>;
  stat_tag_month: RollupRow<'month', 'tag_id'>;
  target: TargetTable;
  report: ReportTable;
  report_version: ReportVersionTable;
  report_template: ReportTemplateTable;
}

export type OrgUnitRow = Selectable<OrgUnitTable>;
export type NewOrgUnitRow = Insertable<OrgUnitTable>;
export type OrgUnitUpdate = Updateable<OrgUnitTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type OrgKindRow = Selectable<OrgKindTable>;
