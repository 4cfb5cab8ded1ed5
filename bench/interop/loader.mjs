// A document loader with no network: the W3C contexts from the npm packages, OneWindow's licence context
// from the platform's own resources, did:key resolved from the key itself, and every other document
// (did:web DID documents, status list credentials) from files the caller names.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';

const here = path.dirname(fileURLToPath(import.meta.url));
const platformContexts = path.join(here, '../../platform/src/main/resources/licences/contexts');

const contexts = new Map([
  ...credentialsContext.contexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ['https://onewindow.io/ns/licences/v1',
    JSON.parse(readFileSync(path.join(platformContexts, 'onewindow-licences-v1.jsonld'), 'utf8'))],
  ['https://www.w3.org/ns/did/v1', {'@context': {'@protected': true, id: '@id', type: '@type'}}]
]);

export function didKeyDocument(did) {
  const multibase = did.slice('did:key:'.length);
  const id = `${did}#${multibase}`;
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{id, type: 'Multikey', controller: did, publicKeyMultibase: multibase}],
    assertionMethod: [id],
    authentication: [id]
  };
}

export function makeLoader(files = {}) {
  const documents = new Map(Object.entries(files).map(([url, file]) => [url, JSON.parse(readFileSync(file, 'utf8'))]));
  return async url => {
    if(contexts.has(url)) {
      return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
    }
    const [base, fragment] = url.split('#');
    let document = documents.get(base);
    if(!document && base.startsWith('did:key:')) {
      document = didKeyDocument(base);
    }
    if(!document) {
      throw new Error(`not available offline: ${url}`);
    }
    if(fragment) {
      const method = (document.verificationMethod || []).find(m => m.id === url);
      if(!method) {
        throw new Error(`no verification method ${url}`);
      }
      return {contextUrl: null, documentUrl: url,
        document: {'@context': 'https://w3id.org/security/multikey/v1', ...method}};
    }
    return {contextUrl: null, documentUrl: url, document};
  };
}
