package io.onewindow.runtime;

/**
 * A module's demo data for dev mode, seeded through the module's own services (so that every demo action
 * is an audited action like any other). Modules declare it as a bean; {@link DemoDataSeeder} runs each
 * once per database, in {@link #order()}, each in a transaction of its own.
 */
public interface DemoData {

    /** A stable name, e.g. {@code identity.demo-city}; once seeded under this name, never seeded again. */
    String name();

    /**
     * Lower runs first: the demo city's departments, people and accounts are 0; data that builds on
     * another module's demo data has a higher order than it.
     */
    int order();

    void seed();
}
