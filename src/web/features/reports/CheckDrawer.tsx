import { Alert, Button, Drawer } from 'antd';
import { useState } from 'react';
import type { CheckResult } from '../../../contracts/report.contract.js';
import { FindingPanel } from '../report-check/FindingPanel.js';

/**
 * What was checked: the saved version, its figures against the ledger now (no unsaved changes), or
 * the text on screen with unsaved changes, whose figures the server cannot re-ask until saved.
 */
export type CheckScope = { kind: 'saved'; version: number } | { kind: 'screen' };

interface CheckDrawerProps {
  result: CheckResult;
  scope: CheckScope;
  /** The block holding the i-th finding, if it can be found. */
  blockOf: (index: number) => string | undefined;
  compact: boolean;
  checking: boolean;
  onLocate: (blockId: string) => void;
  onRecheck: () => void;
  onClose: () => void;
}

const SCOPE_NOTES = {
  saved: (version: number) => `检查的是已保存的第${version}版，数字已与台账最新数据逐一核对（不符的可点“刷新数据”更新）；点击条目定位到所在段落。`,
  screen: '检查的是本页当前的文字（含未保存的修改）；数字要在保存后才与台账核对。点击条目定位到所在段落。',
};

/** 材料体检 of the report, findings grouped as on the 材料体检 page; a pick leads to its paragraph. */
export function CheckDrawer({ result, scope, blockOf, compact, checking, onLocate, onRecheck, onClose }: CheckDrawerProps) {
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
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="check-scope"
        title={scope.kind === 'saved' ? SCOPE_NOTES.saved(scope.version) : SCOPE_NOTES.screen}
      />
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
