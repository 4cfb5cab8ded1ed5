/**
 * Catalogue (政务服务事项目录、办事指南): every service item of every department, described as its guide, and
 * the bundles of items applied for at once (一件事一次办). Owns the {@code catalogue} schema. Publishes
 * {@link io.onewindow.catalogue.EntryDrafted}, {@link io.onewindow.catalogue.EntryPublished} and
 * {@link io.onewindow.catalogue.EntryRetired}, each an audited action. Listens to nothing.
 *
 * <h2>For other modules</h2>
 * {@link io.onewindow.catalogue.ServiceCatalogue} is the whole API; the cases module files an application
 * against a published version and renders its form from it, and never reads the catalogue's tables:
 * <ul>
 *   <li>{@code find(code)} gives the current published {@link io.onewindow.catalogue.ServiceItem};
 *       {@code find(code, version)} that exact version, still readable after it was superseded or retired
 *       (a case keeps the version it was filed under). {@code findBundle(code[, version])} does the same for a
 *       {@link io.onewindow.catalogue.ServiceBundle}. Drafts are never returned.</li>
 *   <li>An item carries its implementation code (实施编码) and version, name in Chinese and English, owning
 *       department (code and the id identity's {@code Departments} gives it) and level, item type, legal
 *       basis, statutory and promised limits in working days, the fee in fen (0: free), trips in person
 *       (0: 不见面), audience (PERSON, ENTERPRISE), its life and business events, the outcome (a licence type
 *       code or a decision), the materials and the form.</li>
 *   <li>Each {@link io.onewindow.catalogue.Material} has a key stable across versions, its name, original or
 *       copy, count and whether it is required, and the seam the e-licence and exchange modules fill:
 *       {@code satisfiedByLicenceType} (e.g. {@code BUSINESS_LICENCE}) and {@code satisfiedByData} (e.g.
 *       {@code POPULATION}); either may be null.</li>
 *   <li>A bundle lists its members, each fixed at the item version current when the bundle was published,
 *       and its shared questions, each mapped to the form field of every member it fills.</li>
 *   <li>{@code search(ServiceQuery)} is what the portal, the pages and the API search with.</li>
 * </ul>
 *
 * <h2>Why the form is JSON Schema 2020-12 plus a page layout</h2>
 * A form must be data that three parties read the same way: the department that writes it, the cases
 * module that asks it one question per page, and integrators that submit answers through the API. JSON
 * Schema is the standard way to say what each answer must be (type, enum, format, length, pattern, range,
 * required), validators exist for every language, and it is what OpenAPI documents already use. What it
 * does not say — in which order and on which page a question is asked, its label and hint in both
 * languages, the identity value it is prefilled from ({@code person.name}) and the labels of enum values —
 * is in the small {@link io.onewindow.catalogue.FormPage} layout beside it, so the schema stays a plain
 * standard document. Publishing holds the schema to a renderable profile (a flat object of string,
 * integer, number and boolean answers; no references, combinators or nesting) and the layout to its rules
 * (every field asked exactly once, one question per page for people); the refusal names the part at fault,
 * e.g. {@code schema.properties.area.minimum}.
 *
 * <h2>Search</h2>
 * An in-memory Lucene index (smartcn 9.12.3; Lucene 10 needs Java 21) of the current entries, rebuilt after
 * each publication or retirement on the node that made it and within {@code onewindow.catalogue.index-refresh}
 * (10 s) on the others. Queries are segmented into words and character pairs and widened with colloquial
 * synonyms; per-item keywords carry what people call each service.
 *
 * <p>Measured against PostgreSQL's pg_trgm ({@code SearchChoiceTests}: the same 67 entries, keywords,
 * synonyms and 89 queries of the relevance test): smartcn brought up the service meant first for 89, pg_trgm
 * for 86 (it missed the English ones, which that comparison gives it no English text for), at 5.5 and 2.8 ms
 * a query on a quiet run of this 2-core machine (14.8 and 7.7 ms on a busy one). The quality is close; what
 * decides is that trigram matching of Chinese depends on the database's {@code LC_CTYPE} (under the plain
 * {@code C} locale CJK characters are not word characters and every Chinese query finds nothing), that an
 * operator's PostgreSQL is not ours to configure, that trigrams know no words, only runs of characters, and that
 * an index held by each node keeps the search people type on every page off the one shared database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package io.onewindow.catalogue;
