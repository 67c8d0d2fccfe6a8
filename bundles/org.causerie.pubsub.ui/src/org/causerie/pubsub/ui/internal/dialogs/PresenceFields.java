package org.causerie.pubsub.ui.internal.dialogs;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.causerie.pubsub.pep.Activity;
import org.causerie.pubsub.pep.ExtendedPresence;
import org.causerie.pubsub.pep.GeoLocation;
import org.causerie.pubsub.pep.Mood;
import org.causerie.pubsub.pep.Tune;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.PepLabels;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The fields of the extended presence dialog, read into and from an {@link ExtendedPresence}. */
final class PresenceFields {

    private final Combo mood;
    private final Text moodText;
    private final Combo activity;
    private final Text activityText;
    private final Text artist;
    private final Text title;
    private final Text source;
    private final Text lat;
    private final Text lon;
    private final Text locality;
    private final Text country;
    private final Text nick;

    PresenceFields(Composite grid) {
        mood = combo(grid, Messages.presence_mood, "mood", PepLabels.MOODS.stream().map(PepLabels::mood).toList());
        moodText = RequestDialog.text(grid, Messages.presence_moodText, id("moodText"), SWT.SINGLE);
        activity = combo(grid, Messages.presence_activity, "activity",
                PepLabels.ACTIVITIES.stream().map(PepLabels::activity).toList());
        activityText = RequestDialog.text(grid, Messages.presence_activityText, id("activityText"), SWT.SINGLE);
        artist = RequestDialog.text(grid, Messages.presence_artist, id("artist"), SWT.SINGLE);
        title = RequestDialog.text(grid, Messages.presence_tuneTitle, id("title"), SWT.SINGLE);
        source = RequestDialog.text(grid, Messages.presence_source, id("source"), SWT.SINGLE);
        lat = RequestDialog.text(grid, Messages.presence_lat, id("lat"), SWT.SINGLE);
        lon = RequestDialog.text(grid, Messages.presence_lon, id("lon"), SWT.SINGLE);
        locality = RequestDialog.text(grid, Messages.presence_locality, id("locality"), SWT.SINGLE);
        country = RequestDialog.text(grid, Messages.presence_country, id("country"), SWT.SINGLE);
        nick = RequestDialog.text(grid, Messages.presence_nick, id("nick"), SWT.SINGLE);
    }

    private static String id(String field) {
        return WidgetIds.PRESENCE_DIALOG + "." + field;
    }

    private static Combo combo(Composite grid, String label, String field, List<String> labels) {
        new Label(grid, SWT.NONE).setText(label);
        Combo combo = WidgetIds.name(new Combo(grid, SWT.READ_ONLY), id(field));
        combo.add(Messages.presence_none);
        labels.forEach(combo::add);
        combo.select(0);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return combo;
    }

    void show(ExtendedPresence p) {
        mood.select(p.mood().map(m -> PepLabels.MOODS.indexOf(m.value()) + 1).orElse(0));
        moodText.setText(p.mood().flatMap(Mood::text).orElse(""));
        activity.select(p.activity().map(a -> PepLabels.ACTIVITIES.indexOf(a.general()) + 1).orElse(0));
        activityText.setText(p.activity().flatMap(Activity::text).orElse(""));
        artist.setText(p.tune().flatMap(Tune::artist).orElse(""));
        title.setText(p.tune().flatMap(Tune::title).orElse(""));
        source.setText(p.tune().flatMap(Tune::source).orElse(""));
        lat.setText(p.geoloc().map(g -> number(g.lat())).orElse(""));
        lon.setText(p.geoloc().map(g -> number(g.lon())).orElse(""));
        locality.setText(p.geoloc().flatMap(GeoLocation::locality).orElse(""));
        country.setText(p.geoloc().flatMap(GeoLocation::country).orElse(""));
        nick.setText(p.nick().orElse(""));
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? Double.toString(value.getAsDouble()) : "";
    }

    /** @throws IllegalArgumentException with the words to show for a value that is not acceptable */
    ExtendedPresence read() {
        Optional<Mood> m = mood.getSelectionIndex() <= 0 ? Optional.empty()
                : Optional.of(new Mood(PepLabels.MOODS.get(mood.getSelectionIndex() - 1), text(moodText)));
        Optional<Activity> a = activity.getSelectionIndex() <= 0 ? Optional.empty()
                : Optional.of(new Activity(PepLabels.ACTIVITIES.get(activity.getSelectionIndex() - 1),
                        Optional.empty(), text(activityText)));
        Optional<Tune> t = text(artist).isEmpty() && text(title).isEmpty() && text(source).isEmpty()
                ? Optional.empty()
                : Optional.of(new Tune(text(artist), text(title), text(source), OptionalInt.empty(), Optional.empty()));
        Optional<GeoLocation> g;
        OptionalDouble la = coordinate(lat);
        OptionalDouble lo = coordinate(lon);
        if (la.isEmpty() && lo.isEmpty() && text(locality).isEmpty() && text(country).isEmpty()) {
            g = Optional.empty();
        } else {
            try {
                g = Optional.of(new GeoLocation(la, lo, OptionalDouble.empty(), text(locality), text(country),
                        Optional.empty()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Messages.presence_badCoordinates, e);
            }
        }
        return new ExtendedPresence(m, a, t, g, text(nick), Optional.empty());
    }

    private static OptionalDouble coordinate(Text field) {
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(value.get().replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.presence_notANumber, value.get()), e);
        }
    }

    private static Optional<String> text(Text field) {
        return Optional.of(field.getText().trim()).filter(s -> !s.isEmpty());
    }
}
