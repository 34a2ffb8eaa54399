import { ACTIVITY_IMPORT_TEMPLATE_URL, importActivities } from '../../api/ledger.api.js';
import { ImportWizardModal } from '../../components/ImportWizardModal.js';
import { ImportPreviewTable } from './ImportPreviewTable.js';

interface ImportActivitiesModalProps {
  onClose: () => void;
  /** Called when the user leaves the finished import, so the list can reload. */
  onDone: () => void;
}

/**
 * 导入台账: the import wizard for the ledger sheet. Imported entries are drafts unless the user chooses
 * to submit them; submitting checks more (required figures), so that choice is part of the check.
 */
export function ImportActivitiesModal({ onClose, onDone }: ImportActivitiesModalProps) {
  return (
    <ImportWizardModal
      title="导入活动台账"
      width={880}
      intro="请在导入模板中填写，每行一条活动，不要修改表头；单位、活动类型须与系统中的名称一致，各项指标填数字，金额以元为单位。任何一行有误，整个文件都不会导入。"
      templateUrl={ACTIVITY_IMPORT_TEMPLATE_URL}
      templateLabel="下载导入模板（.xlsx）"
      templateStep
      accept=".xlsx"
      uploadText="点击或拖入填好的 .xlsx 文件，选好后自动校验"
      maxFileMb={20}
      columnWidth={110}
      optionLabel="导入后直接提交审核（不勾选则保存为草稿）"
      send={(file, dryRun, submit) => importActivities(file, { dryRun, submit })}
      validText={(result, submit) => `校验通过：共 ${result.rows} 行，确认后将新增 ${result.rows} 条活动${submit ? '并提交审核' : '（草稿）'}。`}
      preview={(result) => <ImportPreviewTable result={result} />}
      emptyText="文件中没有活动数据，请填写后重新选择。"
      doneText={(result, submit) => ({
        title: `已导入 ${result.created} 条活动`,
        subTitle: submit ? '已全部提交审核。' : '导入的活动为草稿，可在台账中补充照片、签到表等佐证材料后提交审核。',
      })}
      onClose={onClose}
      onImported={onDone}
    />
  );
}
