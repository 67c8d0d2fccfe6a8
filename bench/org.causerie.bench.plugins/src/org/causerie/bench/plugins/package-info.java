/** The plugins benchmark: install to usable, uninstall to every trace gone. */
package org.causerie.bench.plugins;
