package io.shapegen.generator.flavour;

/**
 * A flavour that cannot be used: an unknown option, a bad value, an unreadable file. The message names the
 * file (or the pom), the line and column where known, the option, and the valid choices.
 */
public final class FlavourException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the complete, user-facing message */
    public FlavourException(String message) {
        super(message);
    }

    /**
     * @param where where the offending value is
     * @param problem what is wrong, as a sentence
     * @param remedy what to do, as a sentence
     * @return the exception
     */
    static FlavourException at(ValueLocation where, String problem, String remedy) {
        return new FlavourException(where + ": " + problem + " " + remedy);
    }
}
