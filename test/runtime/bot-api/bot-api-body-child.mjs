// Run by bot-api-bounds.test.ts (and by hand, for the figures) in a process of its own, so its
// peak RSS is this call's: one BotApiClient request to the server at argv[2], whose answer is
// hostile (a huge body, a gzip bomb). Prints one JSON line: the error, the peak RSS in MB and the
// milliseconds the call took. argv[3], when given, is the module to import the client from.
const from = process.argv[3] ?? "tl-invite";
const { BotApiClient } = await import(from);
const client = new BotApiClient({ token: "123456789:AAH-secret_token_value-XYZ", apiRoot: process.argv[2] });
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const outcome = await client.request("getMe").then(
  (result) => ({ resolved: typeof result === "string" ? `a string of ${result.length} characters` : typeof result }),
  (e) => ({ error: { name: e.name, message: e.message } }),
);
console.log(
  JSON.stringify({
    ...outcome,
    ms: Math.round(performance.now() - started),
    rssBeforeMB: Math.round(rssBefore / 2 ** 20),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
