// Parses each AsyncAPI document from its URL, as an integrator's tooling reads it (every $ref resolved
// over HTTP), and prints one line per document: errors, other diagnostics. Exits 1 if any has an error.
import { Parser, fromURL } from '@asyncapi/parser';

const parser = new Parser();
let failed = 0;
for (const url of process.argv.slice(2)) {
  const { document, diagnostics } = await fromURL(parser, url).parse();
  const errors = diagnostics.filter((d) => d.severity === 0);
  console.log(`${url}: ${errors.length} errors, ${diagnostics.length - errors.length} other diagnostics`
    + (document ? '' : ', not parsed'));
  for (const e of errors) {
    console.log(`  error ${e.code}: ${e.message} at ${JSON.stringify(e.path)}`);
  }
  if (errors.length > 0 || !document) {
    failed++;
  }
}
process.exit(failed ? 1 : 0);
