// Size-budget entry: the smallest useful program with @docrun/anyformat (create the client, list once).
import { createAnyformatClient } from "@docrun/anyformat";

const client = createAnyformatClient();
client.workflows
  .list()
  .toArray({ limit: 10 })
  .then((items) => console.log(items));
