/**
 * Divisions (行政区划): the five-level register of administrative divisions — province, city, county
 * (GB/T 2260), township and village — read from files shipped with each release, not from tables. Every
 * other module places people, enterprises, departments and service items in it; it is a module of its own
 * so that they can without depending on identity. Public pages and API; owns no tables; publishes and
 * listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Divisions")
package io.onewindow.divisions;
