/** Loading and, in dev mode, generating the platform's signing keys. */
package io.onewindow.runtime.keys;
