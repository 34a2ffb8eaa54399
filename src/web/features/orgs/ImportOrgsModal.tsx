import { Typography } from 'antd';
import { ORG_IMPORT_COLUMNS, type ImportOrgsResult } from '../../../contracts/org.contract.js';
import { importOrgs, ORG_IMPORT_TEMPLATE_URL } from '../../api/orgs.api.js';
import { ImportWizardModal } from '../../components/ImportWizardModal.js';

interface ImportOrgsModalProps {
  onClose: () => void;
  onImported: (result: ImportOrgsResult) => void;
}

/** 批量导入: the import wizard for the org sheet (.xlsx or .csv); the page hears of the result at once. */
export function ImportOrgsModal({ onClose, onImported }: ImportOrgsModalProps) {
  return (
    <ImportWizardModal
      title="批量导入组织机构"
      width={720}
      intro={
        <>
          表格依次为 <Typography.Text strong>{ORG_IMPORT_COLUMNS.join(' · ')}</Typography.Text> 四列，支持 .xlsx 和
          .csv。上级路径为用“/”分隔的名称链，上级也可以是同一文件中新建的单位。任何一行有误，整个文件都不会导入。
        </>
      }
      templateUrl={ORG_IMPORT_TEMPLATE_URL}
      templateLabel="下载导入模板"
      accept=".xlsx,.csv"
      uploadText="点击或拖入文件，选好后自动校验"
      columnWidth={96}
      send={(file, dryRun) => importOrgs(file, dryRun)}
      validText={(result) => `校验通过：共 ${result.rows} 行，确认后将新增 ${result.rows} 个单位。`}
      onClose={onClose}
      onImported={onImported}
    />
  );
}
