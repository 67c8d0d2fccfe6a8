package org.causerie.testing.probe;

import java.util.Set;

import org.causerie.core.XepContribution;
import org.osgi.service.component.annotations.Component;

/** Contributes one made-up disco feature, {@value #FEATURE}. */
@Component(service = XepContribution.class)
public final class ProbeContribution implements XepContribution {

    /** The feature this probe advertises. */
    public static final String FEATURE = "urn:causerie:test:probe:0";

    @Override
    public Set<String> xeps() {
        return Set.of("XEP-TEST");
    }

    @Override
    public Set<String> discoFeatures() {
        return Set.of(FEATURE);
    }
}
