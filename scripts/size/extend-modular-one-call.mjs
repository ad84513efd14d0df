// Size-budget entry: one call through a single generated resource (createExtendContext + the one
// resource factory), the form whose size must not grow as the spec covers more operations.
import { createExtendContext, createWorkflowRuns } from "@docrun/extend";

createWorkflowRuns(createExtendContext())
  .list()
  .toArray({ limit: 10 })
  .then((items) => console.log(items));
