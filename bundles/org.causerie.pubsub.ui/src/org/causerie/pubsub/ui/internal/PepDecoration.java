package org.causerie.pubsub.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.pubsub.pep.ExtendedPresence;
import org.causerie.pubsub.pep.PepListener;
import org.causerie.pubsub.pep.PepService;
import org.causerie.ui.ContactDecorationContribution;
import org.causerie.ui.ContactDetail;
import org.causerie.ui.ContactRef;
import org.causerie.ui.text.SafeText;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Contacts' extended presence in the roster (one line after the contact) and in
 * the contact details (one line per value), updated as notifications arrive.
 */
@Component(service = ContactDecorationContribution.class)
public final class PepDecoration implements ContactDecorationContribution {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final PepListener pepListener = (account, jid, now) -> listeners.forEach(Runnable::run);

    @Reference
    private PepService pep;

    @Activate
    void activate() {
        pep.addListener(pepListener);
    }

    @Deactivate
    void deactivate() {
        pep.removeListener(pepListener);
    }

    @Override
    public String id() {
        return "org.causerie.pubsub.pep";
    }

    @Override
    public String label() {
        return Messages.pep_label;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<String> line(ContactRef contact) {
        String line = PepLabels.line(pep.contact(contact.accountId(), contact.bareJid()));
        return line.isEmpty() ? Optional.empty() : Optional.of(SafeText.oneLine(line, 160));
    }

    @Override
    public List<ContactDetail> details(ContactRef contact) {
        ExtendedPresence p = pep.contact(contact.accountId(), contact.bareJid());
        List<ContactDetail> details = new ArrayList<>();
        p.mood().ifPresent(m -> details.add(new ContactDetail(Messages.presence_mood,
                SafeText.oneLine(m.text().map(t -> PepLabels.mood(m.value()) + " — " + t)
                        .orElseGet(() -> PepLabels.mood(m.value())), 200))));
        p.activity().ifPresent(a -> details.add(new ContactDetail(Messages.presence_activity,
                SafeText.oneLine(PepLabels.activity(a.general()) + a.text().map(t -> " — " + t).orElse(""), 200))));
        p.tune().ifPresent(t -> details.add(new ContactDetail(Messages.pep_tuneLabel, SafeText.oneLine(
                String.join(" – ", t.artist().orElse("?"), t.title().orElse("?")) + t.source().map(s -> " (" + s + ")")
                        .orElse(""), 200))));
        p.geoloc().ifPresent(g -> details.add(new ContactDetail(Messages.pep_geolocLabel,
                SafeText.oneLine(PepLabels.line(ExtendedPresence.NONE.withGeoloc(Optional.of(g))), 200))));
        p.nick().ifPresent(n -> details.add(new ContactDetail(Messages.presence_nick, SafeText.oneLine(n, 100))));
        p.avatar().ifPresent(a -> details.add(new ContactDetail(Messages.presence_avatar,
                NLS.bind(Messages.pep_avatarValue, new Object[] {a.type(), a.bytes(), a.id()}))));
        return details;
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
