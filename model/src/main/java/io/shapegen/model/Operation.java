package io.shapegen.model;

import java.util.List;
import java.util.Optional;

/**
 * One operation of the service.
 *
 * @param name the operation's name, for example {@code CreateAppInstance}
 * @param http how it maps to HTTP
 * @param input the input structure's name, if it takes input
 * @param output the output structure's name, if it returns output
 * @param errors the names of the exception structures it may answer with, in model order
 * @param documentation the HTML documentation, {@code ""} when absent
 * @param deprecated whether the operation is deprecated
 * @param deprecatedMessage why, {@code ""} when not said
 * @param idempotent whether repeating it has no further effect
 * @param hostPrefix the endpoint host prefix template, for example {@code {AccountId}.}, {@code ""} when none
 * @param authType the operation's auth type, {@code ""} for the service default ({@code none} for unsigned)
 * @param httpChecksumRequired whether the request must carry a Content-MD5 checksum
 * @param position where the operation is defined
 */
public record Operation(String name, HttpBinding http, Optional<String> input, Optional<String> output,
        List<String> errors, String documentation, boolean deprecated, String deprecatedMessage, boolean idempotent,
        String hostPrefix, String authType, boolean httpChecksumRequired, ModelPosition position) {
    /** Copies the error list. */
    public Operation {
        errors = List.copyOf(errors);
    }
}
