import { Form, InputNumber, Typography } from 'antd';
import type { Indicator, ActivityType } from '../../../contracts/catalogue.contract.js';
import { MEASURE_MAX } from '../../../contracts/ledger.contract.js';
import { measurePrecision } from '../../components/format-measure.js';

interface MeasureFieldsProps {
  type: ActivityType | undefined;
  indicatorById: ReadonlyMap<number, Indicator>;
}

/** One number input per indicator of the chosen type, with its unit; money is entered in 元. */
export function MeasureFields({ type, indicatorById }: MeasureFieldsProps) {
  if (!type) return <Typography.Text type="secondary">选择活动类型后，在此填写该类活动的统计指标。</Typography.Text>;
  if (type.indicators.length === 0) return <Typography.Text type="secondary">「{type.name}」没有需要填写的统计指标。</Typography.Text>;

  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', columnGap: 16 }}>
      {type.indicators.map(({ indicatorId, code, required }) => {
        const indicator = indicatorById.get(indicatorId);
        const name = indicator?.name ?? code;
        const valueKind = indicator?.valueKind ?? 'decimal';
        const unit = valueKind === 'money' ? '元' : (indicator?.unit ?? '');
        const precision = measurePrecision(valueKind);
        return (
          <Form.Item
            key={code}
            name={['measures', code]}
            label={name}
            // The server wants required figures on drafts too: an entry is recorded complete or not at all.
            rules={[{ required, message: `请填写${name}` }]}
          >
            <InputNumber<number>
              min={0}
              max={MEASURE_MAX}
              precision={precision}
              suffix={unit}
              inputMode={precision === 0 ? 'numeric' : 'decimal'}
              placeholder={valueKind === 'money' ? '金额' : '数量'}
              style={{ width: '100%' }}
            />
          </Form.Item>
        );
      })}
    </div>
  );
}
