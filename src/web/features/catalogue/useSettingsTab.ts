import { App } from 'antd';
import { useState } from 'react';
import { useBusyAction } from '../../api/useBusyAction.js';

/** What every catalogue entry has, and all that switching it on or off needs. */
export interface CatalogueEntry {
  id: number;
  name: string;
  active: boolean;
}

/**
 * What each settings tab keeps: which form is open (`Editing` says for what), and 停用/启用 one entry at
 * a time through `setActive`. After either, the page reloads the catalogue through `onChanged`.
 */
export function useSettingsTab<Editing>(setActive: (id: number, body: { active: boolean }) => Promise<void>, onChanged: () => void) {
  const { message } = App.useApp();
  const { working, run } = useBusyAction();
  const [editing, setEditing] = useState<Editing | undefined>(undefined);

  const toggle = (entry: CatalogueEntry, active: boolean) =>
    run(async () => {
      await setActive(entry.id, { active });
      message.success(active ? `已启用「${entry.name}」` : `已停用「${entry.name}」`);
      onChanged();
    });

  /** The form's onSaved: close it, say so, reload. */
  const saved = () => {
    setEditing(undefined);
    message.success('已保存');
    onChanged();
  };

  return { working, toggle, editing, setEditing, saved };
}
