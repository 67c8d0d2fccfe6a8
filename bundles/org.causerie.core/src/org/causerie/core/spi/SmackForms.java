package org.causerie.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causerie.core.form.DataForm;
import org.causerie.core.form.FieldType;
import org.causerie.core.form.FormField;
import org.causerie.core.form.FormOption;
import org.jivesoftware.smackx.xdata.AbstractMultiFormField;
import org.jivesoftware.smackx.xdata.FormFieldWithOptions;
import org.jivesoftware.smackx.xdata.JidMultiFormField;
import org.jivesoftware.smackx.xdata.JidSingleFormField;
import org.jivesoftware.smackx.xdata.ListMultiFormField;
import org.jivesoftware.smackx.xdata.ListSingleFormField;
import org.jivesoftware.smackx.xdata.TextSingleFormField;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Converts data forms (XEP-0004) between Smack's element and Causerie's
 * immutable model, both ways, keeping every field type, its options, values,
 * label, description and whether it is required, the form's title and
 * instructions. Reported data and items (§3.4, search results) are not part of
 * the model and are dropped.
 */
public final class SmackForms {

    private SmackForms() {
    }

    /** @return the form as Causerie's model */
    public static DataForm fromSmack(org.jivesoftware.smackx.xdata.packet.DataForm form) {
        List<FormField> fields = new ArrayList<>();
        for (org.jivesoftware.smackx.xdata.FormField field : form.getFields()) {
            fields.add(fromSmack(field));
        }
        String type = form.getType() == null ? "form" : form.getType().name().toLowerCase(Locale.ROOT);
        return new DataForm(type, Optional.ofNullable(form.getTitle()), form.getInstructions(), fields);
    }

    private static FormField fromSmack(org.jivesoftware.smackx.xdata.FormField field) {
        List<FormOption> options = new ArrayList<>();
        if (field instanceof FormFieldWithOptions withOptions) {
            for (org.jivesoftware.smackx.xdata.FormField.Option option : withOptions.getOptions()) {
                options.add(new FormOption(Optional.ofNullable(option.getLabel()), option.getValueString()));
            }
        }
        FieldType type = type(field);
        List<String> values = field.getRawValueCharSequences().stream().map(CharSequence::toString)
                .map(v -> type == FieldType.BOOLEAN ? booleanWire(v) : v).toList();
        return new FormField(Optional.ofNullable(field.getFieldName()).filter(n -> !n.isEmpty()), type,
                Optional.ofNullable(field.getLabel()), Optional.ofNullable(field.getDescription()),
                field.isRequired(), values, options);
    }

    /** XEP-0004 §3.3 allows "1"/"true" and "0"/"false": the model holds "1" or "0". */
    private static String booleanWire(String value) {
        String v = value.trim();
        if (v.equals("1") || v.equalsIgnoreCase("true")) {
            return "1";
        }
        return v.equals("0") || v.equalsIgnoreCase("false") ? "0" : value;
    }

    private static FieldType type(org.jivesoftware.smackx.xdata.FormField field) {
        if (field.getType() == null) {
            // XEP-0004 §3.3: no type means text-single.
            return FieldType.TEXT_SINGLE;
        }
        return switch (field.getType()) {
            case bool -> FieldType.BOOLEAN;
            case fixed -> FieldType.FIXED;
            case hidden -> FieldType.HIDDEN;
            case jid_multi -> FieldType.JID_MULTI;
            case jid_single -> FieldType.JID_SINGLE;
            case list_multi -> FieldType.LIST_MULTI;
            case list_single -> FieldType.LIST_SINGLE;
            case text_multi -> FieldType.TEXT_MULTI;
            case text_private -> FieldType.TEXT_PRIVATE;
            case text_single -> FieldType.TEXT_SINGLE;
        };
    }

    /**
     * @return the form as Smack's element, ready to send
     * @throws IllegalArgumentException when the type is unknown, a jid field holds
     *         something that is not a JID, a boolean field something that is not a
     *         boolean, or a field other than a fixed one has no name
     */
    public static org.jivesoftware.smackx.xdata.packet.DataForm toSmack(DataForm form) {
        org.jivesoftware.smackx.xdata.packet.DataForm.Type type;
        try {
            type = org.jivesoftware.smackx.xdata.packet.DataForm.Type.valueOf(form.type().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a data form type (form, submit, cancel, result): " + form.type(),
                    e);
        }
        var builder = org.jivesoftware.smackx.xdata.packet.DataForm.builder(type);
        form.title().ifPresent(builder::setTitle);
        if (!form.instructions().isEmpty()) {
            builder.setInstructions(form.instructions());
        }
        for (FormField field : form.fields()) {
            builder.addField(toSmack(field));
        }
        return builder.build();
    }

