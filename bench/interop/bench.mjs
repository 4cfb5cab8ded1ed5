// Verification rate of Digital Bazaar's implementation on one core (node runs JavaScript on one thread).
//   node bench.mjs <request.json>
// request.json: {"documents": {"<url or DID>": "<file>"}, "credentials": "<file with a JSON array>", "seconds": 10}
// Prints {"verified": n, "failed": n, "seconds": s, "cpuSeconds": c, "perSecond": r, "perCpuSecond": r}.
import {readFileSync} from 'node:fs';
import {verify} from './interop.mjs';
import {makeLoader} from './loader.mjs';

const request = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const documentLoader = makeLoader(request.documents || {});
const credentials = JSON.parse(readFileSync(request.credentials, 'utf8'));
// Warm-up in processor time, as the Java side's: 3 s of it, a minute of wall clock at most.
const processorSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const warmCpu = processorSeconds() + 3;
const warmWall = Date.now() + 60000;
for(let i = 0; processorSeconds() < warmCpu && Date.now() < warmWall; i++) {
  await verify(credentials[i % credentials.length], documentLoader);
}
let verified = 0;
let failed = 0;
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
const end = Date.now() + (request.seconds || 10) * 1000;
for(let i = 0; Date.now() < end; i++) {
  const result = await verify(credentials[i % credentials.length], documentLoader);
  result.verified ? verified++ : failed++;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// perCpuSecond: the rate per second of processor time, what one core fully had would do (the machine is shared).
console.log(JSON.stringify({verified, failed, seconds, cpuSeconds, perSecond: (verified + failed) / seconds,
  perCpuSecond: (verified + failed) / cpuSeconds}));
