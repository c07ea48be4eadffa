package no.oslo.samarbeidsplakaten.base;

/** A fixed value shown to users; its label comes from the translation files. */
public interface Choice {

    String name();

    default String messageKey() {
        return "choice." + getClass().getSimpleName() + "." + name();
    }
}
