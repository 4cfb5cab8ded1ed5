/**
 * Runtime: how the platform runs. Dev mode (the default) starts an embedded PostgreSQL under the data
 * directory; production mode takes an external database from {@code onewindow.db.*} and refuses to start
 * when something it needs is missing, naming each missing key. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Runtime")
package io.onewindow.runtime;
