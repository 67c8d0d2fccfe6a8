/** UI tests of the Plugins view in the real workbench under X. */
package org.causerie.plugins.ui.tests;
