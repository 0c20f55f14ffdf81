package io.shapegen.model.shape;

import java.util.Optional;

/**
 * The {@code error} trait of an exception structure.
 *
 * @param code the error code on the wire, if it differs from the shape name
 * @param httpStatusCode the status code the service answers with, if given
 * @param senderFault whether the caller is at fault
 */
public record ErrorTrait(Optional<String> code, Optional<Integer> httpStatusCode, boolean senderFault) {
}
