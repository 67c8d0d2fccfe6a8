/**
 * What the integration tests of every bundle share inside OSGi: services from
 * the registry, sessions of harness accounts through the real AccountService,
 * and waiting for asynchronous outcomes. Beside the harness
 * ({@code org.causerie.testing}), which stays free of Causerie and OSGi.
 */
package org.causerie.testing.sessions;
