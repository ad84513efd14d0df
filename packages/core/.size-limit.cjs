// What a provider package pulls in from core (openapi-fetch not counted: it is the provider's own
// dependency). `pnpm exec size-limit` in packages/core measures it, minified + gzipped.
module.exports = [
  {
    name: "core as one provider imports it",
    path: "dist/index.js",
    import: "{ createApiClient, unwrap, paginateToken, poll, verifyWebhook }",
    ignore: ["openapi-fetch"],
    gzip: true,
    limit: "5 kB",
  },
];
