// Checks a OneWindow receipt in the browser, trusting nothing the server says about it: the RFC 9162
// inclusion proof of the record's entry against the checkpoint's root (§2.1.3.2), and the checkpoint's
// Ed25519 signature (C2SP signed-note) with the log's verifier key. The page works without this script;
// with it, the reader gets a second, independent opinion.
(function () {
  'use strict';
  var box = document.getElementById('receipt-check');
  if (!box || !window.crypto || !window.crypto.subtle) {
    return;
  }
  var data = box.dataset;

  function bytes(base64) {
    return Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); });
  }
  function concat(parts) {
    var length = parts.reduce(function (n, p) { return n + p.length; }, 0);
    var out = new Uint8Array(length);
    var offset = 0;
    parts.forEach(function (p) { out.set(p, offset); offset += p.length; });
    return out;
  }
  function sha256(parts) {
    return crypto.subtle.digest('SHA-256', concat(parts)).then(function (d) { return new Uint8Array(d); });
  }
  function equal(a, b) {
    return a.length === b.length && a.every(function (x, i) { return x === b[i]; });
  }

  function rootFromProof(index, size, leaf, proof) {
    if (index >= size) {
      return Promise.reject(new Error('index'));
    }
    var fn = index, sn = size - 1, step = Promise.resolve(leaf);
    proof.forEach(function (p) {
      step = step.then(function (r) {
        if (sn === 0) {
          throw new Error('proof too long');
        }
        var next;
        if (fn % 2 === 1 || fn === sn) {
          next = sha256([new Uint8Array([1]), p, r]);
          if (fn % 2 === 0) {
            while (fn % 2 === 0 && fn !== 0) {
              fn = Math.floor(fn / 2);
              sn = Math.floor(sn / 2);
            }
          }
        } else {
          next = sha256([new Uint8Array([1]), r, p]);
        }
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
        return next;
      });
    });
    return step.then(function (r) {
      if (sn !== 0) {
        throw new Error('proof too short');
      }
      return r;
    });
  }

  function checkSignature(note, vkey) {
    // <name>+<8 hex digits of key id>+<base64 of type byte and key>; the base64 may itself contain '+'.
    var first = vkey.indexOf('+');
    var name = vkey.substring(0, first);
    var keyId = vkey.substring(first + 1, first + 9);
    var typed = bytes(vkey.substring(first + 10).trim());
    var split = note.indexOf('\n\n');
    var text = new TextEncoder().encode(note.substring(0, split + 1));
    var lines = note.substring(split + 2).split('\n');
    var signature = null;
    lines.forEach(function (line) {
      var prefix = '\u2014 ' + name + ' ';
      if (line.indexOf(prefix) === 0) {
        var raw = bytes(line.substring(prefix.length));
        var id = Array.from(raw.slice(0, 4)).map(function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
        if (id === keyId) {
          signature = raw.slice(4);
        }
      }
    });
    if (!signature || typed[0] !== 1) {
      return Promise.resolve(false);
    }
    return crypto.subtle.importKey('raw', typed.slice(1), { name: 'Ed25519' }, false, ['verify'])
      .then(function (key) { return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, text); });
  }

  var note = data.checkpoint;
  var body = note.substring(0, note.indexOf('\n\n')).split('\n');
  var size = Number(body[1]);
  var root = bytes(body[2]);
  var proof = data.proof ? data.proof.split(',').map(bytes) : [];

  sha256([new Uint8Array([0]), bytes(data.recordHash)])
    .then(function (leaf) { return rootFromProof(Number(data.leafIndex), size, leaf, proof); })
    .then(function (computed) {
      if (!equal(computed, root) || size !== Number(data.treeSize)) {
        return 'proof';
      }
      return checkSignature(note, data.vkey).then(function (ok) { return ok ? 'ok' : 'signature'; });
    })
    .catch(function (e) {
      box.dataset.error = String(e && e.message || e);
      return 'error';
    })
    .then(function (outcome) {
      box.dataset.outcome = outcome;
      box.textContent = outcome === 'ok' ? data.ok : outcome === 'proof' ? data.failedProof
          : outcome === 'signature' ? data.failedSignature : data.failedError;
      box.className = outcome === 'ok' ? 'notice success' : 'notice warning';
    });
})();
