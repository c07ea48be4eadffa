package no.oslo.samarbeidsplakaten.base;

import java.util.Arrays;

/**
 * A rule of the domain was broken by the caller's input. It carries a translation key and its arguments, so the UI
 * can tell the user in their language what to fix; nothing is written when it is thrown.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
