import { Alert, Button, Card, Result, Skeleton } from 'antd';
import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import { describeError } from '../../api/api-error.js';
import { getActivity } from '../../api/ledger.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useCatalogue } from '../../api/useCatalogue.js';
import { NotFoundPage } from '../../app/NotFoundPage.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ActivityForm } from './ActivityForm.js';

/** `/ledger/new` and `/ledger/:id/edit`: waits for the catalogue (and the entry), then shows the form. */
export default function ActivityFormPage() {
  const navigate = useNavigate();
  const { id } = useParams();
  const activityId = id === undefined ? undefined : Number(id);
  const catalogue = useCatalogue();
  const load = useCallback((signal: AbortSignal) => (activityId === undefined ? Promise.resolve(undefined) : getActivity(activityId, signal)), [activityId]);
  const entry = useApiQuery(load);

  if (activityId !== undefined && !(Number.isInteger(activityId) && activityId > 0)) return <NotFoundPage />;
  const title = activityId === undefined ? '登记活动' : '编辑活动';
  const error = entry.error ?? catalogue.error;

  let body;
  if (error !== undefined && (!catalogue.index || (activityId !== undefined && !entry.data))) {
    body = <Alert type="error" showIcon title={describeError(error)} />;
  } else if (!catalogue.index || (activityId !== undefined && (!entry.data || entry.loading))) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  } else if (entry.data && !entry.data.allowed.edit) {
    body = (
      <Result
        status="warning"
        title="该活动当前不能编辑"
        subTitle="已提交或已通过的活动不能修改；如需修改，请联系审核人员退回或重新打开。"
        extra={<Button onClick={() => navigate(`/ledger/${entry.data?.id}`)}>查看活动</Button>}
      />
    );
  } else {
    // A reload after a conflict brings a new version; remounting starts the form from it.
    body = <ActivityForm key={entry.data?.version ?? 'new'} activity={entry.data} index={catalogue.index} onReload={entry.reload} />;
  }

  return (
    <div>
      <PageHeader title={title} />
      {body}
    </div>
  );
}
