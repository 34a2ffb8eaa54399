import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown, Popconfirm, Select, Tooltip } from 'antd';
import type { Block } from '../../../contracts/report.contract.js';
import { LEVEL_OPTIONS } from './report-labels.js';
import { levelOf, type HeadingLevel } from './report-view.js';
import styles from './ReportEditor.module.css';

export interface BlockActions {
  move: (delta: -1 | 1) => void;
  remove: () => void;
  addAfter: (type: 'paragraph' | 'heading', level?: HeadingLevel) => void;
  setLevel: (level: HeadingLevel) => void;
}

interface BlockToolsProps {
  block: Block;
  canMoveUp: boolean;
  canMoveDown: boolean;
  actions: BlockActions;
}

const ADD_ITEMS = [
  { key: 'paragraph', label: '段落' },
  { key: 'heading-1', label: '一级标题 一、' },
  { key: 'heading-2', label: '二级标题（一）' },
  { key: 'heading-3', label: '三级标题 1.' },
  { key: 'heading-4', label: '四级标题（1）' },
];

/** The selected block's tools: heading level, move, add below, delete. The title stays where it is. */
export function BlockTools({ block, canMoveUp, canMoveDown, actions }: BlockToolsProps) {
  const movable = block.type !== 'title';
  const empty = block.inlines.length === 0 && block.type !== 'chart';
  const remove = <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除本段" onClick={empty ? actions.remove : undefined} />;
  return (
    // Clicks on the tools must not reach the block, which would reopen its editor.
    <div className={styles.tools} onClick={(e) => e.stopPropagation()} data-testid="block-tools">
      {block.type === 'heading' && (
        <Select<HeadingLevel>
          size="small"
          aria-label="标题层级"
          value={levelOf(block)}
          onChange={actions.setLevel}
          options={LEVEL_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
          style={{ width: 112 }}
          variant="borderless"
        />
      )}
      {movable && (
        <>
          <Tooltip title="上移">
            <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label="上移" disabled={!canMoveUp} onClick={() => actions.move(-1)} />
          </Tooltip>
          <Tooltip title="下移">
            <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label="下移" disabled={!canMoveDown} onClick={() => actions.move(1)} />
          </Tooltip>
        </>
      )}
      <Dropdown
        trigger={['click']}
        menu={{
          items: ADD_ITEMS,
          onClick: ({ key }) => (key === 'paragraph' ? actions.addAfter('paragraph') : actions.addAfter('heading', Number(key.slice(-1)) as HeadingLevel)),
        }}
      >
        <Button size="small" type="text" icon={<PlusOutlined />}>
          在下方添加
        </Button>
      </Dropdown>
      {movable &&
        (empty ? (
          remove
        ) : (
          <Popconfirm
            title="删除这一段？"
            description="删除后可在「版本」中找回已保存的内容。"
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={actions.remove}
          >
            {remove}
          </Popconfirm>
        ))}
    </div>
  );
}
