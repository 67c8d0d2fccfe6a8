package org.causerie.plugins.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** Puts what went wrong with a plugin into words. */
final class Problems {

    private Problems() {
    }

    /** @return the exception's message and its causes' (e.g. the unresolved requirement) */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                if (!text.isEmpty()) {
                    text.append(" — caused by ").append(t.getClass().getSimpleName()).append(": ");
                }
                text.append(message.strip());
            }
        }
        return text.toString();
    }

    /** @return the bundle's DS components that failed to activate, with their failure */
    static Optional<String> components(ServiceComponentRuntime scr, Bundle bundle) {
        List<String> failures = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    failures.add("component " + description.name + " failed to start: "
                            + firstLine(configuration.failure));
                }
            }
        }
        return failures.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", failures));
    }

    private static String firstLine(String failure) {
        if (failure == null) {
            return "no reason given";
        }
        // the failure is a stack trace: its first line holds the exception, and the last
        // "Caused by:" the root cause (a constructor's exception comes wrapped in an
        // InvocationTargetException)
        String[] lines = failure.split("\\R");
        String reason = lines[0].strip();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("Caused by: ")) {
                reason = trimmed.substring("Caused by: ".length());
            }
        }
        return reason;
    }
}
