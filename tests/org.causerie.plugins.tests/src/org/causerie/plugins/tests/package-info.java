/** Integration tests of the plugin service: the sample plugin installed and removed at run time. */
package org.causerie.plugins.tests;
