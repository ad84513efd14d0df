// Size-budget entry: the smallest useful program with @docrun/extend (create the client, list once).
import { createExtendClient } from "@docrun/extend";

const client = createExtendClient();
client.workflowRuns
  .list()
  .toArray({ limit: 10 })
  .then((items) => console.log(items));
