/**
 * The Causerie workbench application: the pure e4 application model's handlers,
 * the messages bundle of every UI string (English and French) and the start-up
 * marker the benchmark reads. Nothing here is API.
 */
package org.causerie.app.internal;
