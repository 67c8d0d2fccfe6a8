/** Multi-user chat against the harness's real ejabberd, with three accounts. */
package org.causerie.muc.tests;
