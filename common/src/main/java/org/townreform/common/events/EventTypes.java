package org.townreform.common.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names events go by, made from the audit record they come with: type
 * {@code cn.townreform.<service>.<entity>.<change>} (e.g. {@code cn.townreform.license.application.accepted} for the
 * audit action {@code APPLICATION_ACCEPTED} on an {@code Application}) and subject {@code <entity>/<id>}. The entity
 * is the audited entity type in kebab case ({@code DelegationAgreement} → {@code delegation-agreement}); the change is
 * the action in kebab case without a leading word the entity's name already says ({@code APPLICATION_ACCEPTED} →
 * {@code accepted}, {@code CERTIFICATE_RECORDED} on a {@code Person} → {@code certificate-recorded}). Plain Java.
 */
public final class EventTypes {
    public static final String PREFIX = "cn.townreform.";

    private EventTypes() {
    }

    /** {@code personnel-service} → {@code personnel}. */
    public static String service(String applicationName) {
        String s = applicationName.toLowerCase(Locale.ROOT);
        return s.endsWith("-service") ? s.substring(0, s.length() - "-service".length()) : s;
    }

    public static String type(String service, String action, String entityType) {
        return PREFIX + service + "." + entity(entityType) + "." + change(action, entityType);
    }

    public static String subject(String entityType, Object id) {
        return entity(entityType) + "/" + id;
    }

    /** {@code DelegationAgreement} → {@code delegation-agreement}. */
    public static String entity(String entityType) {
        return String.join("-", camelWords(entityType));
    }

    static String change(String action, String entityType) {
        List<String> words = new ArrayList<>(List.of(action.toLowerCase(Locale.ROOT).split("_+")));
        if (words.size() > 1 && camelWords(entityType).contains(words.get(0))) {
            words.remove(0);
        }
        return String.join("-", words);
    }

    private static List<String> camelWords(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c) && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
