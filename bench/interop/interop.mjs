// Interop with Digital Bazaar's VC 2.0 / Data Integrity implementation, both ways.
//   node interop.mjs <request.json>
// request.json: {
//   "documents": {"<url or DID>": "<file>", ...},   // DID documents, status list credentials
//   "verify": [{"name": "...", "file": "<credential file>"}, ...],
//   "issue": "<directory>"                           // optional: write a did:key credential and a tampered copy there
// }
// Prints {"verified": {"<name>": {"verified": bool, "error": "..."}}, "issued": [...]} on standard output.
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {checkStatus as checkBitstringStatus} from '@digitalbazaar/vc-bitstring-status-list';
import {makeLoader} from './loader.mjs';

// The status list library reports whether it could read the status; a set bit (revoked, suspended) is the
// caller's to refuse.
export async function checkStatus(options) {
  const result = await checkBitstringStatus(options);
  if(result.verified && result.results.some(r => r.status === true)) {
    const purposes = result.results.filter(r => r.status).map(r => r.credentialStatus.statusPurpose);
    return {verified: false, error: new Error(`status set: ${purposes.join(', ')}`), results: result.results};
  }
  return result;
}

export async function verify(credential, documentLoader) {
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
  const result = await vc.verifyCredential({credential, suite, documentLoader, checkStatus});
  const error = result.error || result.statusResult?.error;
  return {verified: result.verified, error: error ? String(error.errors?.[0]?.message || error.message || error) : undefined};
}

async function issue(directory, documentLoader) {
  const key = await Ed25519Multikey.generate();
  const did = `did:key:${key.publicKeyMultibase}`;
  key.controller = did;
  key.id = `${did}#${key.publicKeyMultibase}`;
  const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaRdfc2022});
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://onewindow.io/ns/licences/v1'],
    id: 'urn:uuid:5f1c1b5e-8d1e-4f3a-9a55-3f0c9f6d2a10',
    type: ['VerifiableCredential', 'LicenceCredential'],
    issuer: did,
    validFrom: '2026-01-01T00:00:00Z',
    credentialSubject: {
      licenceType: 'DRIVING_LICENCE',
      licenceTypeName: '机动车驾驶证',
      holderKind: 'PERSON',
      holderName: '王芳'
    }
  };
  const signed = await vc.issue({credential, suite, documentLoader});
  const tampered = structuredClone(signed);
  tampered.credentialSubject.holderName = '王芬';
  const files = [path.join(directory, 'db-issued.json'), path.join(directory, 'db-issued-tampered.json')];
  writeFileSync(files[0], JSON.stringify(signed, null, 2));
  writeFileSync(files[1], JSON.stringify(tampered, null, 2));
  return files;
}

// Run as a script; bench.mjs imports only the functions above.
if(process.argv[1]?.endsWith('interop.mjs')) {
  await main();
}

async function main() {
const request = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const documentLoader = makeLoader(request.documents || {});
const verified = {};
for(const {name, file} of request.verify || []) {
  try {
    verified[name] = await verify(JSON.parse(readFileSync(file, 'utf8')), documentLoader);
  } catch(e) {
    verified[name] = {verified: false, error: String(e.message || e)};
  }
}
const issued = request.issue ? await issue(request.issue, documentLoader) : [];
console.log(JSON.stringify({verified, issued}));
}
