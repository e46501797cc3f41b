// `npm start`: the playground on PORT (8080) over WORKBOOK (crm.xlsx), created with demo data
// when missing. A module of its own, so bundling the playground elsewhere never starts it.
import * as path from 'node:path';
import { startPlayground } from './playground';

const workbook = path.resolve(process.env.WORKBOOK ?? 'crm.xlsx');
const port = Number(process.env.PORT ?? 8080);
startPlayground({ workbook, port, user: process.env.LEMBAR_USER }).then(
  ({ url, workspace }) => {
    console.log(`Lembar CRM playground on ${url} (workbook: ${workbook}). Ctrl+C to stop.`);
    // What the last call changed is written before the process goes.
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => {
        workspace.flush().finally(() => process.exit(0));
      });
  },
  (e: Error) => {
    console.error(`playground: ${e.message}`);
    process.exit(2);
  },
);
