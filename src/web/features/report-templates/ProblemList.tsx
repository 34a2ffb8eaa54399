import { Alert } from 'antd';

interface ProblemListProps {
  /** One sentence per problem, as the server wrote them (第3段：未知占位符…). */
  messages: readonly string[];
  /** What to do about them, shown as the alert's title. */
  title: string;
}

/** Every problem of a refused template, one per line, so none hides behind the first. */
export function ProblemList({ messages, title }: ProblemListProps) {
  if (messages.length === 0) return null;
  const heading = messages.length > 1 ? `${title}（共 ${messages.length} 处）` : title;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="template-problems"
      style={{ marginTop: 12 }}
      title={heading}
      description={
        <ol style={{ margin: '4px 0 0', paddingInlineStart: 20, overflowWrap: 'anywhere' }}>
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ol>
      }
    />
  );
}
