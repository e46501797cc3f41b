// `npm start`: the playground on PORT (8080) over WORKBOOK (crm.xlsx), created with demo data
// when missing. A module of its own, so bundling the playground elsewhere never starts it.
import * as path from 'node:path';
import { startPlayground } from './playground';

const workbook = path.resolve(process.env.WORKBOOK ?? 'crm.xlsx');
const port = Number(process.env.PORT ?? 8080);
startPlayground({ workbook, port, user: process.env.LEMBAR_USER }).then(
  ({ url, close }) => {
    console.log(`Lembar CRM playground on ${url} (workbook: ${workbook}). Ctrl+C to stop.`);
    // Ctrl+C, or a kill of `npm start` (npm passes SIGINT and SIGTERM on to this process): the
    // port is let go at once and what the answered calls changed is written before the process
    // goes. Every signal waits for the same stop, since Ctrl+C under npm arrives twice (from the
    // terminal and from npm) and a second one must not cut the save short.
    let stopping = false;
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => {
        if (!stopping) console.log('Stopping: saving what the calls changed…');
        stopping = true;
        close().then(
          () => process.exit(0),
          (e: Error) => {
            console.error(`playground: ${e.message}`);
            process.exit(1);
          },
        );
      });
  },
  (e: Error) => {
    console.error(`playground: ${e.message}`);
    process.exit(2);
  },
);
