package io.shapegen.generator.extension;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import java.util.Optional;

/**
 * One generated type, offered to extensions before it is written.
 *
 * @param service the service it belongs to
 * @param className the type's name
 * @param shapeName the model shape it was generated from, if any (the client has none)
 * @param builder the type, to add to
 */
public record GeneratedType(ServiceInfo service, ClassName className, Optional<String> shapeName, TypeSpec.Builder builder) {
}
