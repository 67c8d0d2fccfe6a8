/**
 * Tests of the roster service: model logic, and integration against the private
 * ejabberd the harness starts (two and three accounts).
 */
package org.causerie.roster.tests;
