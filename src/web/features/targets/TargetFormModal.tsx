import { Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { TARGET_PERIOD_LABELS, TARGET_PERIODS, type Target } from '../../../contracts/target.contract.js';
import type { CatalogueIndex } from '../../api/catalogue-index.js';
import { createTarget, updateTarget } from '../../api/targets.api.js';
import { useFormSubmit } from '../../api/useFormSubmit.js';
import { useOrgKinds } from '../../api/useOrgKinds.js';
import { measurePrecision } from '../../components/format-measure.js';
import { TargetTypeSelect } from './TargetTypeSelect.js';
import { initialTargetValues, toCreateBody, toUpdateBody, type TargetFormValues } from './target-form-values.js';
import { amountKindOf, scopeLabel, targetTypeTree, treeOffers, yearChoices } from './targets-view.js';

interface TargetFormModalProps {
  /** The unit a new target is set for (the page's unit). */
  org: { id: number; name: string };
  year: number;
  thisYear: number;
  catalogue: CatalogueIndex;
  /** Absent to set a new target. */
  target?: Target;
  onClose: () => void;
  onSaved: () => void;
}

const PERIOD_OPTIONS = TARGET_PERIODS.map((p) => ({ value: p, label: TARGET_PERIOD_LABELS[p] }));
const METHOD_OPTIONS = [
  { value: 'indicator', label: '按指标合计' },
  { value: 'entries', label: '按活动数' },
];
const SCOPE_OPTIONS = [
  { value: 'self', label: '本单位' },
  { value: 'descendants', label: '下级单位' },
];
// What the server calls an entry count's unit (target.messages.ts).
const ENTRIES_UNIT = '次';

/** 新增目标 and 修改目标. What is counted, for whom and in which year are fixed once set; goal, period and note are not. */
export function TargetFormModal({ org, year, thisYear, catalogue, target, onClose, onSaved }: TargetFormModalProps) {
  const [form] = Form.useForm<TargetFormValues>();
  const { kinds, labelOf } = useOrgKinds();
  const method = Form.useWatch('method', form) ?? (target?.indicatorCode === null ? 'entries' : 'indicator');
  const indicatorCode = Form.useWatch('indicatorCode', form) ?? target?.indicatorCode ?? undefined;
  const appliesTo = Form.useWatch('appliesTo', form) ?? target?.appliesTo;
  const initialValues = useMemo(() => initialTargetValues(year, target), [year, target]);

  const indicator = method === 'indicator' && indicatorCode ? catalogue.indicatorByCode.get(indicatorCode) : undefined;
  // What the goal is measured in: the target's own figure when editing, else what the form has chosen so far.
  const measured = target ?? { indicatorCode: indicator?.code ?? null, unit: method === 'entries' ? ENTRIES_UNIT : (indicator?.unit ?? '') };
  const valueKind = amountKindOf(measured, catalogue.indicatorByCode);
  const unit = valueKind === 'money' ? '元' : measured.unit;
  const precision = measurePrecision(valueKind);
  const typeTree = useMemo(() => targetTypeTree(catalogue.categories, indicator?.id), [catalogue.categories, indicator?.id]);
  const indicatorOptions = useMemo(
    () =>
      [...catalogue.catalogue.indicators]
        .filter((i) => i.active)
        .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
        .map((i) => ({ value: i.code, label: `${i.name}（${i.valueKind === 'money' ? '元' : i.unit}）` })),
    [catalogue.catalogue.indicators],
  );

  const { saving, submit } = useFormSubmit(form, async (values) => {
    if (target) await updateTarget(target.id, toUpdateBody(target, values));
    else await createTarget(toCreateBody(org.id, values));
    onSaved();
  });

  // A type that does not record the newly chosen indicator would make an empty target; let it go.
  const onValuesChange = (changed: Partial<TargetFormValues>) => {
    if (!('indicatorCode' in changed) && !('method' in changed)) return;
    const values = form.getFieldsValue(true) as TargetFormValues;
    const chosen = values.method === 'indicator' && values.indicatorCode ? catalogue.indicatorByCode.get(values.indicatorCode) : undefined;
    if (values.typeId != null && !treeOffers(targetTypeTree(catalogue.categories, chosen?.id), values.typeId)) form.setFieldValue('typeId', null);
  };

  return (
    <Modal
      open
      title={target ? '修改目标' : '新增目标'}
      okText="保存"
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      mask={{ closable: false }}
      width={640}
    >
      <Form<TargetFormValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        style={{ marginTop: 16 }}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
      >
        {target ? (
          <Typography.Paragraph type="secondary">
            {target.year}年 · {target.metricLabel} · {scopeLabel(target, labelOf)}（{target.orgName}
            设定）。年度、统计内容和适用范围设定后不能修改，如需调整请停用后新增。
          </Typography.Paragraph>
        ) : (
          <>
            <Typography.Paragraph type="secondary">设定单位：{org.name}</Typography.Paragraph>
            <Row gutter={16}>
              <Col xs={24} sm={8}>
                <Form.Item name="year" label="年度" rules={[{ required: true, message: '请选择年度' }]}>
                  <Select options={yearChoices(thisYear, year).map((y) => ({ value: y, label: `${y}年` }))} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={16}>
                <Form.Item name="method" label="统计方式" rules={[{ required: true }]}>
                  <Radio.Group optionType="button" options={METHOD_OPTIONS} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              {method === 'indicator' && (
                <Col xs={24} sm={12}>
                  <Form.Item name="indicatorCode" label="指标" rules={[{ required: true, message: '请选择指标' }]}>
                    <Select showSearch={{ optionFilterProp: 'label' }} placeholder="选择要合计的指标" options={indicatorOptions} />
                  </Form.Item>
                </Col>
              )}
              <Col xs={24} sm={method === 'indicator' ? 12 : 24}>
                <Form.Item
                  name="typeId"
                  label="活动类型"
                  extra={method === 'indicator' ? '不选则合计全部类型' : '选择类别即统计其下全部类型'}
                  rules={[{ required: method === 'entries', message: '按活动数计的目标须指定活动类型' }]}
                >
                  <TargetTypeSelect treeData={typeTree} placeholder={method === 'indicator' ? '全部类型' : '选择活动类型'} />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={14}>
            <Form.Item name="period" label="周期" extra="按季度、月设定时，每一期都须达到目标值" rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={PERIOD_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="amount" label="每期目标值" rules={[{ required: true, message: '请输入目标值' }]}>
              <InputNumber<number>
                min={precision === 0 ? 1 : 0.01}
                max={1_000_000_000_000}
                precision={precision}
                suffix={unit}
                inputMode={precision === 0 ? 'numeric' : 'decimal'}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        {!target && (
          <Row gutter={16}>
            <Col xs={24} sm={appliesTo === 'descendants' ? 10 : 24}>
              <Form.Item
                name="appliesTo"
                label="适用范围"
                extra={appliesTo === 'descendants' ? '每个下级单位分别考核' : '按本单位及全部下级合计考核'}
                rules={[{ required: true }]}
              >
                <Radio.Group optionType="button" options={SCOPE_OPTIONS} />
              </Form.Item>
            </Col>
            {appliesTo === 'descendants' && (
              <Col xs={24} sm={14}>
                <Form.Item name="childKind" label="下级单位类型" extra="不选则适用于全部下级单位">
                  <Select allowClear placeholder="全部下级单位" options={kinds.map((k) => ({ value: k.code, label: k.name }))} />
                </Form.Item>
              </Col>
            )}
          </Row>
        )}
        <Form.Item name="note" label="说明">
          <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 4 }} placeholder="如：依据《2025年民族团结进步创建工作要点》" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