    private static org.jivesoftware.smackx.xdata.FormField toSmack(FormField field) {
        String var = field.var().orElse(null);
        if (var == null && field.type() != FieldType.FIXED) {
            throw new IllegalArgumentException("a " + field.type().wireName() + " field needs a name");
        }
        org.jivesoftware.smackx.xdata.FormField.Builder<?, ?> builder = switch (field.type()) {
            case BOOLEAN -> booleanField(var, field);
            case FIXED -> single(var == null ? org.jivesoftware.smackx.xdata.FormField.fixedBuilder()
                    : org.jivesoftware.smackx.xdata.FormField.fixedBuilder(var), field);
            case HIDDEN -> single(org.jivesoftware.smackx.xdata.FormField.hiddenBuilder(var), field);
            case TEXT_PRIVATE -> single(org.jivesoftware.smackx.xdata.FormField.textPrivateBuilder(var), field);
            case TEXT_SINGLE -> single(org.jivesoftware.smackx.xdata.FormField.textSingleBuilder(var), field);
            case TEXT_MULTI -> multi(org.jivesoftware.smackx.xdata.FormField.textMultiBuilder(var), field);
            case LIST_SINGLE -> listSingle(var, field);
            case LIST_MULTI -> listMulti(var, field);
            case JID_SINGLE -> jidSingle(var, field);
            case JID_MULTI -> jidMulti(var, field);
        };
        field.label().ifPresent(builder::setLabel);
        field.description().ifPresent(builder::setDescription);
        builder.setRequired(field.required());
        return builder.build();
    }

    private static org.jivesoftware.smackx.xdata.FormField.Builder<?, ?> booleanField(String var, FormField field) {
        var builder = org.jivesoftware.smackx.xdata.FormField.booleanBuilder(var);
        field.value().ifPresent(v -> {
            // XEP-0004 §3.3: "0", "1", "false" and "true" only.
            String lower = v.trim().toLowerCase(Locale.ROOT);
            if (!lower.equals("0") && !lower.equals("1") && !lower.equals("true") && !lower.equals("false")) {
                throw new IllegalArgumentException("field " + var + " is boolean: 0, 1, true or false, not " + v);
            }
            builder.setValue(lower.equals("1") || lower.equals("true"));
        });
        return builder;
    }

    private static TextSingleFormField.Builder single(TextSingleFormField.Builder builder, FormField field) {
        field.value().ifPresent(builder::setValue);
        return builder;
    }

    private static <F extends AbstractMultiFormField, B extends AbstractMultiFormField.Builder<F, B>> B multi(
            B builder, FormField field) {
        field.values().forEach(builder::addValue);
        return builder;
    }

    private static ListSingleFormField.Builder listSingle(String var, FormField field) {
        ListSingleFormField.Builder builder = org.jivesoftware.smackx.xdata.FormField.listSingleBuilder(var);
        field.options().forEach(o -> builder.addOption(option(o)));
        field.value().ifPresent(builder::setValue);
        return builder;
    }

    private static ListMultiFormField.Builder listMulti(String var, FormField field) {
        ListMultiFormField.Builder builder = org.jivesoftware.smackx.xdata.FormField.listMultiBuilder(var);
        field.options().forEach(o -> builder.addOption(option(o)));
        field.values().forEach(builder::addValue);
        return builder;
    }

    private static org.jivesoftware.smackx.xdata.FormField.Option option(FormOption option) {
        return option.label().isPresent()
                ? new org.jivesoftware.smackx.xdata.FormField.Option(option.label().get(), option.value())
                : new org.jivesoftware.smackx.xdata.FormField.Option(option.value());
    }

    private static JidSingleFormField.Builder jidSingle(String var, FormField field) {
        JidSingleFormField.Builder builder = org.jivesoftware.smackx.xdata.FormField.jidSingleBuilder(var);
        Optional<String> value = field.value().filter(v -> !v.isBlank());
        if (value.isPresent()) {
            try {
                builder.setValue(new org.jivesoftware.smackx.xdata.FormField.Value(value.get().trim()));
            } catch (XmppStringprepException | IllegalArgumentException e) {
                throw new IllegalArgumentException("field " + var + ": not a JID: " + value.get(), e);
            }
        }
        return builder;
    }

    private static JidMultiFormField.Builder jidMulti(String var, FormField field) {
        JidMultiFormField.Builder builder = org.jivesoftware.smackx.xdata.FormField.jidMultiBuilder(var);
        for (String value : field.values()) {
            if (value.isBlank()) {
                continue;
            }
            try {
                builder.addValue(new org.jivesoftware.smackx.xdata.FormField.Value(value.trim()));
            } catch (XmppStringprepException | IllegalArgumentException e) {
                throw new IllegalArgumentException("field " + var + ": not a JID: " + value, e);
            }
        }
        return builder;
    }
}
