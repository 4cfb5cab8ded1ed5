/**
 * Runtime: how the platform runs. Dev mode (the default) starts an embedded PostgreSQL under the data
 * directory and seeds every module's {@link io.onewindow.runtime.DemoData} once; production mode takes an
 * external database from {@code onewindow.db.*} and refuses to start when something it needs is missing,
 * naming each missing key. Owns one table, {@code runtime.demo_data}: which demo data has been seeded. Also the
 * caches a node keeps of the database between requests ({@link io.onewindow.runtime.NodeCaches}), emptied on every node
 * when PostgreSQL notifies a change; the trigger function that tells it is a root migration, used by the modules'
 * tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Runtime")
package io.onewindow.runtime;
