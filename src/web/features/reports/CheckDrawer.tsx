import { Alert, Button, Drawer } from 'antd';
import { useState } from 'react';
import type { CheckResult } from '../../../contracts/report.contract.js';
import { FindingPanel } from '../report-check/FindingPanel.js';

interface CheckDrawerProps {
  result: CheckResult;
  /** The block holding the i-th finding, if it can be found. */
  blockOf: (index: number) => string | undefined;
  compact: boolean;
  checking: boolean;
  onLocate: (blockId: string) => void;
  onRecheck: () => void;
  onClose: () => void;
}

/** 材料体检 of the report as it is on screen, findings grouped as on the 材料体检 page; a pick leads to its paragraph. */
export function CheckDrawer({ result, blockOf, compact, checking, onLocate, onRecheck, onClose }: CheckDrawerProps) {
  const [active, setActive] = useState<number | undefined>(undefined);
  return (
    <Drawer
      open
      title="材料体检"
      onClose={onClose}
      size={compact ? '100%' : 440}
      mask={false}
      extra={
        <Button size="small" loading={checking} onClick={onRecheck}>
          重新检查
        </Button>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="检查的是本页当前的文字（含未保存的修改）；点击条目定位到所在段落。" />
      <FindingPanel
        result={result}
        active={active}
        onPick={(index) => {
          setActive(index);
          const blockId = blockOf(index);
          if (blockId) onLocate(blockId);
        }}
      />
    </Drawer>
  );
}
