package org.causerie.roster.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.causerie.ui.ContactDecorationContribution;
import org.causerie.ui.ContactDetail;
import org.causerie.ui.ContactRef;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The details {@link ContactDecorationContribution}s give about a contact, for the details window. */
final class DecorationDetails {

    private DecorationDetails() {
    }

    static List<ContactDetail> of(String accountId, String jid) {
        BundleContext context = FrameworkUtil.getBundle(DecorationDetails.class).getBundleContext();
        List<ContactDetail> details = new ArrayList<>();
        try {
            var references = context.getServiceReferences(ContactDecorationContribution.class, null);
            List<ContactDecorationContribution> found = new ArrayList<>();
            for (ServiceReference<ContactDecorationContribution> reference : references) {
                ContactDecorationContribution c = context.getService(reference);
                if (c != null) {
                    found.add(c);
                }
            }
            found.sort(Comparator.comparingInt(ContactDecorationContribution::order)
                    .thenComparing(ContactDecorationContribution::id));
            ContactRef ref = new ContactRef(accountId, jid, Optional.empty());
            found.forEach(c -> details.addAll(c.details(ref)));
            references.forEach(context::ungetService);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return details;
    }
}
