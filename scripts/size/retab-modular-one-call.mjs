// Size-budget entry: one call through a single generated resource (createRetabContext + the one
// resource factory), the form whose size must not grow as the spec covers more operations.
import { createRetabContext, createWorkflows } from "@docrun/retab";

createWorkflows(createRetabContext())
  .list()
  .toArray({ limit: 10 })
  .then((items) => console.log(items));
