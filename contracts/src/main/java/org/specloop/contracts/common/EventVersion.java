package org.specloop.contracts.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The revision of an event's payload schema. Stored with every event so that upcasters can
 * bring old payloads to the current shape; contracts stay free of Axon, so this is our own
 * annotation, read by the serializer's revision resolver.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventVersion {
    String value();
}
