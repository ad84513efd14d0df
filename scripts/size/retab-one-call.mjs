// Size-budget entry: the smallest useful program with @docrun/retab (create the client, list once).
import { createRetabClient } from "@docrun/retab";

const client = createRetabClient();
client.workflowRuns
  .list()
  .toArray({ limit: 10 })
  .then((items) => console.log(items));
