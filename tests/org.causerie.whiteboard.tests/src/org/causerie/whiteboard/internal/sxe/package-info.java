/** Parser and serializer tests of the SXE wire elements, from literal XML including XEP-0284's own examples. */
package org.causerie.whiteboard.internal.sxe;
