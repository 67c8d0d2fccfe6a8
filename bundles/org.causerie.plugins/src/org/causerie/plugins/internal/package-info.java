/** The plugin service on the running OSGi framework (exported to the plugin tests only). */
package org.causerie.plugins.internal;
