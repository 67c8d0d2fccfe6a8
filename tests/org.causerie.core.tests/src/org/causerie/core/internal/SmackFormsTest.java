package org.causerie.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.form.DataForm;
import org.causerie.core.form.FieldType;
import org.causerie.core.form.FormField;
import org.causerie.core.form.FormOption;
import org.causerie.core.spi.SmackForms;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smackx.xdata.provider.DataFormProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SmackForms}: Smack's data form element to the model and back, from literal XML (XEP-0004). */
class SmackFormsTest {

    /** Every field type, options with and without labels, required, desc, a fixed field without name. */
    static final String ROOM_CONFIG = """
            <x xmlns='jabber:x:data' type='form'>
              <title>Configuration for "coven" Room</title>
              <instructions>Complete this form to modify the configuration of your room.</instructions>
              <instructions>Or cancel.</instructions>
              <field type='hidden' var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>
              <field type='fixed'><value>Room options</value></field>
              <field label='Natural-Language Room Name' type='text-single' var='muc#roomconfig_roomname'>
                <desc>A name people read</desc><required/><value>A Dark Cave</value></field>
              <field label='Short Description' type='text-multi' var='muc#roomconfig_roomdesc'>
                <value>line one</value><value>line two</value></field>
              <field label='Make Room Persistent?' type='boolean' var='muc#roomconfig_persistentroom'>
                <value>1</value></field>
              <field label='Password' type='text-private' var='muc#roomconfig_roomsecret'><value>cauldron</value></field>
              <field label='Maximum Number of Occupants' type='list-single' var='muc#roomconfig_maxusers'>
                <value>20</value><option label='10'><value>10</value></option><option label='20'><value>20</value></option>
                <option><value>30</value></option></field>
              <field label='Roles for which Presence is Broadcasted' type='list-multi' var='muc#roomconfig_presencebroadcast'>
                <value>moderator</value><value>participant</value>
                <option label='Moderator'><value>moderator</value></option>
                <option label='Participant'><value>participant</value></option>
                <option label='Visitor'><value>visitor</value></option></field>
              <field label='Room Admins' type='jid-multi' var='muc#roomconfig_roomadmins'>
                <value>wiccarocks@shakespeare.lit</value><value>hecate@shakespeare.lit</value></field>
              <field label='Owner' type='jid-single' var='muc#roomconfig_owner'><value>crone1@shakespeare.lit</value></field>
              <field var='untyped'><value>no type means text-single</value></field>
            </x>""";

    @BeforeAll
    static void smack() {
        SmackBootstrap.ensureStarted();
    }

    static org.jivesoftware.smackx.xdata.packet.DataForm parse(String xml) throws Exception {
        XmlPullParser parser = PacketParserUtils.getParserFor(xml);
        return DataFormProvider.INSTANCE.parse(parser);
    }

    @Test
    void everyFieldTypeReachesTheModel() throws Exception {
        DataForm form = SmackForms.fromSmack(parse(ROOM_CONFIG));
        assertEquals("form", form.type());
        assertEquals(Optional.of("Configuration for \"coven\" Room"), form.title());
        assertEquals(List.of("Complete this form to modify the configuration of your room.", "Or cancel."),
                form.instructions());
        assertEquals(Optional.of("http://jabber.org/protocol/muc#roomconfig"), form.formType());
        assertEquals(11, form.fields().size());

        FormField fixed = form.fields().get(1);
        assertEquals(FieldType.FIXED, fixed.type());
        assertEquals(Optional.empty(), fixed.var());
        assertEquals(List.of("Room options"), fixed.values());

        FormField name = form.field("muc#roomconfig_roomname").orElseThrow();
        assertEquals(FieldType.TEXT_SINGLE, name.type());
        assertEquals(Optional.of("Natural-Language Room Name"), name.label());
        assertEquals(Optional.of("A name people read"), name.description());
        assertTrue(name.required());
        assertEquals(List.of("A Dark Cave"), name.values());

        assertEquals(List.of("line one", "line two"), form.field("muc#roomconfig_roomdesc").orElseThrow().values());
        FormField persistent = form.field("muc#roomconfig_persistentroom").orElseThrow();
        assertEquals(FieldType.BOOLEAN, persistent.type());
        assertTrue(persistent.booleanValue());
        assertEquals(List.of("1"), persistent.values());
        assertFalse(persistent.required());
        assertEquals(FieldType.TEXT_PRIVATE, form.field("muc#roomconfig_roomsecret").orElseThrow().type());

        FormField max = form.field("muc#roomconfig_maxusers").orElseThrow();
        assertEquals(FieldType.LIST_SINGLE, max.type());
        assertEquals(List.of(new FormOption(Optional.of("10"), "10"), new FormOption(Optional.of("20"), "20"),
                new FormOption(Optional.empty(), "30")), max.options());
        assertEquals(List.of("20"), max.values());

        FormField broadcast = form.field("muc#roomconfig_presencebroadcast").orElseThrow();
        assertEquals(FieldType.LIST_MULTI, broadcast.type());
        assertEquals(3, broadcast.options().size());
        assertEquals("Visitor", broadcast.options().get(2).display());
        assertEquals(List.of("moderator", "participant"), broadcast.values());

        assertEquals(FieldType.JID_MULTI, form.field("muc#roomconfig_roomadmins").orElseThrow().type());
        assertEquals(List.of("wiccarocks@shakespeare.lit", "hecate@shakespeare.lit"),
                form.field("muc#roomconfig_roomadmins").orElseThrow().values());
        assertEquals(FieldType.JID_SINGLE, form.field("muc#roomconfig_owner").orElseThrow().type());
        assertEquals(FieldType.TEXT_SINGLE, form.field("untyped").orElseThrow().type());
    }

