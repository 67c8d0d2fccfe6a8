package org.causerie.muc.ui.tests;

import java.util.List;
import java.util.Optional;

import org.causerie.core.form.DataForm;
import org.causerie.core.form.FieldType;
import org.causerie.core.form.FormField;
import org.causerie.core.form.FormOption;

/**
 * The shape of ejabberd 23.01's room configuration form (muc#roomconfig,
 * XEP-0045 §10.2), abridged, with a fixed line and a text-multi field added so
 * that every XEP-0004 field type is present.
 */
final class RoomConfigForm {

    private RoomConfigForm() {
    }

    static FormField field(String var, FieldType type, String label, String... values) {
        return new FormField(Optional.of(var), type, Optional.of(label), Optional.empty(), false, List.of(values),
                List.of());
    }

    static FormField described(FormField field, String description, boolean required) {
        return new FormField(field.var(), field.type(), field.label(), Optional.of(description), required,
                field.values(), field.options());
    }

    static FormField options(FormField field, String... valueLabelPairs) {
        List<FormOption> options = new java.util.ArrayList<>();
        for (int i = 0; i < valueLabelPairs.length; i += 2) {
            options.add(new FormOption(Optional.of(valueLabelPairs[i + 1]), valueLabelPairs[i]));
        }
        return new FormField(field.var(), field.type(), field.label(), field.description(), field.required(),
                field.values(), options);
    }

    static DataForm form() {
        return new DataForm("form", Optional.of("Configuration of room lounge@conference.localhost"),
                List.of("Complete this form to modify the configuration of your room."), List.of(
                        field("FORM_TYPE", FieldType.HIDDEN, "", "http://jabber.org/protocol/muc#roomconfig"),
                        new FormField(Optional.empty(), FieldType.FIXED, Optional.empty(), Optional.empty(), false,
                                List.of("Room settings"), List.of()),
                        described(field("muc#roomconfig_roomname", FieldType.TEXT_SINGLE, "Room title", "lounge"),
                                "The name people see", true),
                        field("muc#roomconfig_roomdesc", FieldType.TEXT_MULTI, "Room description"),
                        field("muc#roomconfig_persistentroom", FieldType.BOOLEAN, "Make room persistent", "0"),
                        field("muc#roomconfig_publicroom", FieldType.BOOLEAN, "Make room public searchable", "1"),
                        field("muc#roomconfig_passwordprotectedroom", FieldType.BOOLEAN,
                                "Make room password protected", "0"),
                        field("muc#roomconfig_roomsecret", FieldType.TEXT_PRIVATE, "Password"),
                        options(field("muc#roomconfig_maxusers", FieldType.LIST_SINGLE,
                                "Maximum Number of Occupants", "200"), "5", "5", "10", "10", "20", "20", "50", "50",
                                "100", "100", "200", "200"),
                        options(field("muc#roomconfig_whois", FieldType.LIST_SINGLE,
                                "Present real Jabber IDs to", "moderators"), "moderators", "moderators only",
                                "anyone", "anyone"),
                        options(field("muc#roomconfig_presencebroadcast", FieldType.LIST_MULTI,
                                "Roles for which Presence is Broadcasted", "moderator", "participant", "visitor"),
                                "moderator", "Moderator", "participant", "Participant", "visitor", "Visitor"),
                        field("muc#roomconfig_membersonly", FieldType.BOOLEAN, "Make room members-only", "0"),
                        field("muc#roomconfig_roomowners", FieldType.JID_MULTI, "Room owners"),
                        field("muc#roomconfig_pubsub", FieldType.JID_SINGLE, "Node for the room's whiteboard")));
    }
}
