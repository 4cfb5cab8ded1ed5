// Verification rate of Digital Bazaar's implementation on one core (node runs JavaScript on one thread).
//   node bench.mjs <request.json>
// request.json: {"documents": {"<url or DID>": "<file>"}, "credentials": "<file with a JSON array>", "seconds": 10}
// Prints {"verified": n, "failed": n, "seconds": s, "perSecond": r}.
import {readFileSync} from 'node:fs';
import {verify} from './interop.mjs';
import {makeLoader} from './loader.mjs';

const request = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const documentLoader = makeLoader(request.documents || {});
const credentials = JSON.parse(readFileSync(request.credentials, 'utf8'));
const warmUntil = Date.now() + 2000;
for(let i = 0; Date.now() < warmUntil; i++) {
  await verify(credentials[i % credentials.length], documentLoader);
}
let verified = 0;
let failed = 0;
const start = process.hrtime.bigint();
const end = Date.now() + (request.seconds || 10) * 1000;
for(let i = 0; Date.now() < end; i++) {
  const result = await verify(credentials[i % credentials.length], documentLoader);
  result.verified ? verified++ : failed++;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({verified, failed, seconds, perSecond: (verified + failed) / seconds}));
