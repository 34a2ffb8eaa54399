import '../../server/bootstrap.js';

export async function serve(): Promise<void> {
  await import('../../server/serve.js');
}
