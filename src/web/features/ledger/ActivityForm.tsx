import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { TEXT_MAX, TITLE_MAX, type Activity } from '../../../contracts/ledger.contract.js';
import { ApiError } from '../../api/api-error.js';
import type { CatalogueIndex } from '../../api/catalogue-index.js';
import { updateEvidence } from '../../api/files.api.js';
import { createActivity, submitActivity, updateActivity } from '../../api/ledger.api.js';
import { useReportError } from '../../api/useReportError.js';
import { useMe } from '../../app/auth-context.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { activityFieldOf, initialFormValues, toCreateBody, toUpdateBody, type ActivityFormValues } from './activity-form-values.js';
import { DateOrRangeInput } from './DateOrRangeInput.js';
import { draftOfEvidence, evidenceChanges, type EvidenceDraft } from './evidence-draft.js';
import { EvidenceUploader } from './EvidenceUploader.js';
import { recallLastType, rememberLastType } from './last-type.js';
import { MeasureFields } from './MeasureFields.js';
import { TagPicker } from './TagPicker.js';
import { TypeSelect } from './TypeSelect.js';

type Intent = 'draft' | 'submit';

interface ActivityFormProps {
  /** Absent for a new entry. */
  activity: Activity | undefined;
  index: CatalogueIndex;
  /** Fetches the entry again, after someone else saved it meanwhile. */
  onReload: () => void;
}

const sectionStyle = { marginBottom: 16 };

/** 登记活动 and 编辑活动: the entry's facts, its figures for the chosen type, tags and evidence. */
export function ActivityForm({ activity, index, onReload }: ActivityFormProps) {
  const me = useMe();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const { message, modal } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<ActivityFormValues>();
  const [evidence, setEvidence] = useState<EvidenceDraft[]>(() => activity?.evidence.map(draftOfEvidence) ?? []);
  const [saving, setSaving] = useState<Intent | undefined>(undefined);
  const version = useRef(activity?.version ?? 0);
  // Read once: the form takes its initial values at mount only.
  const [lastTypeId] = useState(() => (activity ? undefined : recallLastType(me.user.id, (id) => index.typeById.get(id)?.active === true)));

  const typeId = Form.useWatch('typeId', form);
  const orgId = Form.useWatch('orgId', form);
  const type = typeId === undefined ? undefined : index.typeById.get(typeId);
  const canSubmit = !activity || activity.allowed.submit;

  const showStale = () =>
    modal.confirm({
      title: '该活动已被他人修改',
      content: '您开始编辑后，有人保存了这条活动。重新加载会显示最新内容，您在此页的修改将不会保留；如需保留，请先复制后再重新加载。',
      okText: '重新加载',
      cancelText: '留在此页',
      onOk: onReload,
    });

  const save = async (next: Intent) => {
    let values: ActivityFormValues;
    try {
      values = await form.validateFields();
    } catch (error) {
      const first = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      return;
    }
    if (evidence.some((d) => d.status === 'uploading')) {
      message.warning('还有文件正在上传，请稍候再保存');
      return;
    }
    if (evidence.some((d) => d.status === 'error')) {
      message.warning('有文件上传失败，请重新上传或移除后再保存');
      return;
    }
    const evidenceIds = evidence.flatMap((d) => (d.evidence ? [d.evidence.id] : []));
    const measureCodes = new Set(type?.indicators.map((i) => i.code));
    setSaving(next);
    try {
      for (const { id, ...change } of evidenceChanges(evidence)) await updateEvidence(id, change);
      let savedId: number;
      if (!activity) {
        savedId = (await createActivity(toCreateBody(values, type, evidenceIds, next === 'submit'))).id;
        rememberLastType(me.user.id, values.typeId);
      } else {
        version.current = (await updateActivity(activity.id, toUpdateBody(values, type, evidenceIds, version.current, activity))).version;
        if (next === 'submit') await submitActivity(activity.id);
        savedId = activity.id;
      }
      message.success(next === 'submit' ? '已提交审核' : activity ? '已保存' : '已保存草稿');
      navigate(`/ledger/${savedId}`, { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.problem.code === 'ACTIVITY_STALE') showStale();
      else reportError(error, form, (pointer) => activityFieldOf(pointer, measureCodes));
    } finally {
      setSaving(undefined);
    }
  };

  return (
    <Form<ActivityFormValues> form={form} layout="vertical" initialValues={initialFormValues(activity, me.org.id, lastTypeId)} style={{ maxWidth: 1040 }}>
      {activity?.status === 'returned' && activity.returnReason && (
        <Alert type="error" showIcon style={sectionStyle} title="该活动被退回，请按意见修改后重新提交" description={`退回原因：${activity.returnReason}`} />
      )}
      <Card title="基本信息" style={sectionStyle}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="orgId" label="登记单位" rules={[{ required: true, message: '请选择登记单位' }]}>
              <OrgTreeSelect placeholder="选择或搜索单位" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="typeId" label="活动类型" rules={[{ required: true, message: '请选择活动类型' }]}>
              <TypeSelect categories={index.categories} {...(activity && { current: { id: activity.typeId, name: activity.typeName } })} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="title" label="活动名称" rules={[{ required: true, whitespace: true, message: '请输入活动名称' }]}>
              <Input maxLength={TITLE_MAX} showCount placeholder="如：“中华民族一家亲”主题宣讲进村" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item name="dates" label="活动日期" rules={[{ required: true, message: '请选择活动日期' }]}>
              <DateOrRangeInput />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item name="place" label="地点">
              <Input maxLength={100} placeholder="如：东风村村委会会议室" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item name="organiser" label="组织者">
              <Input maxLength={100} placeholder="如：城关镇党委、东风村党支部" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="summary" label="内容摘要" style={{ marginBottom: 0 }}>
              <Input.TextArea maxLength={TEXT_MAX} showCount autoSize={{ minRows: 3, maxRows: 10 }} placeholder="活动的主要内容、参与对象和成效" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title="统计指标" extra={type?.name} style={sectionStyle} styles={{ body: { paddingBottom: type && type.indicators.length > 0 ? 0 : undefined } }}>
        <MeasureFields type={type} indicatorById={index.indicatorById} />
      </Card>

      <Card title="标签" style={sectionStyle}>
        <Form.Item name="tagIds" noStyle>
          <TagPicker tagsByKind={index.tagsByKind} />
        </Form.Item>
      </Card>

      <Card title="佐证材料" extra={evidence.length > 0 ? `${evidence.length} 个文件` : undefined} style={sectionStyle}>
        <EvidenceUploader items={evidence} setItems={setEvidence} orgId={orgId} />
      </Card>

      <div
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 5,
          margin: isMobile ? '0 -12px -12px' : '0 0 -24px',
          padding: isMobile ? '10px 12px' : '12px 0',
          background: 'rgba(245, 243, 241, 0.96)',
          borderTop: '1px solid #ece7e4',
        }}
      >
        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
          {!isMobile && <Button onClick={() => navigate(activity ? `/ledger/${activity.id}` : '/ledger')}>取消</Button>}
          <Button
            icon={<SaveOutlined />}
            loading={saving === 'draft'}
            disabled={saving !== undefined}
            onClick={() => void save('draft')}
            style={isMobile ? { flex: 1 } : undefined}
          >
            {activity && activity.status !== 'draft' ? '保存' : '保存草稿'}
          </Button>
          {canSubmit && (
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={saving === 'submit'}
              disabled={saving !== undefined}
              onClick={() => void save('submit')}
              style={isMobile ? { flex: 1 } : undefined}
            >
              提交审核
            </Button>
          )}
        </div>
      </div>
    </Form>
  );
}
