/** The shared UI pieces' own strings (English and French); not API. */
package org.causerie.ui.internal;
