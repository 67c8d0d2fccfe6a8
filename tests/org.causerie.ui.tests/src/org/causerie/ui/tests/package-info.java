/** Tests of the UI contribution points, inside OSGi. */
package org.causerie.ui.tests;
