/** Unit tests of the multi-user chat service's pure logic, from literal XML where stanzas are involved. */
package org.causerie.muc.internal;
