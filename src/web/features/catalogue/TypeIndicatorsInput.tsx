import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Select, Typography } from 'antd';
import type { Indicator } from '../../../contracts/catalogue.contract.js';

export interface TypeIndicatorChoice {
  indicatorId: number;
  required: boolean;
}

interface TypeIndicatorsInputProps {
  id?: string;
  indicators: readonly Indicator[];
  value?: TypeIndicatorChoice[];
  onChange?: (value: TypeIndicatorChoice[]) => void;
}

const MAX_INDICATORS = 30;

/** The figures a type asks for, in the order the entry form shows them, each optional or 必填. */
export function TypeIndicatorsInput({ id, indicators, value = [], onChange }: TypeIndicatorsInputProps) {
  const chosen = new Set(value.map((v) => v.indicatorId));
  const set = (index: number, patch: Partial<TypeIndicatorChoice>) => onChange?.(value.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  const remaining = indicators.filter((i) => i.active && !chosen.has(i.id));
  const label = (indicator: Indicator) =>
    `${indicator.name}（${indicator.valueKind === 'money' ? '元' : indicator.unit}）${indicator.active ? '' : ' · 已停用'}`;

  return (
    <div id={id} style={{ display: 'grid', gap: 8 }}>
      {value.length === 0 && <Typography.Text type="secondary">尚未选择指标：该类活动登记时不填写数字。</Typography.Text>}
      {value.map((choice, index) => (
        <div key={choice.indicatorId} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <Select<number>
            value={choice.indicatorId}
            onChange={(indicatorId) => set(index, { indicatorId })}
            options={indicators.filter((i) => i.id === choice.indicatorId || (i.active && !chosen.has(i.id))).map((i) => ({ value: i.id, label: label(i) }))}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ flex: 1, minWidth: 0 }}
          />
          <Checkbox checked={choice.required} onChange={(e) => set(index, { required: e.target.checked })} style={{ whiteSpace: 'nowrap' }}>
            必填
          </Checkbox>
          <Button type="text" danger icon={<DeleteOutlined />} aria-label="移除指标" onClick={() => onChange?.(value.filter((_, i) => i !== index))} />
        </div>
      ))}
      <Select<number>
        value={null}
        placeholder={
          <span>
            <PlusOutlined /> 添加指标
          </span>
        }
        options={remaining.map((i) => ({ value: i.id, label: label(i) }))}
        onChange={(indicatorId) => onChange?.([...value, { indicatorId, required: false }])}
        disabled={value.length >= MAX_INDICATORS || remaining.length === 0}
        showSearch={{ optionFilterProp: 'label' }}
        notFoundContent="没有可添加的指标"
      />
    </div>
  );
}