    @Test
    void theModelGoesBackUnchanged() throws Exception {
        DataForm form = SmackForms.fromSmack(parse(ROOM_CONFIG));
        org.jivesoftware.smackx.xdata.packet.DataForm smack = SmackForms.toSmack(form);
        // Through the wire format and back: nothing lost.
        DataForm again = SmackForms.fromSmack(parse(smack.toXML().toString()));
        assertEquals(form, again);
    }

    @Test
    void aFilledAnswerIsASubmitFormWithTheNewValues() throws Exception {
        DataForm answer = SmackForms.fromSmack(parse(ROOM_CONFIG))
                .with("muc#roomconfig_persistentroom", List.of("0"))
                .with("muc#roomconfig_roomadmins", List.of("a@b.example", "c@d.example"))
                .with("muc#roomconfig_presencebroadcast", List.of("visitor"))
                .toSubmit();
        org.jivesoftware.smackx.xdata.packet.DataForm smack = SmackForms.toSmack(answer);
        assertEquals(org.jivesoftware.smackx.xdata.packet.DataForm.Type.submit, smack.getType());
        assertTrue(smack.getFields().stream().allMatch(f -> f.getFieldName() != null), "no fixed field sent");
        DataForm back = SmackForms.fromSmack(parse(smack.toXML().toString()));
        assertEquals("submit", back.type());
        assertFalse(back.field("muc#roomconfig_persistentroom").orElseThrow().booleanValue());
        assertEquals(List.of("a@b.example", "c@d.example"),
                back.field("muc#roomconfig_roomadmins").orElseThrow().values());
        assertEquals(List.of("visitor"), back.field("muc#roomconfig_presencebroadcast").orElseThrow().values());
        assertEquals(10, back.fields().size(), "every named field but no fixed one");
    }

    @Test
    void badValuesAreRefusedWithTheFieldNamed() throws Exception {
        DataForm form = SmackForms.fromSmack(parse(ROOM_CONFIG));
        IllegalArgumentException notJid = assertThrows(IllegalArgumentException.class,
                () -> SmackForms.toSmack(form.with("muc#roomconfig_owner", List.of("not a jid@@"))));
        assertTrue(notJid.getMessage().contains("muc#roomconfig_owner"), notJid.getMessage());
        IllegalArgumentException notBoolean = assertThrows(IllegalArgumentException.class,
                () -> SmackForms.toSmack(form.with("muc#roomconfig_persistentroom", List.of("yes"))));
        assertTrue(notBoolean.getMessage().contains("muc#roomconfig_persistentroom"), notBoolean.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SmackForms.toSmack(new DataForm("bogus", Optional.empty(), List.of(), List.of())));
        assertThrows(IllegalArgumentException.class, () -> SmackForms.toSmack(new DataForm("submit",
                Optional.empty(), List.of(), List.of(new FormField(Optional.empty(), FieldType.TEXT_SINGLE,
                        Optional.empty(), Optional.empty(), false, List.of("x"), List.of())))));
    }
}
